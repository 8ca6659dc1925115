"""What a refund's words ask for: the whole order, or part of its money.

A refund (`退款 12-3`) is of the whole order and cannot be undone, so a reason that asks for part
of the money back (`退款 1-2 坏了两个 退一半`, `/refund 4-2 half, one durian was bad`,
`退款 1-7 三个里坏了一个`) or an amount after the number (`退款 1-2 78`, `退款 1-2 ¥78`) is refused
(handlers.payments), never taken as the whole; a plain reason (`退款 1-2 尺码不对`) is passed on
to the buyer as before.
"""

from __future__ import annotations

import re

from handlers.parsing.numbers import CHINESE_NUMERAL, ORDER

_MONEY_SIGN = r"[¥￥$]"
_YUAN = r"(?:元|块钱?|rmb|yuan|dollars?)"
# `退款 1-2 78`, `退款 1-2 ¥78`, `/refund 4-2 55.5`: an amount after the order number
_AMOUNT = rf"{_MONEY_SIGN}?\s*\d+(?:\.\d+)?\s*{_YUAN}?"
AMOUNT_AFTER = re.compile(
    rf"^(?:no\.?|#)?\s*(?P<id>{ORDER})[\s,，:：;；]+(?P<amount>{_AMOUNT})$", re.IGNORECASE
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
        )
    ),
    re.IGNORECASE,
)
_STOPS = ",，。;；!！、\n"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def part_asked(reason: str) -> str:
    """The words of `reason` that ask for part of the money, as typed: in English the phrase between
    commas or stops that holds them (`half`, `a partial refund`), in Chinese the word between spaces
    (`坏了两个 退一半`: `退一半`; `三个里坏了一个`); "" for a plain reason (`尺码不对`)."""
    if _AMOUNT_ALONE.fullmatch(reason.strip()):  # `退款 1-2 78`: the amount typed after the number
        return reason.strip()
    found = _PART.search(reason)
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
