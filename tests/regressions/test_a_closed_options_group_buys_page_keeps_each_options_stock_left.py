"""Review s20 (N8): once a group buy with options closed, its console page dropped each option's stock
left (`· 剩 3`), as the card does when nobody can join any more; the organiser planning what she still
has lost it. The page keeps it after the close, each option's stock less what it has taken now (a
refunded order's units back), as the page's Stock line says the group buy's."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_each_options_stock_left_is_on_the_page_after_the_close(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        for user, text in (
            ("amy", "接龙 粽子 规格 大:20:5,小:10:8 成团 1"),
            ("bob", "+2 大"),
            ("cat", "+1 大"),
            ("dan", "+1 小"),
            ("amy", "截单"),
            ("amy", "已收 1-2"),
            ("amy", "退款 1-2"),
        ):
            await world.say("family", user, text)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        page = html.unescape((await client.get("/group-buys/1")).text)

    text = re.sub(r"<[^>]+>", " ", page)
    assert re.search(r"大 ¥20 · 已订 2\s*· 剩 3", text), text  # 5 less Bob's 2 (Cat's 1 refunded)
    assert re.search(r"小 ¥10 · 已订 1\s*· 剩 7", text), text
