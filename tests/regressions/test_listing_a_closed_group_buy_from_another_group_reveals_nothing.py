"""`帮卖 #1` from a group that never listed #1, after it closed, answered "团购 #1（橙子）已经截单了…":
it told anyone the product of another group's group buy, and called a cancelled one 截单. Now nobody
may list it there, so the answer is the one of a number that does not exist; its organiser, or a group
that lists it already, hears that it closed, and a cancelled one is said to be cancelled."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

UNKNOWN = (
    "没有可以帮卖的团购 #{id}。"
    "如果是别的群的团，请团长先在那个群发「帮卖 #{id} 开 10%」，再在这里发「帮卖 #{id}」。"
    "没有任何改动。"
)


async def test_a_closed_group_buy_is_unknown_to_a_group_that_never_listed_it() -> None:
    family, neighbours = await help_sold("接龙 橙子 价格 10", chat_id="neighbours", seller="dan")
    other = Chat(family.app, chat_id="other", title="other")
    await neighbours.say("dan", "+1")
    await family.say("amy", "截单")

    closed = other.said(await other.say("kim", "帮卖 #1"))
    unknown = other.said(await other.say("kim", "帮卖 #6"))

    listed_there = neighbours.said(await neighbours.say("dan", "帮卖 #1"))

    assert closed == UNKNOWN.format(id=1)
    assert unknown == UNKNOWN.format(id=6)
    assert listed_there == "团购 #1（橙子）已经截单了，没有任何改动。"


async def test_a_cancelled_group_buy_is_said_cancelled_not_closed() -> None:
    family, neighbours = await help_sold("接龙 荔枝 价格 10", chat_id="neighbours", seller="dan")
    other = Chat(family.app, chat_id="other", title="other")
    await family.say("amy", "取消")

    assert other.said(await other.say("kim", "帮卖 #1")) == UNKNOWN.format(id=1)
    assert neighbours.said(await neighbours.say("dan", "帮卖 #1")) == "团购 #1（荔枝）已取消，没有任何改动。"
    assert other.said(await other.say("amy", "帮卖 #1")) == "团购 #1（荔枝）已取消，没有任何改动。"
