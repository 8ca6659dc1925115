"""Session 43 (notes): a line the organiser made for a member (`代报 @Fay 1`, `/add #1 @Fay 1`:
migration 0061's `participants.added_by`) or for a guest (`代报 王阿姨 2`) is marked on the card and in
the chat's export ("(added by Amy)", its "Added by" column), but the console's orders export (CSV and
XLSX) had no such column: the organiser could not tell there which lines she had put down. It now has
one, "Added by" / "代报人", after "For", when any line of the sheet was added by someone; a line its
member made herself leaves it empty."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _cookies(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "/groupbuy Cookies price 10 target 3")
    await world.say("family", "fay", "hello all")
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "/add #1 @Fay 1")  # a line Fay never made
    await world.say("family", "amy", "/add #1 @Bob 1")  # Bob's own line, added to: his
    await world.say("family", "amy", "/close #1")


async def test_the_csv_names_who_added_a_members_line(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _cookies(world)
        client = await world.member("amy")

        response = await client.get("/export/orders.csv?group_buy=1")

        assert response.status_code == 200
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][:6] == ["Group buy", "Order", "Buyer", "For", "Added by", "Option"]
        by_buyer = {row[2]: row for row in rows[1:] if len(row) > 4 and row[1].startswith("#1-")}
        assert by_buyer["Fay"][4] == "Amy"
        assert by_buyer["Bob"][4] == ""
        total = next(row for row in rows if row and row[0] == "Total")
        assert total[4] == "" and total[6] == "3"  # the Quantity after it: 2 for Bob, 1 for Fay


async def test_the_chinese_xlsx_names_who_added_a_guest(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("家", "amy", "接龙 曲奇 价格 10 成团 3")
        await world.say("家", "bob", "+1")
        await world.say("家", "amy", "代报 王阿姨 2")
        await world.say("家", "amy", "截单 #1")
        client = await world.member("amy")

        response = await client.get("/export/orders.xlsx?group_buy=1", headers={"accept-language": "zh"})

        assert response.status_code == 200
        values = list(load_workbook(io.BytesIO(response.content)).worksheets[0].values)
        assert list(values[0][:6]) == ["团", "订单", "买家", "代谁", "代报人", "规格"]
        by_buyer = {row[2]: row for row in values[1:] if row[1] and str(row[1]).startswith("#1-")}
        assert by_buyer["王阿姨"][4] == "Amy" and by_buyer["Bob"][4] in (None, "")


async def test_no_line_added_by_anyone_has_no_such_column(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/groupbuy Cookies price 10 target 1")
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close #1")
        client = await world.member("amy")

        rows = list(
            csv.reader(io.StringIO((await client.get("/export/orders.csv")).content.decode("utf-8-sig")))
        )

        assert "Added by" not in rows[0] and rows[0][3:5] == ["For", "Option"]
