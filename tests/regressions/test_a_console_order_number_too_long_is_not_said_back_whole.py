"""Review 26 (16): the console's /orders/paid with `order=99999999999999999999999999-1` answered
"#99999999999999999999999999-1: 你的团购里没有订单 #99999999999999999999999…": the number twice, the
second cut at 24 digits, and "你的团购里" to an admin, who sees every group buy's orders. Now a number
too long to be any order's is said back once, cut short, as not an order number; an admin reads
`没有订单 #99-1`, an organiser still `你的团购里没有订单 #99-1`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

HUGE = "99999999999999999999999999-1"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[ConsoleWorld]:
    async with console_world(tmp_path) as made:
        yield made


async def _flash(client: httpx.AsyncClient, order: str, lang: str) -> str:
    client.cookies.set("lang", lang)
    assert (await post_form(client, "/orders/paid", {"order": order})).status_code == 303
    page = (await client.get("/orders")).text
    return page


async def test_a_huge_number_is_not_an_order_number_in_chinese_and_english(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes", target=1)
    admin = await world.admin()

    zh = await _flash(admin, HUGE, "zh")
    en = await _flash(admin, HUGE, "en")

    assert "“99999999999…” 不是订单号（订单号形如 12-3，在订单列表里选）。没有任何改动。" in zh
    assert "#99999999999999999999999999-1" not in zh and "你的团购里" not in zh
    said = "“99999999999…” is not an order number (they read like 12-3: pick one in the list of orders)."
    assert said in en


async def test_an_admin_is_not_told_of_her_group_buys(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Mangoes", target=1)
    admin = await world.admin()
    organiser = await world.member("amy")

    assert "没有订单 #99-1：请在订单列表里选。没有任何改动。" in await _flash(admin, "99-1", "zh")
    assert "你的团购里" not in await _flash(admin, "99-1", "zh")
    assert "There is no order #99-1: pick it in the list of orders." in await _flash(admin, "99-1", "en")
    assert "你的团购里没有订单 #99-1" in await _flash(organiser, "99-1", "zh")
