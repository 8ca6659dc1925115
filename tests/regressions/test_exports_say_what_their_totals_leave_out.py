"""Session 19 review (8): the totals row of an export left out refunded and cancelled lines without a word
(the 金额 cells above it added up to more), and the chat's `导出` footer left out `· 已退款 ¥X`, which
`名单` shows. Under each totals row a note now says what it leaves out (as 名单 says
`不含已退款、已取消的订单`), and the chat export's money line says what was refunded."""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable
from pathlib import Path

from handlers.types import Sheet
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world
from tests.unit.handlers.conftest import Chat, fake_chat


async def _one_refunded(say: Callable[[str, str], Awaitable[object]]) -> None:
    for user, text in (
        ("amy", "接龙 面包 价格 10 成团 1"),
        ("cat", "+1"),
        ("dan", "+2"),
        ("amy", "截单 #1"),
        ("amy", "已收 1-1"),
        ("amy", "退款 1-1"),
    ):
        await say(user, text)


async def _chat_sheet(chat: Chat) -> Sheet:
    found = next(r.document for r in await chat.say("amy", "导出 #1", private=True) if r.document)
    assert found is not None
    return found.sheets[0]


async def test_the_chat_export_says_what_was_refunded_and_left_out_of_its_totals() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    await _one_refunded(family.say)
    listed = family.said(await family.say("amy", "名单 #1", private=True))

    sheet = await _chat_sheet(family)

    assert "已退款 ¥10" in listed
    assert "💰 已收 ¥0 · 待收 ¥20 · 已退款 ¥10" in sheet.notes
    assert "上面的合计没有算已退款、已取消的 1 行（这部分共 ¥10）。" in sheet.notes


async def test_the_console_export_says_what_its_total_leaves_out(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _one_refunded(lambda user, text: world.say("family", user, text))
        client = await world.member("amy")
        response = await client.get("/export/orders.csv", headers={"accept-language": "en"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    totals = next(row for row in rows if row and row[0] == "Total")
    assert totals[8] == "20.00"  # Dan's; Cat's ¥10 is listed above it, refunded
    assert ["The total above does not count 1 refunded or cancelled line (¥10 on it)."] in rows


async def test_a_status_filter_of_lines_in_several_units_totals_no_quantity(tmp_path: Path) -> None:
    """Review s20 (N6): the refunded orders' export, 2斤 of one group buy and 1 盒 of another, read
    `0` in the quantity of its totals row: no quantity adds up across units, whatever is counted."""
    async with console_world(tmp_path) as world:
        for user, text in (
            ("amy", "接龙 荔枝 价格 15/斤 成团 1"),
            ("amy", "接龙 草莓 价格 20/盒 成团 1"),
            ("cat", "+2斤 #1"),
            ("dan", "+1 #2"),
            ("amy", "截单 #1"),
            ("amy", "截单 #2"),
            ("amy", "已收 1-1"),
            ("amy", "已收 2-1"),
            ("amy", "退款 1-1"),
            ("amy", "退款 2-1"),
        ):
            await world.say("family", user, text)
        client = await world.member("amy")
        response = await client.get("/export/orders.csv?status=refunded", headers={"accept-language": "en"})

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    totals = next(row for row in rows if row and row[0] == "Total")
    assert totals[5] == ""  # not 0: 2 jin and 1 box
    assert ["The total above does not count 2 refunded or cancelled lines (¥50 on them)."] in rows
