"""s38: money the organiser recorded as received of an unpaid order (`只收到 1-1 50`) and gave back
in part (`退款 1-1 ¥20`) showed on the console's Orders page only as what stayed
(`未付款（已收 ¥30，还差 ¥30）`), and once the order was paid, not at all.
Its status now says what came and what went back."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world

CELLS = re.compile(r"<td>([^<]*)</td>")


async def _statuses(world, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    client = await world.member("amy")
    client.cookies.set("lang", lang)
    return CELLS.findall(html.unescape((await client.get("/orders")).text))


async def test_the_status_says_what_came_and_what_went_back(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 20")
        await world.say("family", "dan", "+3")  # #1-1: ¥60
        await world.say("family", "eve", "+1")  # #1-2: ¥20
        await world.say("family", "amy", "截单 #1")
        for typed in ("只收到 1-1 50", "退款 1-1 ¥20", "只收到 1-2 10", "退款 1-2 ¥10"):
            await world.say("family", "amy", typed, private=True)

        unpaid = await _statuses(world, "zh")
        english = await _statuses(world, "en")
        await world.say("family", "amy", "已收 1-1", private=True)
        paid = await _statuses(world, "zh")

    assert "未付款（收到 ¥50，已退 ¥20，已收 ¥30，还差 ¥30）" in unpaid
    assert "未付款（之前只收到 ¥10，已退 ¥10）" in unpaid  # all of it given back
    assert "Unpaid (¥50 came, ¥20 refunded: ¥30 received, ¥30 to go)" in english
    assert "已付款（之前只收到 ¥50，已退 ¥20）" in paid
