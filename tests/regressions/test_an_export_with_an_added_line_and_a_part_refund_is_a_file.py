"""The console's orders export of a group buy with a line the organiser added (`代报 王阿姨 2`) and an
order part refunded (`退款 1-2 5`) answered 500 (its Part refunded column was added to the columns
without Added by, one cell short of the rows). Now it is the file, with both columns."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import console_world


async def test_added_by_and_part_refunded_columns_together(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "接龙 芒果 价格 10 成团 1")
        gid = next(int(r.card_of) for r in replies if r.card_of)
        await world.say("family", "amy", "代报 王阿姨 2")
        await world.say("family", "bob", "+2")
        await world.say("family", "amy", "截单")
        await world.say("family", "amy", f"已收 {gid}-1 {gid}-2")
        await world.say("family", "amy", f"退款 {gid}-2 5 确认")
        root = await world.admin()
        response = await root.get(f"/export/orders.xlsx?group_buy={gid}", headers={"accept-language": "zh"})
        assert response.status_code == 200
        rows = [
            list(row)
            for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)
        ]
        assert rows[0][3:5] == ["代谁", "代报人"] and rows[0][-1] == "部分退款 (CNY)"
        assert [(row[2], row[4], row[-1]) for row in rows[1:3]] == [("王阿姨", "Amy", None), ("Bob", None, 5)]
