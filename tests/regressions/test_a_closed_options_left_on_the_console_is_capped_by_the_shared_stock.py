"""Review 96 #6: on the console's page of a closed group buy whose options share a stock, each option's
"剩" was its own stock less its taken, whatever the shared stock had left (while open it was capped).
Each option's left after the close is capped by what the shared stock has left now, as while it was
open: 猪肉 and 素 (3 each) sharing 4, 2 of each sold and closed, read `剩 1` each with nothing left."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


def _details(page: str) -> dict[str, str]:
    pairs = re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", page)
    return {html.unescape(k): html.unescape(v) for k, v in pairs}


async def test_each_options_left_is_capped_by_the_stock_they_share(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "ken", "接龙 饺子 规格 猪肉:20:3,素:18:3 库存 4")
        await world.say("family", "mia", "+2 猪肉")
        await world.say("family", "lou", "+2 素")
        await world.say("family", "ken", "截单 #1")
        await world.say("family", "ken", "取消 1-2")  # Lou's 素 ×2: 2 of 4 sold now
        client = await world.member("ken")
        page = (await client.get("/group-buys/1", headers={"accept-language": "zh"})).text

    options = _details(page)["规格"]
    assert "猪肉 ¥20 · 已订 2 · 剩 1" in options, options  # its own stock: 3 less 2
    assert "素 ¥18 · 已订 0 · 剩 2" in options, options  # its own 3, but the shared stock has 2
