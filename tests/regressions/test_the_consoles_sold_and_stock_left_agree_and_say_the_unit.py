"""Session 19 review (2, 3): the console's group buy page said `已售 / 成团 8` for 8斤 of a group buy
without a target (a bare `8` reads as 8 份; with a target it read `8/3盒`), and its stock left was frozen
at the close while Sold dropped with each refund or cancel (`已售 8` beside `库存剩 10斤，共 20斤`).
Sold now says its unit with or without a target, and the stock left is what is not sold now
(stock less Sold: a cancelled or refunded order's units are back in it), so the two add up. (s22 L: Sold
is the count it closed with, the cancelled units said apart beside it; s28: what is sold now, as its
card and the API, the cancelled units said beside it, so Sold and the stock left add up again. s39, rep91
#12: a group buy no longer open offers no stock left at all, only its stock and that it sells no more.)"""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


def _details(page: str) -> dict[str, str]:
    pairs = re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", page)
    return {html.unescape(k): html.unescape(v) for k, v in pairs}


async def _lychees(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 库存 20")
    await world.say("family", "bob", "+3")
    await world.say("family", "cat", "+5")
    await world.say("family", "dan", "+2")
    await world.say("family", "amy", "截单 #1")
    await world.say("family", "amy", "取消 1-3")  # Dan's 2斤: sold drops to 8斤


async def test_after_a_cancel_sold_and_stock_left_add_up_to_the_stock(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _lychees(world)
        client = await world.member("amy")
        page = (await client.get("/group-buys/1", headers={"accept-language": "zh"})).text

    details = _details(page)
    assert details["已售 / 成团"] == "8斤 · 未付款取消 2斤"  # 8 + 12 = 20
    assert details["库存"] == "共 20斤（已截单，不再卖）"  # closed: nothing left to sell


async def test_the_list_says_the_unit_of_sold_without_a_target(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _lychees(world)
        await world.say("family", "amy", "接龙 草莓 价格 20/盒 成团 3")
        await world.say("family", "eve", "+4 #2")
        client = await world.member("amy")
        page = html.unescape((await client.get("/group-buys", headers={"accept-language": "en"})).text)

    cells = re.findall(r"<td>([^<]*)</td>", page)
    assert "8 jin · cancelled unpaid: 2 jin" in cells  # not a bare 8; in English 斤 is a jin (session 21)
    assert "4/3 boxes" in cells  # with a target, as before
