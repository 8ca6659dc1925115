"""Session 16 (ga): the console's all-orders export's totals row added quantities across units: 3斤 of
荔枝 and 2 of 芒果 (sold by the 份) made a total of `5`. With rows in different units the quantity total
is left empty (the money total stays); rows all in one unit are still totalled. (Closed first: the totals
count orders only, test_the_all_orders_export_totals_count_orders_only.py.)"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _lychees(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 2")
    await world.say("family", "bob", "+3")


async def _close(world: ConsoleWorld, *ids: int) -> None:
    for gid in ids:
        await world.say("family", "amy", f"截单 #{gid}")


async def _totals_csv(world: ConsoleWorld, lang: str) -> list[str]:
    client = await world.member("amy")
    response = await client.get("/export/orders.csv", headers={"accept-language": lang})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    return rows[-1]


async def test_the_csv_totals_row_has_no_quantity_across_units_but_keeps_the_money(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _lychees(world)
        await world.say("family", "amy", "接龙 芒果 价格 10 成团 2")
        await world.say("family", "cat", "+2 #2")
        await _close(world, 1, 2)
        totals = await _totals_csv(world, "en")

    assert totals[0] == "Total"
    assert totals[5] == ""  # not 5: 3斤 and 2 mangoes
    assert totals[8] == "65.00"  # 3 × ¥15 + 2 × ¥10


async def test_in_chinese_the_xlsx_totals_row_leaves_it_empty_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _lychees(world)
        await world.say("family", "amy", "接龙 芒果 价格 10 成团 2")
        await world.say("family", "cat", "+2 #2")
        await _close(world, 1, 2)
        client = await world.member("amy")
        response = await client.get("/export/orders.xlsx", headers={"accept-language": "zh"})

    sheet = load_workbook(io.BytesIO(response.content)).active
    totals = [cell.value for cell in list(sheet.iter_rows())[-1]]
    assert totals[0] == "合计"
    assert totals[5] in (None, "")
    assert totals[8] == 65


async def test_rows_in_one_unit_are_still_totalled(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _lychees(world)
        await world.say("family", "cat", "+2")
        await _close(world, 1)
        totals = await _totals_csv(world, "zh")

    assert totals[0] == "合计"
    assert totals[5] == "5"
