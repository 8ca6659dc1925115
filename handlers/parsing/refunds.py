"""What a refund's words ask for: the whole order, an amount of it (部分退款), or part of it in words.

`退款 1-2 ¥78 坏了一盒`, `退款 1-2 78`, `退款 1-2 78元`, `/refund 4-2 30 one durian was bad`: an amount
right after the order number refunds that much (`amount_typed`; commerce.services.payments checks it
against what is left), the rest is the reason. A reason that asks for part of the money in words only
(`退款 1-2 坏了两个 退一半`, `/refund 4-2 half, one durian was bad`, `退款 1-7 三个里坏了一个`), a share of it
(`坏了三分之一`, `1/3`, `a third`), one thing only (`只退运费`, `only refund the shipping`), an amount inside
the reason (`refund 22`, `坏了 退30`, `broken, 22`) or a count of the goods less than the order holds
(`坏了一盒` of 2 boxes, `one jar was cracked` of 2) refunds nothing, and is answered with the amount form
to send (handlers.payments); a plain reason (`退款 1-2 尺码不对`, `wrong size`, `坏了两个` of 2) is passed on
to the buyer with the whole refund.

What they name beyond the order (rep74 #1): one of its options, or a count of its units.
`/refund 1-1 3 units`, `退款 1-1 1份 坏了` (rep82 #1): that many of its units (`units_refund`), more than
are left refused with both ways to refund, the count never the reason.

`退款 1-2 大盒` of an order holding 大盒 ×1 ¥68 and 小盒 ×2 ¥76: a part refund of that option's lines
(¥68), the rest of the words its reason (`退款 1-2 大盒 坏了`); of an order holding only 大盒: the whole
order, "大盒" never its reason. `/refund 3-3 1` of an order of 3 units at ¥45: 1 could be one unit or ¥1,
so it is asked, nothing changed, with both commands to send (`refund_units_or_money`); `¥1`, `1元` is ¥1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from difflib import SequenceMatcher

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, ProductOption
from commerce.domain.money import CURRENCY_AFTER, CURRENCY_BEFORE, exponent, format_money
from commerce.domain.options import named_by_size, resembles_an_option
from commerce.domain.order import Order, OrderLine, OrderStatus
from commerce.domain.units import same_unit
from handlers.parsing.numbers import CHINESE_NUMERAL, ORDER, chinese_numeral
from handlers.parsing.option_words import looks_like_option

_MONEY_SIGN = r"[¥￥$]"
# a currency said before the number, the order's or another's (`$5`, `EUR 10`, `US$5`, `usd5`): part of
# the amount, refused by commerce.services.payments when it is not the order's, never left in the reason
_CURRENCY_BEFORE = rf"(?:[¥￥$]|(?:cny|rmb)(?![a-z])|{CURRENCY_BEFORE})"
# after it (`5 usd`, `5 美元`, `78元`, `5 ringgit`): so `退款 1-1 5 usd` is never ¥5 with the reason "usd"
_YUAN = rf"(?:元|块钱?|人民币|rmb|yuan|dollars?|cny(?![a-z])|{CURRENCY_AFTER})"
# `退款 1-2 78`, `退款 1-2 ¥78`, `/refund 4-2 55.5`, `退款 1-2 -5` (refused, naming what is left): an amount
# after the order number, a reason after it or not
_AMOUNT = rf"[-−－]?\s*{_CURRENCY_BEFORE}?\s*[-−－]?\d+(?:\.\d+)?\s*{_YUAN}?"
_GAP = r"[\s,，:：;；]+"
AMOUNT_AFTER = re.compile(
    rf"^(?:no\.?|#)?\s*(?P<id>{ORDER}){_GAP}(?P<amount>{_AMOUNT})(?:{_GAP}(?P<reason>\S.*))?$",
    re.IGNORECASE | re.DOTALL,
)
_AMOUNT_FIRST = re.compile(rf"^(?P<amount>{_AMOUNT})(?:{_GAP}(?P<reason>\S.*))?$", re.IGNORECASE | re.DOTALL)
# after a bare number, a word counting goods (`/refund 1-2 2 boxes were bad`, `退款 1-2 2 盒坏了`): a count
# in the reason, never an amount
_COUNTED = re.compile(
    r"^(?:[个份件盒箱斤只袋瓶包打罐颗串支条杯桶听提枚粒根棵双套]|(?:box|boxe|jar|piece|bag|bottle|pack|"
    r"dozen|item|kg|jin|pc|pcs|tin|can|carton|tray|punnet|unit|portion)s?\b|[a-z]+s\b(?<![aiu]s)(?<!ss))",
    re.IGNORECASE,
)
_AMOUNT_ALONE = re.compile(_AMOUNT, re.IGNORECASE)
_PART = re.compile(
    "|".join(
        (
            r"一半|半价|半款|退\s*半",  # `退一半`, `退半`
            r"部分",  # `退部分`, `部分退款`
            rf"{_MONEY_SIGN}\s*\d",  # `退¥78`
            r"\d+(?:\.\d+)?\s*(?:元|块钱?)",  # `退78元`, `退 30 块`
            rf"退\s*(?:\d+|{CHINESE_NUMERAL})\s*(?:元|块)",  # `退三十元`
            # `三个里坏了一个`, `5斤中有2斤烂了`: some of what was bought
            rf"(?:\d+|{CHINESE_NUMERAL})\s*[个份件盒箱斤只袋瓶包打]\s*(?:里|中|当中|之中)",
            r"\bhalf\b|\bpartial(?:ly)?\b|\bpart of\b|\bin part\b",  # `half`, `partial`, `part of it`
            r"\b(?:\d+|one|two|three|four|five|some)\s+(?:out\s+)?of\s+(?:the|my|them|\d+)\b",
            # a share of it: `三分之一`, `百分之30`, `1/3`, `30%`, `a third`, `two thirds`, `a quarter`
            rf"(?:{CHINESE_NUMERAL}|\d+)\s*分之",
            r"(?<![\d/.])[1-9]\s*/\s*(?:[2-9]|10)(?![\d/.])",  # `1/3` (a share, never a date like 12/5)
            r"\d+(?:\.\d+)?\s*%",
            r"\b(?:a|one|two)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b(?!\s+times?\b)",
            # one thing only: `只退运费`, `仅退差价`, `退差价`, `only refund the shipping`
            r"[只仅]\s*(?:要|需要|想)?\s*退|退\s*(?:运费|邮费|差价)",
            r"\bonly\s+(?:refund|the\s+(?:shipping|postage|delivery|difference))\b",
            r"\bthe\s+(?:price\s+)?difference\b",  # `refund the difference`: a share, never the whole
            r"\brefund\s+only\b|\bjust\s+(?:refund\s+)?the\s+(?:shipping|postage|delivery|difference)\b",
            # an amount asked for in the reason: `refund 22`, `退30`, `退 ¥30`
            rf"\brefund(?:ing)?\s+{_MONEY_SIGN}?\s*\d|退\s*{_MONEY_SIGN}?\s*\d",
        )
    ),
    re.IGNORECASE,
)
# a bare amount on its own in the reason: `broken, 22`, `坏了 30` (never a size or a room: `size 42`)
_BARE = re.compile(r"(?<![\w.:/#-])\d+(?:\.\d+)?(?![\w.:/%-])(?!\s*[\w%])")
_NOT_MONEY_BEFORE = re.compile(
    r"(?:size|room|rm|unit|flat|apt|block|building|no\.?|number|尺码|码|号|楼|栋|室|房间?)\s*$", re.IGNORECASE
)
# a count of the goods (`一盒`, `两个`, `2斤`; `一个都没收到` is none, `一个月` a time, `一个角` a part)
_ZH_COUNT = re.compile(
    rf"(?<![\d零〇一二两俩三四五六七八九十百千])(?P<n>\d+|{CHINESE_NUMERAL})\s*"
    r"(?:个(?!月|人|角|口|洞|小时|星期|礼拜|地方|问题|原因|多|半)|份|件|盒|箱|公斤|千克|斤|只|袋|瓶|包|打|罐|颗|串|支|条|杯|桶|听|提|枚|粒|根|棵|双|套|kg)"
    r"(?!\s*[都也])",
    re.IGNORECASE,
)
_EN_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_NUMBERS = {word: number for number, word in enumerate(_EN_WORDS, start=1)}
# `one jar`, `2 boxes`, `two lychees` (a word after the number that counts no time, size or star)
_EN_COUNT = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?!(?:days?|weeks?|hours?|minutes?|mins?|"
    r"months?|years?|times?|sizes?|stars?|more|less|extra|too|at|in|on|of|by|for|to|from|with|after|before|ago|"
    r"late|early|and|or|was|were|is|are|pm|am|o'clock)\b)"
    r"[a-z]+\b",
    re.IGNORECASE,
)
# `one was missing`, `two were rotten`: a count of the goods said with what went wrong, no noun
_EN_COUNT_WENT_WRONG = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:of\s+them\s+)?(?:was|were|is|are|came|arrived)"
    r"\s+(?:missing|broken|bad|rotten|cracked|damaged|spoil(?:ed|t)|crushed|moldy|mouldy|leaking|off|smashed)\b",
    re.IGNORECASE,
)
_STOPS = ",，。;；!！、\n"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def amount_typed(note: str) -> tuple[str, str] | None:
    """(the amount as typed, the reason after it) when `note` starts with an amount (`¥78 坏了一盒`,
    `78`, `30 one durian was bad`), else None (`尺码不对`, `2 boxes were bad`: a count, not money)."""
    found = _AMOUNT_FIRST.match(note.strip())
    if found is None:
        return None
    amount, reason = found.group("amount").strip(), (found.group("reason") or "").strip()
    bare = re.fullmatch(r"[-−－]?\s*\d+(?:\.\d+)?", amount) is not None
    if bare and _COUNTED.match(reason):
        return None
    return amount, reason


def _bare_amount(reason: str) -> re.Match[str] | None:
    """A number standing alone in `reason`, an amount (`broken, 22`), not a size or room (`room 302`)."""
    for found in _BARE.finditer(reason):
        if not _NOT_MONEY_BEFORE.search(reason[: found.start()]):
            return found
    return None


def _fewer(reason: str, quantity: int) -> re.Match[str] | None:
    """The first count of the goods in `reason` less than the order's `quantity` (`坏了一盒` of 2)."""
    for pattern in (_ZH_COUNT, _EN_COUNT, _EN_COUNT_WENT_WRONG):
        for found in pattern.finditer(reason):
            typed = found.group("n").lower()
            if typed.isdigit():
                count: int | None = int(typed)
            else:
                count = _EN_NUMBERS.get(typed) or chinese_numeral(typed)
            if count is not None and 0 < count < quantity:
                return found
    return None


def part_asked(reason: str, quantity: int | None = None) -> str:
    """The words of `reason` that ask for part of the money, as typed: in English the phrase between
    commas or stops that holds them (`half`, `a partial refund`), in Chinese the word between spaces
    (`坏了两个 退一半`: `退一半`; `三个里坏了一个`); "" for a plain reason (`尺码不对`). `quantity`: what
    the order holds, when known: a count of fewer (`坏了一盒` of 2 boxes) asks for part too."""
    if _AMOUNT_ALONE.fullmatch(reason.strip()):  # `退款 1-2 78`: the amount typed after the number
        return reason.strip()
    found = _PART.search(reason) or _bare_amount(reason)
    found = found or (_fewer(reason, quantity) if quantity is not None else None)
    if found is None:
        return ""
    chinese = _CJK.search(found.group()) is not None

    def apart(char: str) -> bool:
        return char in _STOPS or (chinese and char.isspace())

    start, end = found.start(), found.end()
    while start > 0 and not apart(reason[start - 1]):
        start -= 1
    while end < len(reason) and not apart(reason[end]):
        end += 1
    return reason[start:end].strip()


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
# `large 2 boxes`; the words after it stay the reason (`大盒 一份 坏了`), after a Chinese unit word at once
# too (`大盒 1个坏了`, `大盒 两份压坏了`: s36 #1), never `一个都没收到` (none) or `1个月` (a time)
_UNITS_AFTER = re.compile(
    rf"^[x×*]?\s*(?P<count>\d{{1,4}}|{CHINESE_NUMERAL})\s*"
    r"(?:[个份件盒箱只袋瓶包罐颗串支条杯桶听提枚粒](?!\s*(?:[都也月多半]|小时|星期|礼拜))"
    r"[\s,，、;；:：]*(?P<said>\S.*)?"
    r"|(?:(?:units?|pcs?|pieces?|boxe?s?|packs?|bags?)\b)?(?:[\s,，、;；:：]+(?P<rest>\S.*))?)$",
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


def options_held(order: Order, group_buy: GroupBuy) -> list[str]:
    """The options of `group_buy` that `order` holds lines of, in the options' order (the console's
    refund form offers them: s37); [] without options."""
    return [option.name for option in group_buy.terms.options if _option_lines(order, group_buy, option.name)]


def _option_of(group_buy: GroupBuy, word: str) -> ProductOption | None:
    """The option `word` names: by its name, else a size said in English as a join reads it (`large`
    beside 大盒 / 小盒: 大盒, rep78 #4); None when none."""
    found = group_buy.option_named(word)
    if found is not None:
        return found
    sized = named_by_size([option.name for option in group_buy.terms.options], word)
    return group_buy.option_named(sized) if sized else None


def option_sold(group_buy: GroupBuy, word: str) -> bool:
    """Whether `word` names an option `group_buy` sells, as a refund's words name one (the console's
    refund form checks its Option field with it: a hand-made form naming another is refused, s39)."""
    return _option_of(group_buy, word) is not None


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
    return count, (found["said"] or found["rest"] or "").strip()


def _units_total(lines: list[OrderLine], count: int) -> int:
    """What the first `count` units of `lines` come to (each at its own line's price)."""
    total, left = 0, count
    for line in lines:
        taken = min(left, line.quantity)
        total, left = total + taken * line.unit_price, left - taken
    return total


def _units_left(lines: list[OrderLine], units: int, money_left: int) -> int:
    """Of an option's `units`, how many a part-refunded order can still refund: those whose money is
    still in it (`money_left`, what was paid less what part refunds gave back): what the money allows
    (exact when the order holds this option alone: large ×2 at ¥15, ¥15 refunded: 1 left); the units
    kept as refunded (`Order.refunded_units`, since 0060) are taken off by the caller too."""
    count = units
    while count and _units_total(lines, count) > money_left:
        count -= 1
    return count


@dataclass(frozen=True)
class OptionRefund:
    """What `退款 1-2 大盒 一份 坏了` names: the option (`大盒`) and the units of it refunded (1: the count
    typed, else all it holds), its amount as a refund's amount is typed (`68`; "" for the whole order,
    when it holds that option only) and the words after them, the reason (`坏了`)."""

    option: str
    units: int
    amount: str
    reason: str


def option_refund(order: Order, group_buy: GroupBuy, reason: str) -> OptionRefund | None:
    """What a refund's words name when they start with an option of `order`'s group buy (rep74 #1): a
    part refund of that option's lines, or of the count of its units typed after it (`大盒 一份`,
    `大盒 1个坏了`, `large 1 one was crushed`: s35 #1, s36 #1); the whole order when it holds that
    option only. None when no option is named; a word read as one it lacks, an option it does not
    hold or more units than are left is refused, nothing changed."""
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
    if held == 0:  # an option this order does not hold: what it holds and what is left (rep81 #10)
        paid = order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
        raise DomainError(
            "refund_option_not_held",
            order=order.number,
            option=option.name,
            holds=" / ".join(
                o.name for o in group_buy.terms.options if _option_lines(order, group_buy, o.name)
            ),
            left=format_money(order.paid_amount if paid else order.total, order.currency),
        )
    units = sum(line.quantity for line in lines)
    typed = _units_typed(rest)
    if typed is not None:  # `退款 1-2 大盒 一份`: that many of its units, never all of them (s35 #1)
        count, rest = typed
        if _check_units_left(order, option.name, lines, units, count):  # all it still holds: the rest
            return OptionRefund(option.name, count, "", rest)
        units, held = count, _units_total(lines, count)
    amount = "" if held >= order.total else _plain(held, order.currency)
    return OptionRefund(option.name, units, amount, rest)


def _check_units_left(order: Order, option: str, lines: list[OrderLine], units: int, count: int) -> bool:
    """Refuse `count` units of `option` (`units` of it held) when more than are left to refund: those
    whose money a part refund has not given back (which units it took is not stored). True: `count` is
    every unit the order still holds, part of its money refunded by amount (`退款 1-3 ¥10`, then `退款 1-3
    大盒 2份` of its 2): all that is left is refunded, the order's whole refund (rep91 #5)."""
    refunded = order.refunded_part
    kept = units - order.refunded_units.get(option, 0)  # those kept as refunded (rep80 #3)
    left = min(_units_left(lines, units, order.paid_in_full - refunded) if refunded else units, kept)
    if count <= left:
        return False
    if refunded and left and count == kept == order.quantity - sum(order.refunded_units.values()):
        return True
    gave_back = format_money(refunded, order.currency)
    if not option:  # the product's units, no option (rep82 #1): `/refund 1-1 3 units` of 2
        _units_over(order, left, count, gave_back, format_money(_units_total(lines, left), order.currency))
        return False  # unreachable: `_units_over` refuses
    if not left:  # part refunded before (rep78 #3): none of it left, what is left said with both ways
        money_left = format_money(order.paid_amount, order.currency)
        if units > order.refunded_units.get(option, 0):  # held, the money left short of one (rep85 #9)
            raise DomainError(
                "refund_option_money_left",
                order=order.number,
                option=option,
                asked=count,
                refunded=gave_back,
                left=money_left,
                unit=format_money(_units_total(lines, 1), order.currency),
            )
        raise DomainError(
            "refund_option_none_left",
            order=order.number,
            option=option,
            asked=count,
            refunded=gave_back,
            left=money_left,
        )
    # what is left and both ways to refund it: by its units, or an amount (s36 #2)
    amount = format_money(_units_total(lines, left), order.currency)
    if not refunded:
        raise DomainError(
            "refund_option_units_over",
            order=order.number,
            option=option,
            left=left,
            asked=count,
            amount=amount,
        )
    whole = format_money(order.paid_amount, order.currency)
    if whole == amount:  # what is left of it is all that is left
        raise DomainError(
            "refund_option_units_left",
            order=order.number,
            option=option,
            left=left,
            asked=count,
            refunded=gave_back,
            amount=amount,
        )
    raise DomainError(  # what is left of it, and all that is left (`退款 1-3`, rep91 #5)
        "refund_option_units_left_all",
        order=order.number,
        option=option,
        left=left,
        asked=count,
        refunded=gave_back,
        amount=amount,
        whole=whole,
    )


# a count of the order's units said first (s37, rep82 #1): `3 units`, `5 jars`, `1 unit`, `3份`, `两份 坏了`,
# `2 boxes were crushed`; the words after it stay the reason (`one jar was cracked`, a count in words in a
# sentence, stays a reason asking for part: handlers.payments answers it with the amount form). A weight
# (`2斤`, `1 kg`) only on a group buy sold by it (`same_unit`)
_COUNT_FIRST = re.compile(
    rf"^(?P<count>\d{{1,4}}|{CHINESE_NUMERAL})\s*"
    r"(?:(?P<zh>[个份件盒箱只袋瓶包罐颗串支条杯桶听提枚粒斤])(?!\s*(?:[都也月多半里中]|当中|之中|小时|星期|礼拜))"
    r"|(?P<en>[a-z]+)\b(?!\s+(?:of|out)\b))[\s,，、;；:：.。]*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_UNIT_WORDS = re.compile(
    r"^(?:units?|pcs?|pieces?|jars?|box(?:es)?|bags?|packs?|packets?|bottles?|items?|tins?|cans?|cartons?|"
    r"trays?|punnets?|portions?|servings?|cups?|bunch(?:es)?)$",
    re.IGNORECASE,
)
# Chinese words counting any group buy's units; another (斤) only the unit it is sold in
_ANY_UNIT_ZH = frozenset("个份件盒箱只袋瓶包罐颗串支条杯桶听提枚粒")


def _count_first(group_buy: GroupBuy, reason: str) -> tuple[int, str] | None:
    """(the count, the reason after it) when `reason` starts with a count of the units (`3 units`,
    `3份`, `两份 坏了`); None when it does not (`2 days late`, `2斤` of one sold by the 份)."""
    found = _COUNT_FIRST.match(reason.strip())
    if found is None:
        return None
    word = found["zh"] or found["en"]
    sold_in = group_buy.terms.unit
    if found["zh"] and word not in _ANY_UNIT_ZH and not (sold_in and same_unit(word, sold_in)):
        return None
    if found["en"] and not _UNIT_WORDS.match(word) and not (sold_in and same_unit(word, sold_in)):
        return None
    typed = found["count"].lower()
    count = int(typed) if typed.isdigit() else chinese_numeral(typed)
    if not count:
        return None
    return count, found["rest"].strip()


def units_refund(order: Order, group_buy: GroupBuy, reason: str) -> OptionRefund | None:
    """What `/refund 1-1 3 units`, `退款 1-1 1份 坏了`, `/refund 3-2 5 jars` name (rep82 #1): that many of the
    order's units, the words after the count its reason, never "3 units" the reason of the whole order.
    All it holds (left to refund): the whole order; fewer: a part refund of their money, the units kept
    with it (option "": the product's; an order holding one option only: that option's); more than are
    left: refused with both ways to refund, nothing changed; on an order holding several options (which
    one is not said) refused, naming them and how to name one (`_which_option`). None when the words
    start with no count."""
    typed = _count_first(group_buy, reason)
    if typed is not None and order.status is OrderStatus.PENDING_PAYMENT:
        _received_by_amount(order, group_buy, typed[0])
    if typed is None or order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
        return None
    count, rest = typed
    held = {option.name for option in group_buy.terms.options if _option_lines(order, group_buy, option.name)}
    if len(held) > 1:  # which option's units is not said: more than it holds refused, else as before
        left = order.quantity - sum(order.refunded_units.values())
        if count > left:
            first = sorted(held)[0]
            raise DomainError(
                "refund_units_over_options",
                order=order.number,
                count=left,
                asked=count,
                option=first,
                example=format_money(_units_total(_option_lines(order, group_buy, first), 1), order.currency),
            )
        _which_option(order, group_buy, count, rest)
    option = held.pop() if held else ""
    lines = _option_lines(order, group_buy, option) if option else list(order.lines)
    units = sum(line.quantity for line in lines)
    if _check_units_left(order, option, lines, units, count):  # all it still holds: the rest (rep91 #5)
        return OptionRefund(option, count, "", rest)
    total = _units_total(lines, count)
    amount = "" if total >= order.paid_amount else _plain(total, order.currency)
    return OptionRefund(option, count, amount, rest)


def _which_option(order: Order, group_buy: GroupBuy, count: int, reason: str) -> None:
    """`退款 2-1 1份 坏了` of an order holding 大盒 and 小盒: which option's units is not said (rep85 #4):
    refused, nothing changed, naming the options it holds and both ways to send it (the option and the
    count, her reason kept; by amount), the example the first option holding that many units."""
    held = [
        (option.name, lines)
        for option in group_buy.terms.options
        if (lines := _option_lines(order, group_buy, option.name))
    ]
    fits = [
        (name, lines)
        for name, lines in held
        if sum(line.quantity for line in lines) - order.refunded_units.get(name, 0) >= count
    ]
    name, lines = (fits or held)[0]
    raise DomainError(
        "refund_units_which_option",
        order=order.number,
        options=" / ".join(each for each, _ in held),
        option=name,
        count=count,
        reason=f" {reason}" if reason else "",
        example=format_money(_units_total(lines, count), order.currency),
    )


def _received_by_amount(order: Order, group_buy: GroupBuy, count: int) -> None:
    """`退款 7-1 2份` of an unpaid order the organiser received part of (只收到 ¥50 of ¥60, rep84 #2):
    what came is given back by amount (the order still holds its units, owing its total), so refused,
    nothing changed, with what those units come to as the amount to send (more than came: all of it);
    nothing received: left to the refund's own refusal (not paid)."""
    received = order.received_amount
    if not 0 < received < order.total:
        return
    held = {option.name for option in group_buy.terms.options if _option_lines(order, group_buy, option.name)}
    lines = _option_lines(order, group_buy, held.pop()) if len(held) == 1 else list(order.lines)
    amount = _units_total(lines, count)  # several options held, which one unsaid: refused as too much
    said = format_money(received, order.currency)
    if len(held) > 1 or amount > received:
        raise DomainError("refund_received_units_over", order=order.number, received=said)
    money = format_money(amount, order.currency)
    raise DomainError("refund_received_units", order=order.number, received=said, amount=money)


def _units_over(order: Order, left: int, asked: int, refunded: str, amount: str) -> None:
    """Refuse `asked` of an order's units (no option) when only `left` are left to refund: by how many
    are left, both ways to refund them; none left, what was refunded."""
    if not left:  # what is left said with both ways to refund it (rep85 #9)
        money_left = format_money(order.paid_amount, order.currency)
        raise DomainError(
            "refund_units_none_left", order=order.number, asked=asked, refunded=refunded, left=money_left
        )
    if not order.refunded_part:
        raise DomainError("refund_units_over", order=order.number, count=left, asked=asked, amount=amount)
    whole = format_money(order.paid_amount, order.currency)
    if whole == amount:
        raise DomainError(
            "refund_units_left", order=order.number, count=left, asked=asked, refunded=refunded, amount=amount
        )
    raise DomainError(  # all that is left too (`退款 1-3`, rep91 #5)
        "refund_units_left_all",
        order=order.number,
        count=left,
        asked=asked,
        refunded=refunded,
        amount=amount,
        whole=whole,
    )


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
