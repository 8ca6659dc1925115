"""Session 19 review (4): the console's all-orders export (`/export/orders.csv`, no filter) added an open
group buy's lines into its 合计: they are no orders yet (the price is not final), so the total was more
than the dashboard's GMV. The totals row now counts orders only; the open lines stay, marked as not yet
orders, and a note under the table says what they come to and that the total leaves them out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _one_closed_one_open(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 2")
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "截单 #1")  # an order of ¥45
    await world.say("family", "amy", "接龙 芒果 价格 10 成团 5")
    await world.say("family", "cat", "+2 #2")  # open: ¥20 asked for, no order yet


async def test_the_csv_total_leaves_out_an_open_group_buys_lines_and_says_so(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _one_closed_one_open(world)
        client = await world.admin()
        response = await client.get("/export/orders.csv", headers={"accept-language": "zh"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    by_buyer = {row[2]: row for row in rows[1:] if len(row) > 2}
    assert by_buyer["Cat"][8] == "20.00" and by_buyer["Cat"][10] == "接龙中，尚未成单（金额暂计）"
    totals = next(row for row in rows if row and row[0] == "合计")
    assert totals[8] == "45.00"  # Bob's order only, as the dashboard's GMV
    assert ["上面的合计没有算仍在接龙的团的 1 行（这部分暂计 ¥20）：截单成团后才是订单。"] in rows


async def test_in_english_the_xlsx_says_it_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _one_closed_one_open(world)
        client = await world.admin()
        response = await client.get("/export/orders.xlsx", headers={"accept-language": "en"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    totals = next(row for row in values if row[0] == "Total")
    assert totals[8] == 45
    notes = [row[0] for row in values if row[0] and str(row[0]).startswith("The total")]
    assert notes == [
        "The total above does not count 1 line of group buys still open (¥20 provisional on it):"
        " it becomes an order at the close."
    ]
