"""Review 57 #1: `退款 1-1 5 usd` refunded ¥5 of a ¥ order (the buyer read "原因：usd"), `/refund 2-3 $5
damaged` ¥5, and the buyer, organiser and sharer were told, the sharer's commission clawed back. An amount
naming another currency than the order's (`$5`, `5 usd`, `EUR 10`, `5 美元`) is now refused in one message
naming the order's currency: nothing refunded, nobody else told, the ledger untouched (a buyer's request:
not passed on). The order's own (`¥5`, `5元`, `5 cny`) still refunds ¥5, the currency never the reason."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.handlers.shared_durian import shared_durian

REFUSED = {
    "zh": "“{typed}”不是 ¥：订单 #1-1 按 ¥（CNY）计，没有退款，没有任何改动。"
    "请按 ¥ 写金额，最多 ¥88，例如 退款 1-1 ¥44；只发“退款 1-1”就退还剩下的全部。",
    "en": "“{typed}” is not in ¥: order #1-1 is in ¥ (CNY), so nothing was refunded and nothing changed. "
    "Write the amount in ¥, at most ¥88, e.g. /refund 1-1 ¥44, or send /refund 1-1 alone to refund all "
    "that is left.",
}
OTHER = {
    "zh": [
        ("退款 1-1 5 usd", "5 usd"),
        ("退款 1-1 $5 坏了", "$5"),
        ("退款 1-1 EUR 10", "EUR 10"),
        ("退款 1-1 5 美元", "5 美元"),
    ],
    "en": [
        ("/refund 1-1 $5 damaged", "$5"),
        ("/refund 1-1 5 usd", "5 usd"),
        ("/refund 1-1 20 USD one was bad", "20 USD"),
        ("/refund 1-1 €5", "€5"),
    ],
}
OWN = {
    "zh": ["退款 1-1 ¥5 坏了", "退款 1-1 5元 坏了", "退款 1-1 5 cny 坏了"],
    "en": ["/refund 1-1 ¥5 bruised", "/refund 1-1 5 cny bruised", "/refund 1-1 5 yuan bruised"],
}
# Bob joined the Durian opened by `/groupbuy`: he reads English
TOLD_BUYER = "Amy is giving you back ¥5 (#1-1 Durian, reason: {reason}): paid ¥88, refunded ¥5."
REASON = {"zh": "坏了", "en": "bruised"}

# typed in the group, the group reads no amount and she reads it privately (rep58 #2)
HERE = {"zh": "{name}，退款的事已私信发给你。", "en": "{name}, I've answered you about the refund privately."}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_refund_in_another_currency_is_refused_naming_the_orders(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,))
    ledger = list(factory.state.ledger)

    for text, typed in OTHER[language]:
        replies = await chat.say("amy", text)

        assert chat.said(replies) == HERE[language].format(name="Amy"), text  # no amount in the group
        # nobody else told: not the buyer, nor the sharer
        assert chat.private(replies) == {"amy": REFUSED[language].format(typed=typed)}, text
    order = factory.state.orders[1]
    assert (order.status, order.refunded_part, order.paid_amount) == (OrderStatus.FULFILLED, 0, 8800)
    assert factory.state.ledger == ledger


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_refund_in_the_orders_currency_is_read_as_typed(language: str) -> None:
    for text in OWN[language]:
        chat, factory = await shared_durian(language, sharer="cat", collected=(1,))

        replies = await chat.say("amy", text)

        told = TOLD_BUYER.format(reason=REASON[language])  # the reason as typed, never `cny`
        assert chat.private(replies)["bob"] == told, text
        order = factory.state.orders[1]
        assert (order.status, order.refunded_part) == (OrderStatus.FULFILLED, 500), text


ASK_REFUSED = {
    "zh": (
        "退款 1-1 5 usd 坏了",
        "“5 usd”不是 ¥：订单 #1-1 按 ¥（CNY）计。请按 ¥ 写要退的金额，最多 ¥88，例如 退款 1-1 ¥44。"
        "没有转给团长，没有任何改动。",
    ),
    "en": (
        "/refund 1-1 $5 bruised",
        "“$5” is not in ¥: order #1-1 is in ¥ (CNY). Ask for the amount in ¥, at most ¥88, "
        "e.g. /refund 1-1 ¥44. Nothing was passed on to the organiser.",
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_buyers_refund_request_in_another_currency_is_not_passed_on(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,))
    typed, refused = ASK_REFUSED[language]

    replies = await chat.say("bob", typed)

    assert chat.said(replies) == HERE[language].format(name="Bob")  # no amount in the group
    assert chat.private(replies) == {"bob": refused}  # never passed on to Amy as ¥5
    assert factory.state.orders[1].refunded_part == 0
