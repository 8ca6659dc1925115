"""A buyer who backed out after the close kept her unpaid order for good: `/refund 1-2` said it was not
paid, `/remove` that the group buy had closed, `/cancel 1-2` answered with the group buy's usage, and
every `/remind`, `/list` and `/mine` counted it owed. The organiser now drops it with `/cancel 1-2`
(`取消 1-2`, `取消订单 1-2`, `/cancel @Eve`): the group reads no amount, the buyer is told privately,
and nothing counts it owed any more. A paid, cancelled or someone else's order is refused, changing
nothing; the same update twice cancels once."""

from __future__ import annotations

import pytest

from commerce.domain.order import OrderStatus
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {
    "open": "接龙 荔枝 价格 20 成团 2",
    "close": "截单",
    "cancel": "取消 1-2",
    "by_name": "取消订单 @Dan",
    "remind": "催款",
    "mine": "我的团",
    "orders": "我的订单",
    "paid": "已收 1-1",
    "cancel_paid": "取消订单 1-1",
    "several": "取消订单 1-1、1-2",
    "said": "已取消订单 #1-2（Eve）：不再计入待收款，已私信告诉对方。",
    "told": "Amy 取消了你的订单 #1-2（荔枝，¥40）：这笔不用再付了。如果有误，请直接联系 Amy。",
    "said_dan": "已取消订单 #1-3（Dan）：不再计入待收款，已私信告诉对方。",
    "reminded": "💸 催款：荔枝（#1）还有 1 个订单未付款：\n• Bob（订单 #1-1）\n"
    "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。",
    "her_order": "= ¥40 · 已取消",
    "list": "名单 1",
    "listed": "💰 已收 ¥0 · 待收 ¥20",
    "mine_line": "#1 荔枝 · 已成团 · 1 份，1 个订单 · 已收 ¥0，待收 ¥20",
    "again": "订单 #1-2 已经取消了，没有任何改动。",
    "not_hers": "只有团长（Amy）可以取消订单，没有任何改动。不想要了请告诉 Amy。",
    "is_paid": "订单 #1-1 已付款，不能取消，没有任何改动。要把钱退回请发：退款 1-1",
    "one_at_a_time": "一次取消一个订单，没有任何改动。请分开发：取消订单 1-1",
}
EN = {
    "open": "/groupbuy Lychees price 20 target 2",
    "close": "/close",
    "cancel": "/cancel 1-2",
    "by_name": "/cancel @Dan",
    "remind": "/remind",
    "mine": "/mine",
    "orders": "/orders",
    "paid": "/paid 1-1",
    "cancel_paid": "/cancel 1-1",
    "several": "/cancel 1-1 1-2",
    "said": "Cancelled order #1-2 (Eve): it is no longer owed; they were told privately.",
    "told": "Amy cancelled your order #1-2 (Lychees, ¥40): you owe nothing for it. "
    "If that is a mistake, please talk to Amy.",
    "said_dan": "Cancelled order #1-3 (Dan): it is no longer owed; they were told privately.",
    "reminded": "💸 Reminder: Lychees (#1), 1 order still unpaid:\n• Bob (order #1-1)\n"
    "Ask Amy how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1) so they can confirm it.",
    "her_order": "= ¥40 · cancelled",
    "list": "/list 1",
    "listed": "💰 Collected ¥0 · outstanding ¥20",
    "mine_line": "#1 Lychees · reached its target · 1 unit, 1 order · collected ¥0, outstanding ¥20",
    "again": "Order #1-2 is already cancelled: nothing was changed.",
    "not_hers": "Only the organiser (Amy) can cancel an order: nothing was changed. "
    "If you no longer want yours, tell Amy.",
    "is_paid": "Order #1-1 is paid, so it cannot be cancelled: nothing was changed. "
    "To give the money back: /refund 1-1",
    "one_at_a_time": "One order at a time: nothing was changed. Send each on its own: /cancel 1-1",
}


async def _closed(words: dict[str, str]) -> tuple[Chat, FakeUnitOfWorkFactory]:
    """Amy's Lychees, closed: #1-1 Bob's (1), #1-2 Eve's (2), #1-3 Dan's (1), all unpaid."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [("amy", words["open"]), ("bob", "+1"), ("eve", "+2"), ("dan", "+1")]:
        await chat.say(user, text)
    await chat.say("amy", words["close"])
    return chat, factory


def _statuses(factory: FakeUnitOfWorkFactory) -> list[OrderStatus]:
    return [order.status for order in sorted(factory.state.orders.values(), key=lambda o: o.seq or 0)]


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_the_organiser_drops_an_unpaid_order_and_nothing_counts_it_owed(words: dict[str, str]) -> None:
    chat, factory = await _closed(words)

    replies = await chat.say("amy", words["cancel"], update_id="u-cancel")

    assert Chat.said(replies) == words["said"]  # no amount for the group to read
    assert Chat.private(replies) == {"eve": words["told"]}
    assert Chat.said(await chat.say("amy", words["by_name"])) == words["said_dan"]
    assert _statuses(factory) == [OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED, OrderStatus.CANCELLED]
    assert Chat.said(await chat.say("amy", words["remind"])) == words["reminded"]  # neither Eve nor Dan
    assert words["listed"] in Chat.said(await chat.say("amy", words["list"], private=True)).splitlines()
    assert words["mine_line"] in Chat.said(await chat.say("amy", words["mine"], private=True))
    assert "✖" in (await chat.card(1)).splitlines()[-1]  # Dan's line, the last: cancelled
    assert Chat.said(await chat.say("eve", words["orders"], private=True)).endswith(words["her_order"])


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_the_same_update_twice_cancels_once_and_tells_the_buyer_once(words: dict[str, str]) -> None:
    chat, factory = await _closed(words)
    first = await chat.say("amy", words["cancel"], update_id="u-1")

    again = await chat.say("amy", words["cancel"], update_id="u-1")

    assert again == first  # the first answer back, and nothing done again
    eves = next(order for order in factory.state.orders.values() if order.buyer_id == "eve")
    assert [change.to_status for change in eves.history] == [OrderStatus.CANCELLED]  # cancelled once
    typed_again = await chat.say("amy", words["cancel"])  # typed anew: said so, nothing changes
    assert Chat.said(typed_again) == words["again"] and not Chat.private(typed_again)
    assert [e.kind.value for e in factory.state.ledger] == []  # nothing was ever paid or refunded


@pytest.mark.parametrize("words", [ZH, EN], ids=["zh", "en"])
async def test_a_paid_order_someone_elses_or_several_are_refused(words: dict[str, str]) -> None:
    chat, factory = await _closed(words)
    await chat.say("amy", words["paid"])

    assert Chat.said(await chat.say("eve", words["cancel"])) == words["not_hers"]
    assert Chat.said(await chat.say("amy", words["cancel_paid"])) == words["is_paid"]
    assert Chat.said(await chat.say("amy", words["several"])) == words["one_at_a_time"]
    assert _statuses(factory) == [OrderStatus.PAID, OrderStatus.PENDING_PAYMENT, OrderStatus.PENDING_PAYMENT]


@pytest.mark.parametrize(
    ("typed", "name", "group_buy_id", "order"),
    [
        ("/cancel", "cancel", None, None),  # still: call the group buy off
        ("/cancel #12", "cancel", 12, None),
        ("取消", "cancel", None, None),
        ("/cancel 12-3", "cancel_order", None, "12-3"),
        ("取消 12-3", "cancel_order", None, "12-3"),
        ("取消订单 #12-3", "cancel_order", None, "12-3"),
        ("取消订单 3", "cancel_order", None, "3"),
    ],
)
def test_an_orders_number_is_an_orders_cancel_and_a_group_buys_stays_its_own(
    typed: str, name: str, group_buy_id: int | None, order: str | None
) -> None:
    command = parse_text(typed, vocabulary=VOCABULARY)

    assert command is not None
    assert (command.name, command.group_buy_id) == (name, group_buy_id)
    assert (str(command.order) if command.order else None) == order


def test_talk_about_cancelling_stays_talk() -> None:
    assert parse_text("取消订单了吗", vocabulary=VOCABULARY) is None
