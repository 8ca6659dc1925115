"""Review 58 #1: on a USD group buy `/edit #1 price 15 yuan` set the price to $15, and `/refund 1-2 5 yuan`
(and a console refund of `2 yuan`) was read as $5: the word `yuan` (and `块`) named no currency, while
`¥15`, `5 rmb`, `5元` were refused. They name the yuan now: refused on a $ order or group buy, nothing
changed; on a ¥ one they are its own."""

from __future__ import annotations

import pytest

from commerce.domain.money import names_another_currency
from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["5 yuan", "5 Yuan", "5块", "5 块钱", "5 renminbi", "5元", "5 rmb"])
def test_a_yuan_word_names_another_currency_than_dollars_and_the_shops_own(typed: str) -> None:
    assert names_another_currency(typed, "USD")
    assert not names_another_currency(typed, "CNY")


async def test_on_a_dollar_group_buy_yuan_is_refused_in_a_refund_and_a_price_edit() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("lisa", "/groupbuy Lychees price 12 currency USD target 1")
    await chat.say("jon", "+2")
    await chat.say("lisa", "/close")
    await chat.say("lisa", "/paid 1-1")

    replies = await chat.say("lisa", "/refund 1-1 5 yuan")
    said = [reply.text for reply in replies if reply.text]  # the amounts' refusal: in the group or hers
    refusal = "“5 yuan” is not in $: order #1-1 is in $ (USD), so nothing was refunded"
    assert any(text.startswith(refusal) for text in said), said
    assert "jon" not in chat.private(replies)
    order = factory.state.orders[1]
    assert (order.status, order.refunded_part) == (OrderStatus.PAID, 0)

    await chat.say("lisa", "/groupbuy Kaya price 8 currency USD")
    edited = chat.said(await chat.say("lisa", "/edit #2 price 15 yuan"))
    assert "15 yuan" in edited and "$15" not in edited, edited
    assert factory.state.group_buys[2].terms.unit_price == 800
