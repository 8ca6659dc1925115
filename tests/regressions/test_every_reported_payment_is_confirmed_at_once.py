"""rep40 "What a 团长 missed": buyers have `我已付款 全部`, but Amy's `已收 全部` got the form. `已收 全部`
(`/paid all`) now confirms every payment reported (💸) and not confirmed of her group buys here at once,
listing them, each buyer told as for `已收 1-1`; an unpaid order nobody reported is never marked by it,
and with none reported it says so, changing nothing."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(opened: str, close: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opened)
    for buyer in ("cat", "gil", "hal"):
        await chat.say(buyer, "+1")
    await chat.say("amy", close)
    return factory, chat


def _statuses(factory: FakeUnitOfWorkFactory) -> dict[str, OrderStatus]:
    return {o.buyer_id: o.status for o in factory.state.orders.values()}


async def test_every_reported_payment_is_confirmed_at_once_in_chinese() -> None:
    factory, chat = await _closed("接龙 鸡蛋 价格 40 成团 1", "截单")
    assert chat.said(await chat.say("amy", "已收 全部")) == (
        "现在没有人报过已付款（💸）等你确认，没有任何改动。没报的订单请逐个确认，例如：已收 1-1。"
    )
    await chat.say("cat", "我已付款")
    await chat.say("gil", "钱转你了")

    replies = await chat.say("amy", "已收 全部")

    said = chat.said(replies)
    assert said.startswith("已标记为已付款："), said
    assert "#1-1" in said and "#1-2" in said and "#1-3" not in said, said
    assert set(chat.private(replies)) >= {"cat", "gil"}
    assert _statuses(factory) == {
        "cat": OrderStatus.PAID,
        "gil": OrderStatus.PAID,
        "hal": OrderStatus.PENDING_PAYMENT,
    }


async def test_every_reported_payment_is_confirmed_at_once_in_english() -> None:
    factory, chat = await _closed("/groupbuy Eggs price 40 target 1", "/close")
    await chat.say("hal", "I paid")

    replies = await chat.say("amy", "/paid all")

    said = chat.said(replies)
    assert "#1-3" in said and "#1-1" not in said, said
    assert "hal" in chat.private(replies)
    assert _statuses(factory)["hal"] is OrderStatus.PAID
    assert _statuses(factory)["cat"] is OrderStatus.PENDING_PAYMENT
    assert chat.said(await chat.say("amy", "/paid all")).startswith("Nobody has reported paying (💸)")


async def test_a_buyers_paid_all_confirms_nothing() -> None:
    factory, chat = await _closed("接龙 鸡蛋 价格 40 成团 1", "截单")
    await chat.say("cat", "我已付款")

    said = chat.said(await chat.say("gil", "已收 全部"))

    assert "只有团长" in said, said
    assert _statuses(factory)["cat"] is OrderStatus.PENDING_PAYMENT


async def test_paid_all_glued_or_with_thanks_is_the_same_and_a_question_is_talk() -> None:
    for form in ("已收全部", "已收 全部 谢谢", "已收 所有"):
        factory, chat = await _closed("接龙 鸡蛋 价格 40 成团 1", "截单")
        await chat.say("cat", "已转")
        assert await chat.say("amy", "已收全部了吗") == []

        said = chat.said(await chat.say("amy", form))

        assert said == "已标记为已付款：#1-1（Cat）。", form
        assert _statuses(factory)["cat"] is OrderStatus.PAID
