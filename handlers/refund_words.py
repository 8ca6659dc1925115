"""What a refund's words name beyond the order (rep74 #1): one of its options, or a count of units.

`退款 1-2 大盒` of an order holding 大盒 ×1 ¥68 and 小盒 ×2 ¥76: a part refund of that option's lines
(¥68), the rest of the words its reason (`退款 1-2 大盒 坏了`); of an order holding only 大盒: the whole
order, "大盒" never its reason. `/refund 3-3 1` of an order of 3 units at ¥45: 1 could be one unit or ¥1,
so it is asked, nothing changed, with both commands to send (`refund_units_or_money`); `¥1`, `1元` is ¥1.
"""

from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import exponent, format_money
from commerce.domain.options import resembles_an_option
from commerce.domain.order import Order, OrderLine, OrderStatus
from handlers.parsing.option_words import looks_like_option
from handlers.parsing.refunds import part_asked

_WORDS = re.compile(r"[\s,，、;；:：]+")
# a reason labelled as one: `退款 5-1 原因 坏了`, `/refund 5-1 reason: damaged` (never read as an option)
_LABELS = frozenset({"原因", "理由", "因为", "备注", "reason", "because", "note"})
# English words that name a size, as options are named: `/refund 5-1 medium` on large / small
_SIZES = frozenset(
    {
        "xs",
        "s",
        "m",
        "l",
        "xl",
        "xxl",
        "mini",
        "small",
        "medium",
        "mid",
        "regular",
        "large",
        "big",
        "jumbo",
        "family",
        "single",
        "double",
        "half",
        "whole",
        "box",
        "pack",
        "bag",
        "tray",
    }
)
_MEASURE = re.compile(r"^\d+(?:\.\d+)?\s*(?:斤|公斤|千克|克|两|毫升|升|kg|g|ml|l|oz|lbs?)$", re.IGNORECASE)
_COUNTS = re.compile(r"[一二两三四五六七八九十几半个\d]")


def _plain(minor: int, currency: str) -> str:
    """`68`, `12.5`: an amount as the refund's own words carry it (no sign, no thousands separator)."""
    value = Decimal(minor).scaleb(-exponent(currency))
    return format(value.normalize(), "f")


def _option_lines(order: Order, group_buy: GroupBuy, option: str) -> list[OrderLine]:
    """`order`'s lines of `option` (its own line and friends')."""
    head = f"{group_buy.terms.title} {option}"
    return [
        line
        for line in order.lines
        if line.description == head or line.description.startswith((f"{head} (", f"{head} — "))
    ]


def _option_total(order: Order, group_buy: GroupBuy, option: str) -> int:
    """What `order`'s lines of `option` come to, 0 when it holds none."""
    return sum(line.total for line in _option_lines(order, group_buy, option))


def option_refunded(order: Order, group_buy: GroupBuy, reason: str) -> tuple[str, int] | None:
    """(the option, its units in `order`) a refund's words name first, as `option_named` reads them:
    what a part refund of it gave back, for its notices (`#5-1 粽子 大盒 ×1`, rep75 #7)."""
    word = _WORDS.split(reason.strip(), maxsplit=1)[0] if reason.strip() else ""
    option = group_buy.option_named(word) if word and group_buy.terms.options else None
    if option is None:
        return None
    return option.name, sum(line.quantity for line in _option_lines(order, group_buy, option.name))


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
        if _misnamed(order, group_buy, word, reason):  # `退款 5-1 中盒` of 大盒 / 小盒 (rep75 #1)
            raise DomainError(
                "refund_option_none",
                order=order.number,
                option=word,
                options=" / ".join(o.name for o in group_buy.terms.options),
            )
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


def _misnamed(order: Order, group_buy: GroupBuy, word: str, reason: str) -> bool:
    """Whether `word`, the first of a refund's words on a group buy with options, reads as an option
    tried (`中盒` beside 大盒 / 小盒, `medium` beside large / small, `500g`) rather than its reason:
    a labelled reason (`原因 坏了`), part asked in words (`坏了一盒`: asked as before) or a plain word
    (`坏了`, `damaged`) is none."""
    if word.casefold() in _LABELS or part_asked(reason, order.quantity):
        return False
    if _MEASURE.match(word):
        return True
    if word.isascii():
        key = word.casefold()
        names = [o.name.casefold() for o in group_buy.terms.options]
        return key in _SIZES or any(SequenceMatcher(None, key, name).ratio() >= 0.75 for name in names)
    if _COUNTS.search(word):
        return False
    return looks_like_option(word, reason) and resembles_an_option(group_buy, word)


_LABEL = re.compile(r"^(?:原因|理由|备注|reason|note)\s*[:：]?\s*(?=\S)", re.IGNORECASE)


def unlabelled(reason: str) -> str:
    """A refund's reason without the label the organiser put before it (`原因 坏了`: `坏了`)."""
    return _LABEL.sub("", reason.strip(), count=1) if reason else reason


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
