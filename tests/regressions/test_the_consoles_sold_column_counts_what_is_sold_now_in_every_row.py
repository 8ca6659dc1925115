"""Review 45 #3: the console's group buy list, "已售 / 成团", meant the live units for a help-sold group
buy (`11/5 · 已退款 5 份`) but the units at the close for another (`7/3 · 已退款 1 份 · 未付款取消 1 份`),
while its card, `我的团` and the API's `sold` said 5. Every row now counts what is sold now, as they do,
the refunded and cancelled-unpaid units said beside it (`5/3 · 已退款 1 份 · 未付款取消 1 份`), in
Chinese and in English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": ("接龙 水蜜桃 价格 50 成团 3", "截单", "已收 1-1", "退款 1-1", "取消订单 1-2", "我的团"),
    "en": (
        "/groupbuy Peaches price 50 target 3",
        "/close",
        "/paid 1-1",
        "/refund 1-1",
        "/cancel 1-2",
        "/mine",
    ),
}
SEEN = {
    "zh": ("5/3 · 已退款 1 份 · 未付款取消 1 份", "#1 水蜜桃 · 已成团 · 5 份"),
    "en": ("5/3 · refunded: 1 unit · cancelled unpaid: 1 unit", "#1 Peaches · reached its target · 5 units"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_sold_is_what_is_sold_now_as_the_api_and_mine_say(
    lang: str, tmp_path: Path
) -> None:
    opening, close, paid, refund, cancel, mine = SAID[lang]
    async with console_world(tmp_path) as world:
        if lang == "en":
            await world.say("family", "amy", "/lang en")
        await world.say("family", "amy", opening)
        for member, units in (("bob", 1), ("cat", 1), ("dan", 3), ("eve", 2)):
            await world.say("family", member, f"+{units}")
        await world.say("family", "amy", close)
        await world.say("family", "amy", paid)
        await world.say("family", "amy", refund)
        await world.say("family", "amy", cancel)
        mine_text = (await world.say("family", "amy", mine, private=True))[0].text
        client = await world.member("amy")
        page = html.unescape((await client.get("/group-buys", headers={"accept-language": lang})).text)
        listed = (
            await api(world, await token_for(world, member="playground:amy")).get("/api/v1/group-buys")
        ).json()

    console, mine_line = SEEN[lang]
    assert console in re.findall(r"<td>([^<]*)</td>", page)
    assert "7/3" not in page
    assert listed["group_buys"][0]["sold"] == 5
    assert mine_line in mine_text, mine_text
