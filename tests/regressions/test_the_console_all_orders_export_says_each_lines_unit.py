"""Session 16 (ha): the console's all-orders export (`/export/orders.csv`, every group buy of hers) had no
unit: `3` of a per-斤 one and `2` of a per-box one read the same. Each row now says its group buy's unit
(`斤`, `box`; sold by the 份: `份` / "each") in a Unit column after Quantity. Session 21: in the reader's
language, as every text says it (`斤`, "jin")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _two(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 2")
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "接龙 芒果 价格 10 成团 2")
    await world.say("family", "cat", "+2 #2")
    await world.say("family", "amy", "截单 #1")  # orders: an open one's lines have a note under the total
    await world.say("family", "amy", "截单 #2")


async def test_the_csv_of_every_group_buy_has_each_rows_unit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _two(world)
        client = await world.member("amy")
        response = await client.get("/export/orders.csv", headers={"accept-language": "en"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][5:7] == ["Quantity", "Unit"]
    by_buyer = {row[2]: row[5:7] for row in rows[1:-1]}
    assert by_buyer == {"Bob": ["3", "jin"], "Cat": ["2", "each"]}


async def test_in_chinese_the_xlsx_says_it_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _two(world)
        client = await world.member("amy")
        response = await client.get("/export/orders.xlsx", headers={"accept-language": "zh"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][5:7] == ["数量", "单位"]
    assert sorted((row[2], row[6]) for row in values[1:-1]) == [("Bob", "斤"), ("Cat", "份")]
