"""Review 57 #4: after part refunds the console's export totalled ¥912 (each order whole, what part
refunds gave back in its own column) while the dashboard's Order value said ¥847 (net of them), and the
README said the two count alike. The export now says, under its totals, the figure after part refunds,
as the dashboard counts it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _refunded_in_part(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15 成团 2")
    await world.say("family", "bob", "+2")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "截单 #1")  # Bob ¥30, Cat ¥15
    await world.say("family", "amy", "已收 1-1")
    await world.say("family", "amy", "退款 1-1 ¥5 坏了一个")


async def test_the_csv_says_the_total_after_part_refunds(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _refunded_in_part(world)
        client = await world.admin()
        response = await client.get("/export/orders.csv", headers={"accept-language": "zh"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    totals = next(row for row in rows if row and row[0] == "合计")
    assert totals[8] == "45.00"
    assert ["上面的合计没有扣掉部分退款的 ¥5；扣掉后是 ¥40，仪表盘的下单金额也这样算。"] in rows


async def test_the_english_xlsx_says_it_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _refunded_in_part(world)
        client = await world.admin()
        response = await client.get("/export/orders.xlsx", headers={"accept-language": "en"})

    values = [
        [cell.value for cell in row] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows()
    ]
    assert next(row for row in values if row[0] == "Total")[8] == 45
    assert [
        "The total above is before ¥5 given back in part refunds; after them it is ¥40, "
        "as the dashboard's Order value counts it."
    ] in [[row[0]] for row in values if row[0]]


async def test_without_part_refunds_no_such_line(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 荔枝 价格 15 成团 1")
        await world.say("family", "bob", "+2")
        await world.say("family", "amy", "截单 #1")
        client = await world.admin()
        response = await client.get("/export/orders.csv", headers={"accept-language": "zh"})

    assert "部分退款" not in response.content.decode("utf-8-sig")
