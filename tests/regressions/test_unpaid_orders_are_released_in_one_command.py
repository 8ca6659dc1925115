"""rep37 finding 6: after a flash buy the organiser had no way to release the unpaid orders at once
(`取消未付款的订单` got silence; `取消 2-19 2-15 没付款` one at a time). `取消未付款 #1` now asks first,
saying how many and what it frees (those who reported paying kept; whose, to the organiser privately),
and `取消未付款 #1 确认` cancels each as 取消订单 does: each buyer told privately, one line in the group,
the card edited once; again, nothing is left."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

BUYERS = ("bob", "cat", "dan", "eve", "fay", "gus", "hal")


async def _closed(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> Chat:
    """芒果 #1 closed with seven orders: Bob reported paying, Cat's was confirmed, five owe."""
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    for user in BUYERS:
        await chat.say(user, "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("bob", "/ipaid" if english else "我已付款")
    await chat.say("amy", "/paid 1-2" if english else "已收 1-2")
    return chat


def _statuses(factory: FakeUnitOfWorkFactory) -> dict[str, OrderStatus]:
    return {order.buyer_id: order.status for order in factory.state.orders.values()}


@pytest.mark.parametrize("text", ["取消未付款 #1", "取消所有未付款", "取消未付款的订单", "取消未付款"])
async def test_the_organiser_is_asked_first_naming_whom(text: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)
    replies = await chat.say("amy", text)
    assert chat.said(replies) == (
        "将取消 芒果（#1）的 5 个未付款订单，空出 5 份（报过已付款的 1 个不取消）。"
        "截单才 1 分钟，大家可能还没来得及付款。名单已私信发给你。"
        "现在还没有任何改动，确认就发：取消未付款 #1 确认"
    )
    assert chat.private(replies)["amy"] == (
        "芒果（#1）的 5 个未付款订单（群里只说了数量）：#1-3 Dan、#1-4 Eve、#1-5 Fay、#1-6 Gus、#1-7 Hal"
        "（报过已付款的 1 个不取消：Bob）"
    )
    assert OrderStatus.CANCELLED not in _statuses(factory).values()


async def test_confirmed_each_unpaid_order_is_cancelled_once() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)
    replies = await chat.say("amy", "取消未付款 #1 确认", update_id="u1")
    assert chat.said(replies) == (
        "已取消 芒果（#1）的 5 个未付款订单，空出 5 份（报过已付款的 1 个不取消）。"
        "不再计入待收款，已私信告诉各位买家，名单已私信发给你。"
        "报过已付款的：收到钱就发 已收 1-1，没收到就发 取消订单 1-1 确认。"
    )
    told = chat.private(replies)
    assert sorted(told) == ["amy", "dan", "eve", "fay", "gus", "hal"]
    assert told["dan"] == "Amy 取消了你的订单 #1-3（芒果，¥78）：这笔不用再付了。如果有误，请直接联系 Amy。"
    assert chat.cards(replies) == [(1, False)]  # the card edited once
    statuses = _statuses(factory)
    assert statuses["bob"] is OrderStatus.PENDING_PAYMENT and statuses["cat"] is OrderStatus.PAID
    assert all(statuses[user] is OrderStatus.CANCELLED for user in BUYERS[2:])
    # delivered twice: the first answer again, nothing cancelled twice
    assert await chat.say("amy", "取消未付款 #1 确认", update_id="u1") == replies
    assert _statuses(factory) == statuses
    again = chat.said(await chat.say("amy", "取消未付款 #1 确认"))
    assert again.startswith("芒果（#1）没有要取消的未付款订单了：剩下 1 个订单的买家报过已付款（Bob）")
    assert "未付款取消 5 份" in await chat.card()


async def test_many_are_counted_in_the_group_and_named_to_the_organiser() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78")
    users = [f"p{n}" for n in range(1, 8)]
    for user in users:
        await chat.say(user, "+1")
    await chat.say("amy", "截单")
    replies = await chat.say("amy", "取消未付款")
    assert chat.said(replies).startswith("将取消 芒果（#1）的 7 个未付款订单，空出 7 份。")
    assert chat.private(replies)["amy"] == (
        "芒果（#1）的 7 个未付款订单（群里只说了数量）："
        "#1-1 P1、#1-2 P2、#1-3 P3、#1-4 P4、#1-5 P5、#1-6 P6、#1-7 P7"
    )


async def test_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory, english=True)
    asked = chat.said(await chat.say("amy", "/cancelunpaid 1"))
    assert asked == (
        "This will cancel 5 unpaid orders of Mangoes (#1), freeing 5 units (kept: 1 whose buyer said they "
        "paid). "
        "It closed only 1 minute ago: buyers may not have had time to pay yet. The names were sent to you "
        "privately. Nothing is changed yet; to go ahead, send: /cancelunpaid 1 confirm"
    )
    done = chat.said(await chat.say("amy", "/cancelunpaid 1 confirm"))
    assert done.startswith("Cancelled 5 unpaid orders of Mangoes (#1), freeing 5 units (kept: 1 whose buyer")
    assert chat.said(await chat.say("amy", "/cancelunpaid 1 confirm")).startswith(
        "Mangoes (#1) has no unpaid orders left to cancel"
    )


async def test_only_whoever_may_cancel_an_order() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(factory)
    said = chat.said(await chat.say("dan", "取消未付款 #1 确认"))
    assert said == "只有团长（Amy）可以取消未付款订单，没有任何改动。"
    assert OrderStatus.CANCELLED not in _statuses(factory).values()


async def test_an_open_one_has_no_orders_yet() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    said = chat.said(await chat.say("amy", "取消未付款 #1"))
    assert said.startswith("芒果（#1）还在接龙，还没有订单：截单后才能取消未付款订单。")


async def test_a_question_about_it_is_talk() -> None:
    chat = await _closed(FakeUnitOfWorkFactory())
    assert await chat.say("amy", "取消未付款的人是谁？") == []


async def test_with_two_closed_here_it_asks_which_and_in_private_the_number_is_needed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("bob", "+1 #1")
    await chat.say("amy", "接龙 大葱 价格 7")
    await chat.say("cat", "+1 #2")
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "截单 #2")
    assert chat.said(await chat.say("amy", "取消未付款")) == (
        "你在本群有 2 个团有未付款订单：#1 芒果 · #2 大葱。请说是哪一个：取消未付款 #1"
    )
    assert chat.said(await chat.say("amy", "取消未付款", private=True)) == (
        "请这样写：取消未付款 #团号，例如 取消未付款 #2。会先列出要取消的订单，确认后才取消。"
    )
    replies = await chat.say("amy", "取消未付款 #2 确认", private=True)
    assert (
        chat.said(replies) == "已取消 大葱（#2）的 1 个未付款订单：Cat。不再计入待收款，已私信告诉各位买家。"
    )
    assert sorted(chat.private(replies)) == ["cat"]
