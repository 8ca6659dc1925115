"""rep86 #4: in the help-selling group of #1 one order was refunded and one cancelled unpaid, so that group
sold nothing: the card said `0 units here` and `/list` `Sue (eng2) ×0 (1 unit refunded)`, but the
console's group buy page said `Help-sold in eng2 · Sue · 3 units`, counting both dropped orders. Now it
counts what the card and `/list` count, the refunded and cancelled units said apart."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _help_sold(page: str) -> list[str]:
    text = html.unescape(re.sub(r"<[^>]+>", "\n", page))
    return [line.strip() for line in text.splitlines() if line.strip().startswith("Street Group ·")]


async def test_the_help_sold_line_counts_only_what_was_sold_there(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Bread price 10 target 1")
        await world.say("family", "amy", "/helpsell on 10%")
        await world.say("street", "bob", "/helpsell #1")
        await world.say("family", "cat", "+1")
        await world.say("street", "eve", "+1")
        await world.say("street", "dan", "+2")
        await world.say("family", "amy", "/close #1")
        await world.say("family", "amy", "/paid 1-2")  # Eve's, made in Street
        await world.say("family", "amy", "/refund 1-2", private=True)
        await world.say("family", "amy", "/cancelorder 1-3")  # Dan's, unpaid
        amy = await world.member("amy")

        en = (await amy.get("/group-buys/1", headers={"accept-language": "en"})).text
        zh = (await amy.get("/group-buys/1", headers={"accept-language": "zh"})).text

    assert _help_sold(en) == ["Street Group · Bob · 0 units · refunded: 1 unit · cancelled unpaid: 2 units"]
    assert _help_sold(zh) == ["Street Group · Bob · 0 份 · 已退款 1 份 · 未付款取消 2 份"]
