"""Review 32: /group-buys and /members had no filter (`?status=open`, `?q=芒果` ignored); /orders had no
buyer-name filter and no totals of the rows shown. Each list now narrows by them, and the orders page
adds up the rows it shows (refunded and cancelled left out), in zh and en."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

TOTALS = {
    "zh": "筛出 {count} 行，合计 {total}（已退款、已取消的不计）",
    "en": "{count} rows shown, totalling {total} (refunded and cancelled ones left out)",
}
ONE = {
    "zh": "筛出 1 行，合计 {total}（已退款、已取消的不计）",
    "en": "1 row shown, totalling {total} (refunded and cancelled ones left out)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_lists_filter(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        mangoes = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{mangoes}")
        await world.say("family", "cat", f"+1 #{mangoes}")
        await world.say("family", "dan", f"+1 #{mangoes}")
        await world.say("family", "amy", f"/close #{mangoes}")
        await world.say("family", "amy", f"/cancel {mangoes}-3")  # Dan's, cancelled: not counted
        plums = await world.open_group_buy("family", "amy", "Plums", target=5)
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        orders = html.unescape((await admin.get("/orders", params={"group_buy": str(mangoes)})).text)
        assert TOTALS[lang].format(count=3, total="¥30") in orders  # Bob ¥20 + Cat ¥10; Dan's cancelled
        bob = html.unescape((await admin.get("/orders", params={"q": "bo"})).text)
        assert ONE[lang].format(total="¥20") in bob and ">Cat<" not in bob
        assert 'name="q" value="bo"' in bob

        open_only = (await admin.get("/group-buys", params={"status": "open"})).text
        assert f'href="/group-buys/{plums}"' in open_only and f'href="/group-buys/{mangoes}"' not in open_only
        titled = (await admin.get("/group-buys", params={"q": "mANgo"})).text
        assert f'href="/group-buys/{mangoes}"' in titled and f'href="/group-buys/{plums}"' not in titled

        members = (await admin.get("/members", params={"q": "CA"})).text
        assert "playground:cat" in members and "playground:bob" not in members
