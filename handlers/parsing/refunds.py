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
"""

from __future__ import annotations

import re

from handlers.parsing.numbers import CHINESE_NUMERAL, ORDER, chinese_numeral

_MONEY_SIGN = r"[¥￥$]"
# a currency said before the number, the order's or another's (`$5`, `EUR 10`, `US$5`, `usd5`): part of
# the amount, refused by commerce.services.payments when it is not the order's, never left in the reason
_CURRENCY_BEFORE = r"(?:[¥￥$€£]|(?:us|hk|nt|sg?)\$|(?:usd|eur|gbp|sgd|hkd|twd|cny|rmb|jpy)(?![a-z]))"
# after it (`5 usd`, `5 美元`, `78元`): so `退款 1-1 5 usd` is never ¥5 with the reason "usd"
_YUAN = (
    r"(?:元|块钱?|rmb|yuan|dollars?|euros?|(?:usd|eur|gbp|sgd|hkd|twd|cny|jpy)(?![a-z])"
    r"|美元|美金|美刀|欧元|英镑|港币|港元|新台币|台币|新加坡元|新币|日元)"
)
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
    r"dozen|item|kg|jin|pc|pcs|tin|can|carton|tray|punnet)s?\b|[a-z]+s\b(?<![aiu]s)(?<!ss))",
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
