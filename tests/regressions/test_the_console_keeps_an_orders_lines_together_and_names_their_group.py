"""Session 19 review (8): the console's orders page and its export listed lines in join order, so a
member's friend line joined later (`Eve (妈妈)`) stood rows below her own, with others' orders between,
under an order total only on the first. An order's lines now stand together. And the all-orders export
had no group column for help-sold (帮卖) buyers, which the chat's `导出` has: each row now names its group."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world


async def _eve_and_her_mum(world: ConsoleWorld) -> None:
    await world.say("family", "amy", "接龙 荔枝 价格 15元/斤 成团 2")
    await world.say("family", "eve", "+2")
    await world.say("family", "cat", "+1")
    await world.say("family", "dan", "+1")
    await world.say("family", "eve", "+1 帮 妈妈")
    await world.say("family", "amy", "截单 #1")


async def test_the_csv_keeps_an_orders_lines_together(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _eve_and_her_mum(world)
        client = await world.member("amy")
        response = await client.get("/export/orders.csv", headers={"accept-language": "en"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(row[1], row[2], row[3]) for row in rows[1:5]] == [
        ("#1-1", "Eve", ""),
        ("#1-1", "Eve", "妈妈"),
        ("#1-2", "Cat", ""),
        ("#1-3", "Dan", ""),
    ]
    assert (rows[1][9], rows[2][9]) == ("45.00", "")  # Eve's order: her 2斤 and her mum's 1斤, on her line


async def test_the_orders_page_keeps_them_together_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _eve_and_her_mum(world)
        client = await world.member("amy")
        page = (await client.get("/orders", headers={"accept-language": "en"})).text

    at = [page.index(name) for name in ("妈妈", "Cat", "Dan")]
    assert at == sorted(at)


async def test_the_all_orders_export_names_a_help_sold_buyers_group(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 面包 价格 10 成团 1")
        await world.say("family", "amy", "帮卖 开 10%")
        await world.say("street", "bob", "帮卖 #1")
        await world.say("family", "cat", "+1")
        await world.say("street", "eve", "+2")
        client = await world.member("amy")
        response = await client.get("/export/orders.csv", headers={"accept-language": "zh"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][-1] == "群"
    assert {row[2]: row[-1] for row in rows[1:3]} == {"Cat": "Family Group", "Eve": "Street Group"}
    assert not re.search(r"\d", rows[1][-1])
