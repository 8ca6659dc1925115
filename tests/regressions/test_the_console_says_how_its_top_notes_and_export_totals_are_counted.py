"""rep26 findings 14 and 15: the dashboard's 热门笔记 listed "#5 … 2.8 | #4 … 2.7 | #1 … 5.3": notes by
buyers (✅) come first, but the page never said so, and a reader saw 5.3 ranked below 2.7. A line under
the heading now says the order. The console export's "合计不含已退款、已取消的订单：2 行，¥188。" read as
"the total without refunds is ¥188": its notes now say the total above does not count those lines, and
what those lines (not the total) come to; an open group buy's lines are said the same way."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world

ABOUT = {
    "zh": "排序：✅ 已购买的人写的笔记排在前面，各自再按“互动”从高到低，所以后面的笔记互动分可能更高。",
    "en": "Order: notes by members who bought it (✅) come first, each part then by engagement, highest "
    "first; so a note further down may score higher.",
}
NOTES = {
    "zh": [
        "上面的合计没有算已退款、已取消的 1 行（这部分共 ¥15）。",
        "上面的合计没有算仍在接龙的团的 1 行（这部分暂计 ¥20）：截单成团后才是订单。",
    ],
    "en": [
        "The total above does not count 1 refunded or cancelled line (¥15 on it).",
        "The total above does not count 1 line of group buys still open (¥20 provisional on it): "
        "it becomes an order at the close.",
    ],
}


async def _shop(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 1")
    await world.say("family", "bob", "+3")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "截单 #1")
    await world.say("family", "amy", "已收 1-1")
    await world.say("family", "amy", "已收 1-2")
    await world.say("family", "amy", "退款 1-2")
    await world.say("family", "amy", "接龙 芒果 价格 10 成团 5")
    await world.say("family", "cat", "+2 #2")  # open: ¥20 asked for, no order yet
    await world.say("family", "bob", "种草 #1 荔枝很甜")


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_console_says_how_its_top_notes_and_export_totals_are_counted(
    tmp_path: Path, language: str
) -> None:
    async with console_world(tmp_path) as world:
        await _shop(world)
        client = await world.admin()
        page = (await client.get("/dashboard", headers={"accept-language": language})).text
        exported = await client.get("/export/orders.csv", headers={"accept-language": language})

    notes = re.search(r'<section[^>]*id="top-notes">(.*?)</section>', page, re.S)
    assert notes is not None and "荔枝很甜" in notes.group(1)
    assert f'<p class="hint">{ABOUT[language]}</p>' in notes.group(1)
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    said = [row[0] for row in rows if len(row) == 1]
    assert [line for line in said if line in NOTES[language]] == NOTES[language], rows
