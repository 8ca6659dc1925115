"""rep79 #5: in g6 all of 荔枝 (stock 3) was on Mei's line for 赵奶奶. Her `+1` said there was
nothing to wait for, yet `还能要一份吗？` told her to send `候补 1`. The question now gets the join's
answer; anyone else asking is told how to wait, as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

HELD_BY_FRIEND = (
    "抱歉，荔枝 已经卖完了：能卖的都在你帮 赵奶奶 报的那一行里，没有可以候补的。"
    "想自己也要，先发“-1 帮 赵奶奶”给 赵奶奶 减一份，再发 +1。没有任何改动。"
)


async def _all_on_zhaos_line() -> Chat:
    room = fake_chat()
    await room.say("ann", "接龙 荔枝 价格 20 库存 3")
    await room.say("ann", "佣金 10%")
    await room.say("mei", "帮赵奶奶报3份 6号楼101", name="Mei")
    return room


async def test_the_question_is_answered_as_her_join_is() -> None:
    room = await _all_on_zhaos_line()

    joined = room.said(await room.say("mei", "+1", name="Mei"))
    asked = room.said(await room.say("mei", "还能要一份吗？", name="Mei"))

    assert joined == f"Mei：{HELD_BY_FRIEND}", joined
    assert asked == HELD_BY_FRIEND, asked


async def test_anyone_else_asking_is_told_how_to_wait() -> None:
    room = await _all_on_zhaos_line()

    asked = room.said(await room.say("bo", "还能要一份吗？", name="Bo"))

    assert asked == "抱歉，荔枝 已经卖完了。想候补请发“候补 1”：空出的数量按排队顺序，补给数量放得下的人。"
