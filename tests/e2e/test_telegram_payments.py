"""Telegram Payments through the real `tuan run telegram` process and the fake Bot API server.

A group buy priced in Telegram Stars (or in yuan, with a payment provider configured) succeeds; each
buyer gets their order with a Pay button in private; Pay sends an invoice there (never in the group)
with the exact amount in minor units; pre-checkout says yes to the real payload and no to a forged one;
the successful payment, delivered twice, pays the order once and the card shows "1/2 paid".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram

pytestmark = pytest.mark.e2e

GROUP = -100222
AMY = User(2001, "Amy", language_code="en")
BOB = User(2002, "Bob", language_code="en")
CAT = User(2003, "Cat", language_code="en")


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


@dataclass(frozen=True)
class Case:
    price: str
    currency: str
    amount: int
    provider: str  # TUAN_TELEGRAM_PROVIDER_TOKEN ("" for none)


STARS = Case("50⭐", "XTR", 50, "")
YUAN = Case("12.50", "CNY", 1250, "284685063:TEST:provider-token")


@pytest.fixture(params=[STARS, YUAN], ids=["stars", "cny-with-provider"])
async def case(request: pytest.FixtureRequest) -> Case:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
async def tuan(api: FakeBotAPI, tmp_path: Path, case: Case) -> AsyncIterator[TuanTelegram]:
    env = {"TUAN_TELEGRAM_PROVIDER_TOKEN": case.provider} if case.provider else {}
    running = await TuanTelegram(tmp_path, api, **env).start()
    yield running
    assert await running.stop() == 0, running.output()


def pay_button(api: FakeBotAPI, user: User) -> tuple[int, str]:
    """The message in `user`'s private chat with a Pay button, and that button's data."""
    for message in api.messages[user.id].values():
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if str(button.get("callback_data", "")).startswith("od:pay:"):
                    return message.message_id, button["callback_data"]
    return 0, ""


async def test_invoice_pre_checkout_and_a_payment_delivered_twice_paid_once(
    api: FakeBotAPI, tuan: TuanTelegram, case: Case
) -> None:
    api.started.update({BOB.id, CAT.id})
    api.push(api.message(GROUP, AMY, f"/groupbuy Stickers price {case.price} target 2 ends 2h"))
    await api.wait_for(lambda: api.sent("sendMessage", GROUP))
    api.push(api.message(GROUP, BOB, "+1"))
    api.push(api.message(GROUP, CAT, "+1"))
    await api.wait_for(lambda: any("Cat" in text for text in api.texts(GROUP)))
    api.push(api.message(GROUP, AMY, "/close"))

    message_id, data = await api.wait_for(lambda: pay_button(api, BOB)[1] and pay_button(api, BOB))
    api.push(api.tap(BOB.id, BOB, message_id, data))
    invoices = await api.wait_for(lambda: api.sent("sendInvoice"))
    invoice = invoices[0].params
    assert str(invoice["chat_id"]) == str(BOB.id)
    assert not api.sent("sendInvoice", GROUP)
    assert invoice["currency"] == case.currency
    assert invoice.get("provider_token", "") == case.provider  # Stars: none
    assert [int(price["amount"]) for price in invoice["prices"]] == [case.amount]  # minor units
    payload = str(invoice["payload"])

    api.push(api.pre_checkout(BOB, payload=payload + "x", currency=case.currency, total_amount=case.amount))
    forged = await api.wait_for(lambda: api.sent("answerPreCheckoutQuery"))
    assert forged[0].params["ok"] in ("false", False)
    assert forged[0].params["error_message"]

    api.push(api.pre_checkout(BOB, payload=payload, currency=case.currency, total_amount=case.amount))
    checked = await api.wait_for(
        lambda: len(api.sent("answerPreCheckoutQuery")) == 2 and api.sent("answerPreCheckoutQuery")
    )
    assert checked[1].params["ok"] in ("true", True)

    payment = {
        "payload": payload,
        "currency": case.currency,
        "total_amount": case.amount,
        "charge_id": "ch-1",
    }
    paid = api.push(api.paid(BOB, **payment))  # type: ignore[arg-type]
    api.push(paid)  # the same update again
    api.push(api.paid(BOB, **payment))  # type: ignore[arg-type]  # another update, the same charge
    await api.wait_for(lambda: any("1/2 paid" in text for text in api.texts(GROUP)), within=30)

    card = next(m for m in api.messages[GROUP].values() if "gb:pay:1" in str(m.reply_markup))
    api.push(api.tap(GROUP, CAT, card.message_id, "gb:pay:1"))  # Pay on the group's card
    to_cat = await api.wait_for(lambda: api.sent("sendInvoice", CAT.id))
    assert [int(price["amount"]) for price in to_cat[0].params["prices"]] == [case.amount]
    assert not api.sent("sendInvoice", GROUP)
    assert data == "od:pay:1:en"  # the order's id (texts and commands its number), its message's language
    api.push(api.message(GROUP, AMY, "/refund 1-1"))  # the organiser gives Bob's money back
    await api.wait_for(lambda: any("Order #1-1 of Bob is" in text for text in api.texts(GROUP)))
    refunds = api.sent("refundStarPayment")
    if case.currency == "XTR":  # Stars go back through Telegram; a provider's payment is the organiser's
        assert [(c.params["user_id"], c.params["telegram_payment_charge_id"]) for c in refunds] == [
            (str(BOB.id), "ch-1")
        ]
    else:
        assert refunds == []

    await tuan.stop()  # drains the outbox: everything it was going to send is sent

    receipts = [
        text for text in api.texts(BOB.id) if "#" in text and "paid" in text.lower() and "Stickers" in text
    ]
    assert len(receipts) == 1, api.texts(BOB.id)
