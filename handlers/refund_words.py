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
from commerce.domain.group_buy import GroupBuy, ProductOption
from commerce.domain.money import exponent, format_money
from commerce.domain.options import named_by_size, resembles_an_option
from commerce.domain.order import Order, OrderLine, OrderStatus
from handlers.parsing.numbers import CHINESE_NUMERAL, chinese_numeral
from handlers.parsing.option_words import looks_like_option
from handlers.parsing.refunds import part_asked

_WORDS = re.compile(r"[\s,，、;；:：]+")
# a reason labelled as one: `退款 5-1 原因 坏了`, `/refund 5-1 reason: damaged` (never read as an option)
_LABELS = frozenset({"原因", "理由", "因为", "备注", "reason", "because", "note"})
# English words that name a size, as options are named: `/refund 5-1 medium` on large / small
_SIZES = frozenset(
    {"xs", "s", "m", "l", "xl", "xxl", "mini", "small", "medium", "mid", "regular", "large", "big", "jumbo"}
)
# words that name a size or a pack only when alone (`/refund 5-1 box`): a reason starts with them too,
# `double charged`, `box was crushed`, `whole batch was bad` (s35 #2)
_PACKS = frozenset({"family", "single", "double", "half", "whole", "box", "pack", "bag", "tray"})
_MEASURE = re.compile(r"^\d+(?:\.\d+)?\s*(?:斤|公斤|千克|克|两|毫升|升|kg|g|ml|l|oz|lbs?)$", re.IGNORECASE)
_COUNTS = re.compile(r"[一二两三四五六七八九十几半个\d]")
# a count of the option's units right after it (s35 #1): `大盒 一份`, `大盒 2份`, `large 1`, `large x2`,
# `large 2 boxes`; the words after it stay the reason (`大盒 一份 坏了`)
_UNITS_AFTER = re.compile(
    rf"^[x×*]?\s*(?P<count>\d{{1,4}}|{CHINESE_NUMERAL})\s*"
    r"(?:[个份件盒箱只袋瓶包罐颗串支条杯桶听提枚粒]|(?:units?|pcs?|pieces?|boxe?s?|packs?|bags?)\b)?"
    r"(?:[\s,，、;；:：]+(?P<rest>\S.*))?$",
    re.IGNORECASE | re.DOTALL,
)


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


def _option_of(group_buy: GroupBuy, word: str) -> ProductOption | None:
    """The option `word` names: by its name, else a size said in English as a join reads it (`large`
    beside 大盒 / 小盒: 大盒, rep78 #4); None when none."""
    found = group_buy.option_named(word)
    if found is not None:
        return found
    sized = named_by_size([option.name for option in group_buy.terms.options], word)
    return group_buy.option_named(sized) if sized else None


def _units_typed(rest: str) -> tuple[int, str] | None:
    """(the count, the words after it) when the words after an option start with a count of its
    units (`一份`, `2份 坏了`, `1`); None when they do not."""
    found = _UNITS_AFTER.match(rest.strip())
    if found is None:
        return None
    typed = found["count"]
    count = int(typed) if typed.isdigit() else chinese_numeral(typed)
    if not count:
        return None
    return count, (found["rest"] or "").strip()


def _units_total(lines: list[OrderLine], count: int) -> int:
    """What the first `count` units of `lines` come to (each at its own line's price)."""
    total, left = 0, count
    for line in lines:
        taken = min(left, line.quantity)
        total, left = total + taken * line.unit_price, left - taken
    return total


def _units_left(lines: list[OrderLine], units: int, money_left: int) -> int:
    """Of an option's `units`, how many a part-refunded order can still refund: those whose money is
    still in it (`money_left`, what was paid less what part refunds gave back). Which units a part
    refund took is not kept, so this is what the money allows (exact when the order holds this option
    alone: large ×2 at ¥15, ¥15 refunded: 1 left)."""
    count = units
    while count and _units_total(lines, count) > money_left:
        count -= 1
    return count


def option_refunded(order: Order, group_buy: GroupBuy, reason: str) -> tuple[str, int] | None:
    """(the option, the units of it refunded) a refund's words name first, as `option_named` reads
    them: what a part refund of it gave back, for its notices (`#5-1 粽子 大盒 ×1`, rep75 #7), the
    count typed after it when one was (`大盒 一份`, s35 #1)."""
    parts = _WORDS.split(reason.strip(), maxsplit=1) if reason.strip() else [""]
    word = parts[0]
    option = _option_of(group_buy, word) if word and group_buy.terms.options else None
    if option is None:
        return None
    held = sum(line.quantity for line in _option_lines(order, group_buy, option.name))
    typed = _units_typed(parts[1]) if len(parts) > 1 else None
    return option.name, min(typed[0], held) if typed is not None else held


def option_named(order: Order, group_buy: GroupBuy, reason: str) -> tuple[str, str] | None:
    """(the amount of the option named first in `reason`, as a refund's amount is typed; the words
    after it, its reason) when `reason` starts with an option `order` holds among others; ("", the
    rest) when it holds that option only (a whole refund); None when no option of it is named."""
    if not group_buy.terms.options or not reason.strip():
        return None
    parts = _WORDS.split(reason.strip(), maxsplit=1)
    word, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    option = _option_of(group_buy, word)
    if option is None:
        if _misnamed(order, group_buy, word, reason):  # `退款 5-1 中盒` of 大盒 / 小盒 (rep75 #1)
            raise DomainError(
                "refund_option_none",
                order=order.number,
                option=word,
                options=" / ".join(o.name for o in group_buy.terms.options),
            )
        return None
    lines = _option_lines(order, group_buy, option.name)
    held = sum(line.total for line in lines)
    if held == 0:  # an option this order does not hold: asked, nothing changed
        raise DomainError(
            "refund_option_not_held",
            order=order.number,
            option=option.name,
            total=format_money(order.total, order.currency),
        )
    typed = _units_typed(rest)
    if typed is not None:  # `退款 1-2 大盒 一份`: that many of its units, never all of them (s35 #1)
        count, rest = typed
        units = sum(line.quantity for line in lines)
        if count > units:
            raise DomainError(
                "refund_option_units_over",
                order=order.number,
                option=option.name,
                held=units,
                asked=count,
            )
        refunded = order.refunded_part
        left = _units_left(lines, units, order.paid_in_full - refunded) if refunded else units
        gave_back = format_money(refunded, order.currency)
        if count > left and not left:  # part refunded before (rep78 #3): none of it left
            raise DomainError(
                "refund_option_none_left",
                order=order.number,
                option=option.name,
                asked=count,
                refunded=gave_back,
            )
        if count > left:  # what is left of it, never the whole order
            raise DomainError(
                "refund_option_units_left",
                order=order.number,
                option=option.name,
                left=left,
                asked=count,
                refunded=gave_back,
            )
        held = _units_total(lines, count)
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
        alone = not reason.strip()[len(word) :].strip()
        return (
            key in _SIZES
            or (alone and key in _PACKS)
            or any(SequenceMatcher(None, key, name).ratio() >= 0.75 for name in names)
        )
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
