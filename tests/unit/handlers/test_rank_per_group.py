"""排行 of a help-sold group buy: each buyer is counted in the group his order belongs to, so each
group's leaderboard names the sharers who brought buyers there, never another group's."""

from __future__ import annotations

import re

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def code_of(room: Chat, member: str) -> str:
    found = CODE.search(room.shared(await room.say(member, "分享")))
    assert found is not None
    return found.group(0)


async def test_each_group_ranks_the_buyers_whose_orders_are_there() -> None:
    family, office = await help_sold("接龙 芒果 价格 30 截止 2小时")
    await family.say("cat", "+1")
    await office.say("fay", "+1")
    cats, fays = await code_of(family, "cat"), await code_of(office, "fay")
    await family.say("dan", f"+1 {cats}")
    await office.say("gus", f"+1 {fays}")
    await office.say("hal", f"+1 {fays}")
    await family.say("amy", "截单")

    assert (
        family.said(await family.say("zoe", "排行"))
        == "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Cat：1 位买家"
    )
    assert (
        office.said(await office.say("zoe", "排行"))
        == "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Fay：2 位买家"
    )
