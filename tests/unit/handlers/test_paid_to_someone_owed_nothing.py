"""`I paid @Amy` (`已付 @Amy`) from a member who runs no group buy here is his own report to Amy: with no
unpaid order of his with Amy here he is told so and where his orders are, and nothing changes; an
organiser's `paid @dan` stays her confirmation, with its own answers."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NONE_WITH_AMY = "You have no unpaid order with Amy here: nothing was changed. Your orders: /orders"
NONE_WITH_AMY_ZH = "你在本群没有要付给 Amy 的待付款订单，没有任何改动。查看订单：我的订单"


async def bob_owes_amy(chat: Chat) -> None:
    """Amy's mangoes closed: Bob's order #1-1 (¥30), unpaid; Dan joined nothing."""
    for user, text in [("amy", "接龙 芒果 价格 30 成团 1"), ("bob", "+1"), ("amy", "截单")]:
        await chat.say(user, text)


def nothing_reported(factory: FakeUnitOfWorkFactory) -> bool:
    return all(order.reported_paid_at is None for order in factory.state.orders.values())


def in_chat(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to]


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("I paid @Amy", NONE_WITH_AMY),
        ("i've paid @amy thanks", NONE_WITH_AMY),
        ("已付 @Amy", NONE_WITH_AMY_ZH),
    ],
)
async def test_a_member_with_no_order_is_told_he_owes_amy_nothing(
    typed: str, answer: str, uow_factory: FakeUnitOfWorkFactory
) -> None:
    chat = fake_chat(uow_factory)
    await bob_owes_amy(chat)

    said = await chat.say("dan", typed)

    assert in_chat(said) == [answer]
    assert chat.private(said) == {}
    assert nothing_reported(uow_factory)


async def test_a_buyer_whose_order_amy_confirmed_is_told_he_owes_her_nothing(
    uow_factory: FakeUnitOfWorkFactory,
) -> None:
    chat = fake_chat(uow_factory)
    await bob_owes_amy(chat)
    await chat.say("amy", "已收 1-1")

    assert chat.said(await chat.say("bob", "I paid @Amy")) == NONE_WITH_AMY
    assert chat.said(await chat.say("bob", "已付款 @Amy")) == NONE_WITH_AMY_ZH
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_an_order_with_another_organiser_is_not_reported_to_amy(
    uow_factory: FakeUnitOfWorkFactory,
) -> None:
    chat = fake_chat(uow_factory)
    await bob_owes_amy(chat)
    for user, text in [("cat", "接龙 李子 价格 12 成团 1"), ("dan", "+1 #2"), ("cat", "截单 #2")]:
        await chat.say(user, text)

    assert chat.said(await chat.say("dan", "I paid @Amy")) == (  # his own order: bare, or by its number
        "You have no unpaid order with Amy here: nothing was changed. "
        "To report paying your own order, send /ipaid alone, or with its number: /ipaid 2-1"
    )
    assert nothing_reported(uow_factory)

    said = await chat.say("dan", "I paid @Cat")

    assert in_chat(said) == [
        "Thanks, Dan: Cat is asked to confirm your payment for order #2-1; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    ]
    assert list(chat.private(said))[1:] == ["cat"]  # [0]: the buyer, the amount privately (s30)


async def test_a_help_sellers_buyer_reports_to_the_help_seller() -> None:
    factory = FakeUnitOfWorkFactory()
    family = fake_chat(factory)
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", "接龙 芒果 价格 30 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await office.say("dan", "+1")
    await family.say("amy", "截单")

    said = await office.say("dan", "已付 @Bob")

    assert in_chat(said) == [
        "收到，Dan：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    ]
    assert list(office.private(said))[1:] == ["amy"]  # [0]: the buyer, the amount privately (s30)


async def test_the_organisers_confirmation_keeps_its_answers(uow_factory: FakeUnitOfWorkFactory) -> None:
    chat = fake_chat(uow_factory)
    await bob_owes_amy(chat)

    assert chat.said(await chat.say("amy", "paid @dan", mentions=["dan"])) == (
        "That member has no order in this chat: nothing was changed. Example: /paid 12-3"  # never seen here
    )
    assert chat.said(await chat.say("amy", "paid @bob")) == "✅ Bob's order #1-1 is paid."
    assert chat.said(await chat.say("amy", "已付款 @Bob")) == (  # his order named as paid already (s39)
        "Bob 的订单 #1-1 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-1"
    )


async def test_an_organiser_of_an_open_group_buy_still_confirms(uow_factory: FakeUnitOfWorkFactory) -> None:
    chat = fake_chat(uow_factory)
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("dan", "+1")

    assert chat.said(
        await chat.say("amy", "paid @dan")
    ) == (  # Dan is on the list: his order comes at the close
        "Dan has joined #1 (芒果); orders are made at the close, so nothing was changed. "
        "After the close, send: /paid @Dan"
    )


async def test_a_help_seller_confirming_her_buyer_is_told_who_confirms() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    office = Chat(family.app, chat_id="office", title="Office")
    await family.say("amy", "接龙 芒果 价格 30 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await office.say("dan", "+1")
    await family.say("amy", "截单")

    assert office.said(await office.say("bob", "已收 @Dan")) == (
        "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"
    )
    assert office.said(await office.say("bob", "已付款 @Dan")) == (
        "只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"
    )
