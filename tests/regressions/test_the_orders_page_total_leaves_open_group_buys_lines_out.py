"""Review 98 #7: `/orders` with no filter read `筛出 9 行，合计 ¥234（已退款、已取消的不计）` while the export
of the same rows said ¥168 and that the open group buys' 2 lines (¥36) were left out: the page counted a
group buy still open as money ordered. Its total now counts orders only, as the export and the dashboard
do, and says the open lines apart with their amount so far."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

SAID = {
    "zh": "筛出 3 行，合计 ¥30（已退款、已取消的不计）；"
    "仍在接龙的团的 1 行（暂计 ¥40）没有算进合计：截单成团后才是订单。",
    "en": "3 rows shown, totalling ¥30 (refunded and cancelled ones left out); the 1 row of a group buy still"
    " open (¥40 so far) is not in the total: it becomes an order at the close.",
}
ORDERS_ONLY = {
    "zh": "筛出 2 行，合计 ¥30（已退款、已取消的不计）",
    "en": "2 rows shown, totalling ¥30 (refunded and cancelled ones left out)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_orders_page_total_leaves_open_group_buys_lines_out(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        closed = await world.mangoes_paid()  # Bob ¥20 and Cat ¥10, paid
        still_open = await world.open_group_buy("family", "amy", "Pears", target=9)
        await world.say("family", "dan", f"+4 #{still_open}")  # ¥40, no order yet
        client = await world.admin()
        client.cookies.set("lang", lang)

        page = html.unescape((await client.get("/orders")).text)
        assert f'<p class="totals">{SAID[lang]}</p>' in page, page

        only = html.unescape((await client.get(f"/orders?group_buy={closed}")).text)
        assert f'<p class="totals">{ORDERS_ONLY[lang]}</p>' in only  # no open line: said as before
