"""s38 closing (money): the console's refund of an unpaid order the organiser recorded part received of
(`只收到 1-1 10` of ¥30) was refused as having nothing to give back (`…还没付款，无需退款…`), while the
chat's `退款 1-1` gives the ¥10 back (rep81 #2). Now the console does what the chat does: its Orders row
offers Refund, its page lists the ¥10 to give back, an empty Amount gives it all back, an amount part of
it, more than was received is refused by the Amount field, nothing changed; the order stays unpaid."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, post_form

LISTED = {
    "zh": "#1-1 粽子：Bob，¥30，还没付清 · 只收到 ¥10 · 可退 ¥10",
    "en": "#1-1 粽子: Bob, ¥30, not paid in full · ¥10 received · ¥10 to give back",
}
ALL_BACK = {
    "zh": "订单 #1-1（Bob）还没付清：之前只收到的 ¥10 已全部退回，现在已收 ¥0，还差 ¥30。请直接把钱退给对方。"
    "不要这单了就在订单页点这单的“取消订单”。",
    "en": "Order #1-1 of Bob is not paid in full: the ¥10 received is all refunded; ¥0 received now, "
    "¥30 still owed. Give it back to them directly. If the order is off, cancel it with its Cancel order "
    "button on the Orders page.",
}
PART_BACK = {
    "zh": "订单 #1-1（Bob）还没付清：之前只收到 ¥10，退了 ¥4，现在已收 ¥6，还差 ¥24。请直接把钱退给对方。",
    "en": "Order #1-1 of Bob is not paid in full: of the ¥10 received, ¥4 refunded; ¥6 received now, ¥24 "
    "still owed. Give it back to them directly.",
}
OVER = {
    "zh": "订单 #1-1 还没付清，只收到过 ¥10，最多退 ¥10，没有任何改动。退款金额最多填 ¥10；不填就全部退回。",
    "en": "Order #1-1 is not paid in full: only ¥10 was received, so at most ¥10 can be refunded. "
    "Nothing was changed. Fill in at most ¥10 under Amount, or leave it empty to give all of it back.",
}


async def _part_received(world) -> None:  # type: ignore[no-untyped-def]
    await world.say("family", "amy", "接龙 粽子 价格 30 成团 1")
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "截单 #1")
    await world.say("family", "amy", "只收到 1-1 10")


async def _bob(world):  # type: ignore[no-untyped-def]
    async with world.app.uow_factory() as uow:
        [bob] = await uow.orders.for_group_buy(1)
    return bob


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_empty_amount_gives_all_that_was_received_back(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _part_received(world)
        client = await world.member("amy")
        client.cookies.set("lang", lang)
        orders = html.unescape((await client.get("/orders")).text)
        assert 'class="danger" name="order" value="1-1"' in orders  # its row's Refund

        asked = html.unescape((await post_form(client, "/orders/refund", {"order": "1-1"})).text)
        assert LISTED[lang] in asked, asked

        sent = await post_form(client, "/orders/refund", {"order": "1-1", "confirm": "yes"})
        page = html.unescape((await client.get(sent.headers["location"])).text)

        assert ALL_BACK[lang] in page, page
        bob = await _bob(world)
        assert (bob.status, bob.received_amount) == (OrderStatus.PENDING_PAYMENT, 0)
        assert bob.received_refunded == 1000


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_amount_gives_that_part_back_and_more_is_refused(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await _part_received(world)
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        over = await post_form(client, "/orders/refund", {"order": "1-1", "confirm": "yes", "amount": "20"})
        assert over.status_code == 422
        assert OVER[lang] in html.unescape(over.text)
        assert 'id="amount-error"' in over.text
        assert (await _bob(world)).received_amount == 1000  # nothing changed

        sent = await post_form(client, "/orders/refund", {"order": "1-1", "confirm": "yes", "amount": "4"})
        page = html.unescape((await client.get(sent.headers["location"])).text)

        assert PART_BACK[lang] in page, page
        bob = await _bob(world)
        assert (bob.status, bob.received_amount) == (OrderStatus.PENDING_PAYMENT, 600)
        assert bob.received_refunded == 400
