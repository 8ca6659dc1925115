"""An order's ledger transaction as one sentence, the ledger page's and the export's alike: what
happened to the order and how much it moved (`订单 #6-1 已退款 ¥45` / "Order #6-1 refunded ¥45"), a
payment made again after one was undone saying which (its key's round, `（第 2 次付款）`)."""

from __future__ import annotations

from commerce.domain.ledger import TransactionKind
from commerce.domain.money import format_money
from handlers.texts import t


def order_sentence(
    lang: str, kind: str, order: str, *, key: str, moved: int, currency: str, picked_up: bool = False
) -> str:
    """`kind`'s sentence of order `order` (`6-1`), its amount `moved` (`console_people.moved`) in
    `currency`; a release of commission says whether the pickup freed it or the hold ended (`picked_up`)."""
    amount = format_money(moved, currency)
    if kind == TransactionKind.ORDER_AVAILABLE.value and not picked_up:
        said = t(lang, "console_ledger_order_available_held", order=order, amount=amount)
    else:
        said = t(lang, f"console_ledger_{kind}", order=order, amount=amount)
    parts = key.split("/")[0].split(":")  # `order:6:available:2/2`: a release again after 撤销已取
    if len(parts) == 4 and parts[3].isdigit() and kind != TransactionKind.ORDER_PART_REFUNDED.value:
        said += t(lang, "console_ledger_round", round=int(parts[3]))
    return said
