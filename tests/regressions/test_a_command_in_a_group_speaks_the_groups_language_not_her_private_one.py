"""rep94 #3: `/remove @Dan` by Amy in an English group was answered `Dan 不在 Eggs 的名单里…`: Amy's private
chat was `/lang zh` and she had typed Chinese there (`我的团`), and a slash command alone in a group was
answered in the sender's own language as last seen. A command said in a group is answered in the group's
language when it has one (its `/lang`, else as its card speaks); her private copies still follow her private
`/lang`."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _amy_writes_chinese_privately(opened: str, private_words: tuple[str, ...]) -> Chat:
    room = fake_chat()
    room.chat_id = "eng"
    await room.say("amy", opened)
    await room.say("bob", "+1")
    await room.say("dan", "+1")
    for words in private_words:
        await room.say("amy", words, private=True)
    return room


async def test_an_english_group_answers_english_to_an_organiser_who_writes_chinese_privately() -> None:
    room = await _amy_writes_chinese_privately("/groupbuy Eggs price 10", ("/lang zh", "我的团"))

    nobody = await room.say("amy", "/remove @Eve")
    assert room.said(nobody).startswith("Nobody called Eve is on the list of Eggs (#1)")
    assert (
        room.said(await room.say("amy", "/list"))
        == "📋 The list of Eggs (#1), 2 lines:\n1. Bob ×1\n2. Dan ×1"
    )

    await room.say("amy", "/close")
    await room.say("amy", "/paid 1-1")
    undone = await room.say("amy", "/unpaid 1-1")
    assert (
        room.said(undone)
        == "Undone: order #1-1 of Bob is not paid again (no refund); they were told privately."
    )
    gone = await room.say("amy", "/remove @Eve")
    assert room.said(gone).startswith("Nobody called Eve is on the list of Eggs (#1)")

    # what goes to her privately still follows her private `/lang`
    uncollected = await room.say("amy", "/uncollected")
    assert room.said(uncollected) == "Amy, the list of who has not picked up is in your private chat with me."
    assert room.private(uncollected) == {"amy": "✅ 你的团购都已取货：没有已付款还没取的订单。"}


async def test_a_chinese_group_answers_chinese_to_an_organiser_who_writes_english_privately() -> None:
    room = await _amy_writes_chinese_privately("接龙 粽子 价格 68", ("/lang en", "my group buys"))

    nobody = await room.say("amy", "/remove @Eve")
    assert room.said(nobody).startswith("粽子（#1）的名单上没有叫 Eve 的人")
    assert (
        room.said(await room.say("amy", "/list")) == "📋 粽子（#1）接龙名单，共 2 条：\n1. Bob ×1\n2. Dan ×1"
    )
