"""What a refund's words name beyond the order (rep74 #1): one of its options, or a count of units.

`退款 1-2 大盒` of an order holding 大盒 ×1 ¥68 and 小盒 ×2 ¥76: a part refund of that option's lines
(¥68), the rest of the words its reason (`退款 1-2 大盒 坏了`); of an order holding only 大盒: the whole
order, "大盒" never its reason. `/refund 3-3 1` of an order of 3 units at ¥45: 1 could be one unit or ¥1,
so it is asked, nothing changed, with both commands to send (`refund_units_or_money`); `¥1`, `1元` is ¥1.
"""

from __future__ import annotations

import re
from decimal import Decimal

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import exponent, format_money
from commerce.domain.order import Order, OrderStatus

_WORDS = re.compile(r"[\s,，、;；:：]+")


def _plain(minor: int, currency: str) -> str:
    """`68`, `12.5`: an amount as the refund's own words carry it (no sign, no thousands separator)."""
    value = Decimal(minor).scaleb(-exponent(currency))
    return format(value.normalize(), "f")


def _option_total(order: Order, group_buy: GroupBuy, option: str) -> int:
    """What `order`'s lines of `option` come to (its own line and friends'), 0 when it holds none."""
    head = f"{group_buy.terms.title} {option}"
    return sum(
        line.total
        for line in order.lines
        if line.description == head or line.description.startswith((f"{head} (", f"{head} — "))
    )


def option_named(order: Order, group_buy: GroupBuy, reason: str) -> tuple[str, str] | None:
    """(the amount of the option named first in `reason`, as a refund's amount is typed; the words
    after it, its reason) when `reason` starts with an option `order` holds among others; ("", the
    rest) when it holds that option only (a whole refund); None when no option of it is named."""
    if not group_buy.terms.options or not reason.strip():
        return None
    parts = _WORDS.split(reason.strip(), maxsplit=1)
    word, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    option = group_buy.option_named(word)
    if option is None:
        return None
    held = _option_total(order, group_buy, option.name)
    if held == 0:  # an option this order does not hold: asked, nothing changed
        raise DomainError(
            "refund_option_not_held",
            order=order.number,
            option=option.name,
            total=format_money(order.total, order.currency),
        )
    if held >= order.total:
        return "", rest
    return _plain(held, order.currency), rest


def units_or_money(order: Order, amount: str) -> None:
    """Raise the question `/refund 3-3 1` gets when the bare number typed could be a count of units:
    an integer no more than the order's units, its money far below what the order comes to."""
    refundable = order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
    if not re.fullmatch(r"\d+", amount.strip()) or not refundable:
        return  # `¥1`, `1元`: money; an order not refundable is refused as before
    count = int(amount)
    if not 0 < count <= order.quantity:
        return
    scale = 10 ** exponent(order.currency)
    if count * scale * 10 > order.total:  # ¥1 of ¥45: far below; ¥30 of ¥60 is money
        return
    prices = {line.unit_price for line in order.lines}
    if len(prices) != 1:
        raise DomainError(
            "refund_units_or_money_options",
            order=order.number,
            count=count,
            money=format_money(count * scale, order.currency),
        )
    raise DomainError(
        "refund_units_or_money",
        order=order.number,
        count=count,
        units=format_money(count * prices.pop(), order.currency),
        money=format_money(count * scale, order.currency),
    )
