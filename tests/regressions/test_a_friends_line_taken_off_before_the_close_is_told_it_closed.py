"""rep79 #10: Chen took 赵奶奶's line off before `截单`; after it her `赵奶奶改成1份` got no reply at all
(while `豆豆改成1份`, a line still held, is told it closed). A friend she put down on it is told the same,
line held or not; from anyone else the words stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

CLOSED = "团购 #1（土鸡蛋）已经截单了，没有任何改动。要退出或减少，请告诉团长 Ann。"


async def _closed(*, own: bool) -> Chat:
    chat = fake_chat()
    await chat.say("ann", "接龙 土鸡蛋 价格 45 截止 3d", name="Ann")
    await chat.say("zhou", "+1", name="Zhou")
    if own:
        await chat.say("chen", "+1", name="Chen")
    await chat.say("chen", "帮赵奶奶报2份", name="Chen")
    await chat.say("chen", "赵奶奶不要了", name="Chen")
    await chat.say("ann", "截单", name="Ann")
    return chat


async def test_her_friend_taken_off_before_the_close_is_told_it_closed() -> None:
    for own in (True, False):
        chat = await _closed(own=own)

        changed = Chat.said(await chat.say("chen", "赵奶奶改成1份", name="Chen"))
        gone = Chat.said(await chat.say("chen", "赵奶奶不要了", name="Chen"))

        assert changed == CLOSED
        assert gone == CLOSED


async def test_from_another_member_it_stays_talk() -> None:
    chat = await _closed(own=True)
    assert [r.text for r in await chat.say("li", "赵奶奶改成1份", name="Li") if r.text] == []
