"""已取货 / 已取 @某人 (核销): the organiser marks a paid order as collected at the pickup point."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def _paid_order(chat: Chat) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收款 1")


async def test_the_organiser_marks_it_picked_up_and_the_buyer_is_told(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await _paid_order(chat)

    done = await chat.say("amy", "已取 @Cat", mentions=["cat"])

    in_group = [(reply.text, reply.mention) for reply in done if reply.text and not reply.private_to]
    assert in_group == [("📦 Cat 的订单 #1-1 已提货。", ("cat",))]
    assert chat.private(done) == {"cat": "Amy 已确认你的订单 #1-1（海南贵妃芒）已提货，祝你吃得开心！"}
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    assert "已提货" in chat.private(await chat.say("cat", "我的订单"))["cat"]


async def test_english_by_order_number(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await _paid_order(chat)

    done = await chat.say("amy", "/pickedup 1", language="en")  # her app: English

    assert chat.said(done) == "📦 Cat 的订单 #1-1 已提货。"  # what the group reads: its language (rep71 #3)
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED


@pytest.mark.parametrize(
    ("who", "text", "expected"),
    [
        (
            "cat",
            "已取货 1",
            "只有团长（Amy）可以标记已取货，没有任何改动。团长设置的帮手请用买家的取货码核销：核销 4827",
        ),
        ("amy", "/pickedup", "Write it like: /pickedup 1-1 (the order number) or /pickedup @name"),
        ("amy", "已取货 9", None),
    ],
)
async def test_a_confirmation_that_cannot_be_made_changes_nothing(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, who: str, text: str, expected: str | None
) -> None:
    await _paid_order(chat)

    english = "en" if text.startswith("/") else None  # the slash forms: her app speaks English
    said = chat.said(await chat.say(who, text, language=english))

    if expected is not None:
        assert said == expected
    else:
        assert "#9" in said
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_an_unpaid_order_is_confirmed_paid_first(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("amy", "已取货 1"))

    assert said == "订单 #1-1 还没付款，没有任何改动：请先发“已收款 1-1”确认收款，再发“已取货 1-1”。"
    assert uow_factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_twice_is_refused_the_second_time(chat: Chat) -> None:
    await _paid_order(chat)
    await chat.say("amy", "已取货 1")

    assert chat.said(await chat.say("amy", "已取货 1")) == "订单 #1-1 已经提过货了，没有任何改动。"
    assert chat.said(await chat.say("amy", "已取 @Cat", mentions=["cat"])) == (
        "Cat 的订单 #1-1 已经提过货了：已于 11月23日 周一 12:00 由 Amy 核销提货，没有任何改动。"
    )


@pytest.mark.parametrize("chatter", ["已取消了吗", "已取快递"])
def test_talk_that_starts_like_it_is_chatter(chatter: str) -> None:
    assert parse_text(chatter, vocabulary=VOCABULARY) is None
