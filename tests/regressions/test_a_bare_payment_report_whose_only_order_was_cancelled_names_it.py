"""s28 (owed): Lin's bare `我已付款` / `I paid` when her only order here, #1-1, had been cancelled unpaid
was answered "你在本群没有待付款的订单…查看订单：我的订单", which does not help her: she had paid. The answer
now says that order #1-1 was cancelled unpaid, and to tell the organiser (named), who can bring it back
(`恢复订单 1-1`, `/restore 1-1`), in one message; nothing changes and Amy is not asked. So is one that
lapsed past its pay-by time (the organiser restores that too)."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 鸡蛋 价格 40", "截单", "取消订单 1-1", "我已付款"),
    "en": ("/groupbuy Eggs price 40", "/close", "/cancel 1-1", "I paid"),
}
SAID = {
    "zh": (
        "你的订单 #1-1 没有付款，已经取消了，没有任何改动。"
        "如果你已经付过款，请告诉团长 Amy，团长发 恢复订单 1-1 就能把它恢复。"
    ),
    "en": (
        "Your order #1-1 was cancelled unpaid: nothing was changed. If you have paid already, tell the "
        "organiser, Amy, who can bring it back with /restore 1-1."
    ),
}


async def _cancelled(language: str, *, cancel: bool = True) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    opened, close, cancelled, _ = WORDS[language]
    await chat.say("amy", f"/lang {language}")
    await chat.say("amy", opened)
    await chat.say("lin", "+2")
    await chat.say("amy", close)
    if cancel:
        await chat.say("amy", cancelled)
    return factory, chat


def _lin(factory: FakeUnitOfWorkFactory) -> OrderStatus:
    return next(o.status for o in factory.state.orders.values() if o.buyer_id == "lin")


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_bare_report_whose_only_order_was_cancelled_names_it_and_who_can_restore_it(
    language: str,
) -> None:
    factory, chat = await _cancelled(language)

    replies = await chat.say("lin", WORDS[language][3])

    assert chat.said(replies) == SAID[language]
    assert chat.private(replies) == {}  # Amy is not asked to confirm a cancelled order
    assert _lin(factory) is OrderStatus.CANCELLED


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_bare_report_in_private_whose_only_order_was_cancelled_names_it(language: str) -> None:
    factory, chat = await _cancelled(language)

    replies = await chat.say("lin", WORDS[language][3], private=True)

    assert chat.said(replies) == SAID[language]
    assert _lin(factory) is OrderStatus.CANCELLED


async def test_a_bare_report_whose_only_order_lapsed_names_it_and_who_can_restore_it() -> None:
    factory, chat = await _cancelled("zh", cancel=False)
    lapsed = next(o for o in factory.state.orders.values() if o.buyer_id == "lin")
    lapsed.cancel(actor="system", now=lapsed.created_at, reason="not paid in time")  # as lapse_unpaid does

    said = chat.said(await chat.say("lin", "我已付款"))

    assert said == SAID["zh"]
