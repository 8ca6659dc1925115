"""Command words -> handlers: English and Chinese words side by side in one table.

English words work after a slash (`/join`); Chinese words work with or without one (`/跟团`, `跟团`).
Forms without a command word (`+1`, `我要两份`, `-1`) are recognised by `parsing.commands` directly.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from handlers import group_buys, listing, orders, payments, settings, sharing
from handlers.context import Context
from handlers.parsing.commands import Vocabulary
from handlers.types import Reply

Handler = Callable[[Context], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class Entry:
    name: str
    handler: Handler
    en: tuple[str, ...]
    zh: tuple[str, ...]


COMMANDS: tuple[Entry, ...] = (
    Entry("open", group_buys.open_group_buy, ("groupbuy", "gb", "open", "new"), ("开团", "接龙", "团购")),
    Entry("join", group_buys.join, ("join",), ("跟团", "参团")),
    Entry("leave", group_buys.leave, ("leave",), ("退出", "退团", "不要了")),
    Entry("status", group_buys.status, ("status", "card"), ("查看进度", "进度")),
    Entry("list", listing.show_list, ("list",), ("名单", "查看名单", "全部名单")),
    Entry("close", group_buys.close, ("close",), ("截单", "截团")),
    Entry("cancel", group_buys.cancel, ("cancel",), ("取消团购", "取消")),
    Entry("orders", orders.my_orders, ("orders", "myorders"), ("我的订单", "订单")),
    Entry("paid", orders.paid, ("paid",), ("已收款", "已收", "已付款")),
    Entry("picked_up", orders.picked_up, ("pickedup", "collected"), ("已取货", "已提货", "已取")),
    Entry("pickup", group_buys.set_pickup, ("pickup",), ("自提点", "自提")),
    Entry("payment_note", group_buys.set_payment_note, ("payment", "howtopay"), ("收款方式", "付款方式")),
    Entry("help", settings.show_help, ("help",), ("帮助",)),
    Entry("lang", settings.set_language, ("lang", "language"), ("语言",)),
    Entry("pay", payments.pay, ("pay",), ("付款", "支付")),
    Entry("refund", payments.refund, ("refund",), ("退款",)),
    Entry("start", sharing.start, ("start",), ()),
)
# Not typed as words: what the parser produces for text it could not take as a command.
SPECIAL: dict[str, Handler] = {
    "unknown": settings.unknown_command,
    "invalid": settings.invalid,
    "hint": settings.help_hint,
    "stale": settings.stale_button,
}

HANDLERS: dict[str, Handler] = {entry.name: entry.handler for entry in COMMANDS} | SPECIAL
VOCABULARY = Vocabulary(
    slash={
        **{word: (entry.name, "en") for entry in COMMANDS for word in entry.en},
        **{word: (entry.name, "zh") for entry in COMMANDS for word in entry.zh},
    },
    bare=sorted(
        ((word, entry.name) for entry in COMMANDS for word in entry.zh),
        key=lambda pair: len(pair[0]),
        reverse=True,
    ),
)
