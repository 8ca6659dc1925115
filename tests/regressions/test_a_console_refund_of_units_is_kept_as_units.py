"""s37 #3: the console's refund form took an amount only: a refund of one 大盒 from the console was money
alone, the card never said `（已退 1 份）` and the option's count still held it, where the chat's
`退款 1-1 大盒 1` records the units. Now its form offers the options the order holds and a count: sent, it
is the chat's refund of units (card, 名单, Sold alike); a bad count, a count over what is left, or a count
beside an amount is answered on the page, 422, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, post_form

REFUSED = {
    ("zh", "abc"): "“abc”不是有效的份数：请写 1 以上的整数，例如 1。没有任何改动。",
    (
        "en",
        "abc",
    ): "“abc” is not a number of units: write a whole number from 1, e.g. 1. Nothing was changed.",
    ("zh", "0"): "“0”不是有效的份数：请写 1 以上的整数，例如 1。没有任何改动。",
}


async def _paid(world) -> None:  # type: ignore[no-untyped-def]
    await world.say("family", "amy", "接龙 粽子 规格 大盒:15,小盒:10 成团 2")
    await world.say("family", "bob", "大盒+2")
    await world.say("family", "cat", "小盒+1")
    await world.say("family", "amy", "截单 #1")
    await world.say("family", "amy", "已收 1-1 1-2")


async def test_the_form_offers_the_options_the_order_holds(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        asked = await post_form(client, "/orders/refund", {"order": "1-1"})  # its form, asked first
        page = html.unescape(asked.text)

    assert '<select id="option" name="option">' in page
    assert '<option value="大盒">大盒</option>' in page
    assert '<option value="小盒">' not in page  # Bob holds none of it


async def test_a_refund_of_one_unit_from_the_console_is_recorded_as_a_unit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        sent = await post_form(
            client,
            "/orders/refund",
            {"order": "1-1", "confirm": "yes", "option": "大盒", "count": "1", "reason": "坏了"},
        )

        assert sent.status_code == 303
        async with world.app.uow_factory() as uow:
            [bob, _] = await uow.orders.for_group_buy(1)
        assert (bob.status, bob.refunded_part, bob.refunded_units) == (OrderStatus.PAID, 1500, {"大盒": 1})
        listed = "\n".join(r.text for r in await world.say("family", "amy", "名单 #1", private=True))
        assert "1. Bob 大盒 ×2 · ¥30 · 订单 #1-1 共 ¥30（已退 1 份，¥15） · ✅已付，未取货" in listed
        client.cookies.set("lang", "en")
        page = html.unescape((await client.get("/group-buys/1")).text)
        pairs = dict(re.findall(r"<dt>([^<]*)</dt><dd[^>]*>([^<]*)</dd>", page))
        assert pairs["Sold / target"] == "2/2 · refunded: 1 unit"


@pytest.mark.parametrize(("lang", "typed"), [("zh", "abc"), ("en", "abc"), ("zh", "0")])
async def test_a_bad_count_is_answered_on_the_page_nothing_changed(
    tmp_path: Path, lang: str, typed: str
) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        sent = await post_form(
            client, "/orders/refund", {"order": "1-1", "confirm": "yes", "option": "大盒", "count": typed}
        )

        assert sent.status_code == 422
        assert REFUSED[lang, typed] in html.unescape(sent.text)
        async with world.app.uow_factory() as uow:
            [bob, _] = await uow.orders.for_group_buy(1)
        assert (bob.status, bob.refunded_part) == (OrderStatus.PAID, 0)


async def test_more_than_left_and_a_count_beside_an_amount_change_nothing(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world)
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        over = await post_form(
            client, "/orders/refund", {"order": "1-1", "confirm": "yes", "option": "大盒", "count": "3"}
        )
        both = await post_form(
            client,
            "/orders/refund",
            {"order": "1-1", "confirm": "yes", "option": "大盒", "count": "1", "amount": "5"},
        )

        assert over.status_code == 422
        assert 'id="count-error"' in over.text
        assert "没有任何改动" in html.unescape(over.text)
        assert both.status_code == 422
        assert (
            "金额和规格只能填一个：按金额退就清空规格，按份数退就清空金额。没有任何改动。"
            in html.unescape(both.text)
        )
        async with world.app.uow_factory() as uow:
            [bob, _] = await uow.orders.for_group_buy(1)
        assert (bob.status, bob.refunded_part) == (OrderStatus.PAID, 0)
