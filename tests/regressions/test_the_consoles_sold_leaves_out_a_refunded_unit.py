"""rep80 #3: after a refund of one unit (`退款 1-1 大盒 1个坏了`) the console's group buy page and list
still counted it sold (`5/4 · refunded: 2 units` with 4 refunded). A unit refunded is out of Sold and in
its refunded units, as on the card."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_a_refunded_unit_is_out_of_sold(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 规格 大盒:15,小盒:10 成团 2")
        await world.say("family", "bob", "大盒+2")
        await world.say("family", "cat", "小盒+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1 1-2")
        await world.say("family", "amy", "退款 1-1 大盒 1个坏了")
        client = await world.member("amy")
        page = html.unescape((await client.get("/group-buys/1", headers={"accept-language": "en"})).text)

    pairs = dict(re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", page))
    assert pairs["Sold / target"] == "2/2 · refunded: 1 unit"


async def test_the_orders_csv_says_the_units_refunded_of_each_line(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "/lang en")
        await world.say("family", "amy", "/groupbuy Bubble Tea options small:10,large:15 target 2")
        await world.say("family", "hal", "/join 2 small")
        await world.say("family", "fay", "/join 1 large")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", "/paid 1-1 1-2")
        await world.say("family", "amy", "/refund 1-1 small 1 one was crushed")
        client = await world.admin()
        response = await client.get("/export/orders.csv", headers={"accept-language": "en"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[5] == "Quantity" and header[-1] == "Refunded units"
    hal = next(row for row in rows if row[1] == "#1-1")
    assert (hal[4], hal[5], hal[-1]) == ("small", "1", "1")  # kept, the refunded one apart (rep82 #12)
    fay = next(row for row in rows if row[1] == "#1-2")
    assert fay[-1] == ""
    assert next(row for row in rows if row and row[0] == "Total")[-1] == "1"


async def test_the_orders_page_says_the_units_refunded_beside_the_quantity(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 规格 大盒:15,小盒:10 成团 2")
        await world.say("family", "bob", "大盒+2")
        await world.say("family", "cat", "小盒+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1 1-2")
        await world.say("family", "amy", "退款 1-1 大盒 1个坏了")
        client = await world.member("amy")
        page = html.unescape((await client.get("/orders", headers={"accept-language": "zh"})).text)

    cells = re.findall(r"<td>([^<]*)</td>", page)
    assert "2（已退 1 份）" in cells
    assert "1" in cells  # Cat's 小盒 ×1: nothing refunded, nothing said
