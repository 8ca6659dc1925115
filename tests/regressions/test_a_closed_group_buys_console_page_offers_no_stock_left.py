"""rep91 #12: the console's page of a closed group buy (已成团) read `库存剩 5，共 10` once refunds took units
back, though nothing can be joined any more. A group buy no longer open says its stock without any left:
`共 10（已截单，不再卖）`; an open one still says what is left."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _stock(page: str) -> str:
    pairs = dict(re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", html.unescape(page)))
    return pairs["库存"]


async def test_a_closed_group_buy_says_no_stock_left_an_open_one_does(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 价格 30 库存 10 成团 1")
        await world.say("family", "bob", "+3")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        open_page = (await client.get("/group-buys/1")).text
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", "已收 1-1")
        await world.say("family", "amy", "退款 1-1 1份 坏了", private=True)

        closed_page = (await client.get("/group-buys/1")).text

    assert _stock(open_page) == "剩 7，共 10"
    assert _stock(closed_page) == "共 10（已截单，不再卖）"
