"""Review 72 #7: on /orders a part-refunded order's row read "¥20 (订单 ¥20（已退 ¥5）)": ¥20 twice and the
net ¥15 never. The row now reads the net with the order and its refund said once, `¥15（订单 ¥20，已退 ¥5）`
/ "¥15 (order ¥20, ¥5 refunded)"; an order without a part refund reads as before (`¥10`)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world

NET = {"zh": "<td>¥15（订单 ¥20，已退 ¥5）</td>", "en": "<td>¥15 (order ¥20, ¥5 refunded)</td>"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_row_shows_the_net_and_the_refund_once(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.mangoes_paid()
        await world.say("family", "amy", f"/refund {gid}-1 5")
        client = await world.admin()
        client.cookies.set("lang", lang)

        page = html.unescape((await client.get(f"/orders?group_buy={gid}")).text)

        assert NET[lang] in page
        assert "¥20 (" not in page and "¥20（已退" not in page
        assert "<td>¥10</td>" in page  # Cat's, never refunded
