"""`I paid @Amy` from a buyer is the buyer's own report addressed to Amy (the organiser), not the
organiser's confirmation of Amy's order; the organiser's `paid @dan` stays her confirmation of Dan's."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def dan_owes(chat: Chat) -> None:
    """Amy's mangoes closed: Bob's order #1-1, Dan's #1-2 (¥88 each), both unpaid."""
    for user, text in [
        ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
        ("bob", "+1"),
        ("dan", "+1"),
        ("amy", "截单"),
    ]:
        await chat.say(user, text)


def in_chat(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to]


@pytest.mark.parametrize("typed", ["i've paid @amy thanks", "I've paid @Amy", "I paid @Amy"])
async def test_a_buyers_english_paid_at_the_organiser_is_his_report(
    typed: str, uow_factory: FakeUnitOfWorkFactory
) -> None:
    chat = fake_chat(uow_factory)
    await dan_owes(chat)

    said = await chat.say("dan", typed)

    assert in_chat(said) == [
        "Thanks, Dan: Amy is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    ]
    assert list(chat.private(said))[1:] == ["amy"]  # [0]: the buyer, the amount privately (s30)
    assert uow_factory.state.orders[2].reported_paid_at is not None
    assert uow_factory.state.orders[2].status.value != "paid"


@pytest.mark.parametrize("typed", ["我付了 @Amy", "已付 @Amy", "已付款 @Amy 谢谢"])
async def test_a_buyers_chinese_paid_at_the_organiser_is_his_report(
    typed: str, uow_factory: FakeUnitOfWorkFactory
) -> None:
    chat = fake_chat(uow_factory)
    await dan_owes(chat)

    said = await chat.say("dan", typed)

    assert in_chat(said) == [
        "收到，Dan：已请 Amy 确认你订单 #1-2 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    ]
    assert list(chat.private(said))[1:] == ["amy"]  # [0]: the buyer, the amount privately (s30)
    assert uow_factory.state.orders[2].reported_paid_at is not None


async def test_the_organisers_paid_at_a_buyer_still_confirms_his_order(
    uow_factory: FakeUnitOfWorkFactory,
) -> None:
    chat = fake_chat(uow_factory)
    await dan_owes(chat)

    said = await chat.say("amy", "paid @dan")

    assert in_chat(said) == ["✅ Dan's order #1-2 is paid."]
    assert uow_factory.state.orders[2].status.value == "paid"
