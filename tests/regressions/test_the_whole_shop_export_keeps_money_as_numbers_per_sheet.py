"""The whole-shop export (`/export/orders.xlsx` or `.csv`, nothing chosen) once orders existed in two
currencies wrote every sheet's Amount and Order total as text (`€24`, `¥20`), even a pickup point's sheet
of ¥ orders only; its Total row had no money total, and the note under it read `…已取消的 1 行（这部分共 —）`.
Now each sheet of one currency has its money as numbers, the currency in the heading (`金额 (CNY)`), as one
group buy's export has; a sheet mixing currencies (the CSV, all lines in one) totals each currency apart
(`¥20 + €24`), and the notes say their amounts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world

HEADING = ["团", "订单", "买家", "代谁", "规格", "数量", "单位", "备注"]


async def _two_currencies(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "接龙 芒果 价格 10 成团 1 自提 小区南门")
    yuan = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "bob", "+2")  # ¥20, paid
    await world.say("family", "cat", "+1")  # ¥10, cancelled
    await world.say("family", "amy", "截单")
    await world.say("family", "amy", f"已收 {yuan}-1")
    await world.say("family", "amy", f"取消订单 {yuan}-2")
    await world.say("work", "amy", "接龙 奶酪 价格 €12 成团 1 自提 西门")
    await world.say("work", "dee", "+2")  # €24
    await world.say("work", "amy", "截单")


async def test_each_sheet_of_one_currency_has_numbers_and_a_mixed_one_totals_each(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _two_currencies(world)
        root = await world.admin()
        response = await root.get("/export/orders.xlsx", headers={"accept-language": "zh"})
        assert response.status_code == 200
        book = load_workbook(io.BytesIO(response.content))
        sheets = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book.worksheets}
        assert sorted(sheets) == ["小区南门", "西门"]

        yuan = sheets["小区南门"]
        assert yuan[0][:10] == [*HEADING, "金额 (CNY)", "订单合计 (CNY)"]
        assert [row[8:10] for row in yuan[1:3]] == [[20, 20], [10, 10]]
        assert yuan[3][0] == "合计" and yuan[3][8] == 20
        assert yuan[-1][0] == "上面的合计没有算已退款、已取消的 1 行（这部分共 ¥10）。"

        euro = sheets["西门"]
        assert euro[0][:10] == [*HEADING, "金额 (EUR)", "订单合计 (EUR)"]
        assert euro[1][8:10] == [24, 24] and euro[2][0] == "合计" and euro[2][8] == 24

        response = await root.get("/export/orders.csv", headers={"accept-language": "zh"})
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][8:10] == ["金额", "订单合计"]  # ¥ and € in one column: each amount with its sign
        assert [row[8] for row in rows[1:4]] == ["€24", "¥20", "¥10"]
        assert rows[4][0] == "合计" and rows[4][8] == "¥20 + €24"
        assert rows[-1] == ["上面的合计没有算已退款、已取消的 1 行（这部分共 ¥10）。"]
