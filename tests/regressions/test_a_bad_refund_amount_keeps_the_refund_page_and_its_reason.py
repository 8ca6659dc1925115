"""Review 42: on the console's refund page for #2-3, an Amount of `abc`, -5, 0, 100 or 10.123 with a
reason typed redirected to /orders with a flash: the page and the reason were gone, and `abc` was not
named as not a number. The refund page is now shown again (422) with the error by the Amount field, the
amount and the reason kept, nothing refunded and nobody told."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, field_errors, post_form

NOT_A_NUMBER = {
    "zh": "“abc”不是数字：请填要退的金额，例如 20 或 20.50（这单还可退 ¥20），不填就整单退。没有任何改动。",
    "en": "“abc” is not a number: fill in the amount to refund, such as 20 or 20.50 (¥20 is left to refund "
    "on this order), or leave it blank to refund it all. Nothing changed.",
}
OUT_OF_RANGE = {
    "zh": "订单 #{order} 还可退 ¥20：退款金额要大于 0、不超过 ¥20，最多两位小数。没有任何改动。",
    "en": "Order #{order} has ¥20 left to refund: the amount must be above 0 and at most ¥20, with at most 2 "
    "decimals. Nothing was changed.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_bad_amount_shows_the_refund_page_again_with_the_reason(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"
        since = len(await world.outbox_rows())
        for typed in ("abc", "-5", "0", "100", "10.123"):
            form = {"order": order, "confirm": "yes", "amount": typed, "reason": "压坏了一串"}
            response = await post_form(client, "/orders/refund", form)
            page = html.unescape(response.text)
            assert response.status_code == 422, (typed, response.headers)
            said = NOT_A_NUMBER[lang] if typed == "abc" else OUT_OF_RANGE[lang].format(order=order)
            assert field_errors(response.text).get("amount") == said, (typed, page)
            assert f'name="amount" value="{typed}"' in page and 'value="压坏了一串"' in page
        async with world.app.uow_factory() as uow:
            [held] = await uow.orders.for_group_buy(gid)
        assert (held.status, held.refunded_part) == (OrderStatus.PAID, 0)
        assert len(await world.outbox_rows()) == since and await world.audit_rows() == []
