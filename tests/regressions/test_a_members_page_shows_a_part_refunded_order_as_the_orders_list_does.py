"""Session 34: a member's console page showed a part-refunded order as `¥20（已退 ¥5）` while the orders
list showed its net, `¥15（订单 ¥20，已退 ¥5）`: the same order read two ways. Both now say it with one
formatter, the net first; an order never refunded reads as before (`¥10`)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import PLATFORM, console_world

NET = {"zh": "<td>¥15（订单 ¥20，已退 ¥5）</td>", "en": "<td>¥15 (order ¥20, ¥5 refunded)</td>"}
OLD = {"zh": "¥20（已退 ¥5）", "en": "¥20 (¥5 refunded)"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_member_page_and_the_orders_list_say_the_same_net(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.mangoes_paid()
        await world.say("family", "amy", f"/refund {gid}-1 5")
        client = await world.admin()
        client.cookies.set("lang", lang)

        listed = html.unescape((await client.get(f"/orders?group_buy={gid}")).text)
        bob = html.unescape((await client.get(f"/members/{PLATFORM}:bob")).text)
        cat = html.unescape((await client.get(f"/members/{PLATFORM}:cat")).text)

        assert NET[lang] in listed, listed
        assert NET[lang] in bob, bob
        assert OLD[lang] not in bob
        assert "<td>¥10</td>" in cat, cat  # never refunded: as before
