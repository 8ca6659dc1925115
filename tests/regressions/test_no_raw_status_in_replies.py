"""A refusal that names a status showed the raw enum value: "订单 #1-1 现在不能付款（状态：refunded）".
The status is now said in the reader's words, through the catalogs, on the real ChatApp."""

from __future__ import annotations

from typing import cast

import pytest

from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.texts import status_text
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

STATUSES = (*OrderStatus, *GroupBuyStatus)
ZH = "接龙 海南贵妃芒 价格 88 成团 1"
EN = "/groupbuy Mangoes price 88 target 1"


def raw_statuses(text: str, lang: str) -> list[str]:
    """Raw status values in `text` outside the catalog's words for statuses (`refunded` is English)."""
    for words in sorted({status_text(lang, status) for status in STATUSES}, key=len, reverse=True):
        text = text.replace(words, "")
    return sorted({status.value for status in STATUSES if status.value in text})


@pytest.fixture
def chat() -> Chat:
    factory = cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
    return Chat(ChatApp(uow_factory=factory, clock=FakeClock(), config=AppConfig()))


async def _paid_order(chat: Chat, opening: str) -> None:
    await chat.say("amy", opening)
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1")


@pytest.mark.parametrize(
    ("lang", "opening", "refund", "pay", "expected"),
    [
        ("zh", ZH, "退款 1", "已收款 1", "订单 #1-1 已退款，不能再标记为已收款，没有任何改动。"),
        (
            "en",
            EN,
            "/refund 1",
            "/paid 1",
            "Order #1-1 was refunded, so it cannot be marked paid: nothing was changed.",
        ),
    ],
)
async def test_paying_a_refunded_order_says_refunded_in_words(
    chat: Chat, lang: str, opening: str, refund: str, pay: str, expected: str
) -> None:
    await _paid_order(chat, opening)
    await chat.say("amy", refund)

    said = chat.said(await chat.say("amy", pay))

    assert said == expected
    assert raw_statuses(said, lang) == []


@pytest.mark.parametrize(
    ("lang", "opening", "pick_up", "pay", "expected"),
    [
        ("zh", ZH, "已取货 1", "已收款 1", "订单 #1-1 已经付过款，也已提货，没有任何改动。"),
        (
            "en",
            EN,
            "/pickedup 1",
            "/paid 1",
            "Order #1-1 is already paid and picked up: nothing was changed.",
        ),
    ],
)
async def test_paying_a_picked_up_order_never_says_fulfilled(
    chat: Chat, lang: str, opening: str, pick_up: str, pay: str, expected: str
) -> None:
    await _paid_order(chat, opening)
    await chat.say("amy", pick_up)

    said = chat.said(await chat.say("amy", pay))

    assert said == expected
    assert raw_statuses(said, lang) == []


def test_the_leak_check_would_see_a_raw_status() -> None:
    assert raw_statuses("订单 #1-1 现在不能付款（状态：refunded），没有任何改动。", "zh") == ["refunded"]
    assert raw_statuses("Order #1-1 cannot be paid now (it is fulfilled)", "en") == ["fulfilled"]
    assert raw_statuses("Order #1-1 is pending_payment", "en") == ["pending_payment"]
