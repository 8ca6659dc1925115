"""Review 34, finding 7: the console orders list footer read `合计 ¥108（已退款、已取消的不计）` with a ¥24
part refund (部分退款) counted in, while the chat's export and 名单 net it. The footer now adds up what
the orders keep, saying the part refunds apart (`合计 ¥25（已退 ¥5 已扣除；…）`), in zh and en; without
a part refund it reads as before."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

NET = {
    "zh": "筛出 2 行，合计 ¥25（已退 ¥5 已扣除；已退款、已取消的不计）",
    "en": "2 rows shown, totalling ¥25 (net of ¥5 refunded in part; refunded and cancelled ones left out)",
}
WHOLE = {
    "zh": "筛出 2 行，合计 ¥30（已退款、已取消的不计）",
    "en": "2 rows shown, totalling ¥30 (refunded and cancelled ones left out)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_orders_footer_nets_part_refunds(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.mangoes_paid()
        client = await world.admin()
        client.cookies.set("lang", lang)
        before = html.unescape((await client.get(f"/orders?group_buy={gid}")).text)
        assert WHOLE[lang] in before, before

        await world.say("family", "amy", f"/refund {gid}-1 5")

        page = html.unescape((await client.get(f"/orders?group_buy={gid}")).text)
        assert NET[lang] in page, page
