"""收款方式: the organiser says how buyers pay offline; every order message repeats it."""

from __future__ import annotations

import pytest

from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

OPEN_ZH = "接龙 海南贵妃芒 价格 88 成团 2"


async def test_the_organiser_sets_it_and_each_order_says_how_to_pay(chat: Chat) -> None:
    await chat.say("amy", OPEN_ZH)

    answer = await chat.say("amy", "收款方式 微信转账给 Amy")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    closed = await chat.say("amy", "截单")

    assert chat.said(answer) == "好的，海南贵妃芒（#1）的付款方式：微信转账给 Amy。每位买家的订单里都会写上。"
    orders = chat.private(closed)
    assert orders.pop("amy").startswith("已截单：")  # the organiser's summary
    assert set(orders) == {"bob", "cat"}
    assert all(text.endswith("\n付款方式：微信转账给 Amy") for text in orders.values()), orders


async def test_it_can_come_with_the_group_buy(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1 pickup Gate 3 payment cash at pickup")
    await chat.say("bob", "+1")

    closed = await chat.say("amy", "/close")

    assert uow_factory.state.group_buys[1].terms.payment_note == "cash at pickup"
    assert chat.private(closed)["bob"].endswith("\nHow to pay: cash at pickup\nPickup: Gate 3")


async def test_english_names_one_by_number(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88")

    answer = await chat.say("amy", "/payment #1   PayPal to amy@example.com ")

    assert chat.said(answer) == (
        "How to pay for Mangoes (#1): PayPal to amy@example.com. Every buyer's order will say so."
    )
    assert uow_factory.state.group_buys[1].terms.payment_note == "PayPal to amy@example.com"


@pytest.mark.parametrize(
    ("who", "text", "expected"),
    [
        ("bob", "收款方式 转给我", "只有团长（Amy）可以这样做，没有任何改动。"),
        (
            "amy",
            "/payment",
            "请写上怎么付款。例如：收款方式 微信转账给 Amy，或自提时付现金",
        ),
        ("amy", "收款方式 " + "转" * 201, "付款方式写得太长了：最多 200 个字。"),
    ],
)
async def test_a_note_that_cannot_be_set_changes_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, who: str, text: str, expected: str
) -> None:
    await chat.say("amy", OPEN_ZH)

    assert chat.said(await chat.say(who, text)) == expected
    assert uow_factory.state.group_buys[1].terms.payment_note == ""


@pytest.mark.parametrize("question", ["付款方式？", "收款方式是什么?", "付款方式呢"])
def test_asking_how_to_pay_is_chatter(question: str) -> None:
    assert parse_text(question, vocabulary=VOCABULARY) is None


async def test_the_note_takes_the_rest_of_the_message(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await chat.say("amy", "接龙 草莓 价格 30 付款方式 自提时付现金，限购前请先转账")

    terms = uow_factory.state.group_buys[1].terms
    note = "自提时付现金，限购前请先转账"  # as typed: the full-width comma stays
    assert (terms.payment_note, terms.pickup, terms.per_person_limit) == (note, "", None)
