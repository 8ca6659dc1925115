"""Review 57 #1: the console's refund form of a ¥ order took an Amount of `$20` as ¥20 ("已退 ¥20"), `20 usd`
and `EUR 10` too, and the buyer, organiser and sharer were told. An Amount naming another currency than the
order's is now refused by the Amount field (422, the amount and reason kept) naming the order's currency:
nothing refunded, nobody told, nothing audited. `¥5`, `6元`, `7 cny` still refund that much in ¥."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, field_errors, post_form

REFUSED = {
    "zh": "“{typed}”不是 ¥：订单 #{order} 按 ¥（CNY）计，没有退款，没有任何改动。"
    "请按 ¥ 填金额，最多 ¥20，例如 ¥10；不填就退还剩下的全部。",
    "en": "“{typed}” is not in ¥: order #{order} is in ¥ (CNY), so nothing was refunded and nothing changed. "
    "Fill in the amount in ¥, at most ¥20, such as ¥10, or leave it blank to refund all that is left.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_amount_in_another_currency_is_refused_by_its_field(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"
        since = len(await world.outbox_rows())
        for typed in ("$20", "20 usd", "EUR 10", "5 美元"):
            form = {"order": order, "confirm": "yes", "amount": typed, "reason": "压坏了一串"}
            response = await post_form(client, "/orders/refund", form)
            page = html.unescape(response.text)
            assert response.status_code == 422, (typed, response.headers)
            assert field_errors(response.text).get("amount") == REFUSED[lang].format(typed=typed, order=order)
            assert f'name="amount" value="{typed}"' in page and 'value="压坏了一串"' in page
        async with world.app.uow_factory() as uow:
            [held] = await uow.orders.for_group_buy(gid)
        assert (held.status, held.refunded_part, held.paid_amount) == (OrderStatus.PAID, 0, 2000)
        assert len(await world.outbox_rows()) == since and await world.audit_rows() == []

        for typed in ("¥5", "6元", "7 cny"):  # the order's own currency: refunded as typed
            form = {"order": order, "confirm": "yes", "amount": typed, "reason": "压坏了一串"}
            response = await post_form(client, "/orders/refund", form)
            assert response.status_code == 303, (typed, html.unescape(response.text))
        async with world.app.uow_factory() as uow:
            [held] = await uow.orders.for_group_buy(gid)
        assert (held.status, held.refunded_part) == (OrderStatus.PAID, 1800)
