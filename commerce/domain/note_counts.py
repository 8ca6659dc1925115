"""How many a join's note asks for, when it says so (`+1 要三份`, `+1 3号楼 两份`, `+1 x3`, `+1 3 total`).

A member types `+1` to say "me too", then how many in words: `加1加1 要三份` is a join of 1 with a note
asking for 3, and the order would be for 1. A note's count is: a count of 份 anywhere (`两份`, `3份`), a
count word alone (`3个`, `3瓶`, `x3`), a count after 要 / 共 / 一共 / 总共 in 份 / 个 / 打 / 斤 / 瓶 …
or the group buy's own unit (`要三份`, `共3份`, `要两打`, `要5斤`, `要3瓶`), or in English `2 more`,
`3 total`, `3 in total`, `total 3`, a number of things (`3 jars`, `3pcs`, `two bottles`).
A number inside a word is no count (`3号楼`, `302室`, `下午3点取`), nor a weight alone (`+1 5斤`: an
option's or the title's, read elsewhere), nor a count glued to more words (`2份装`).
"""

from __future__ import annotations

import re
import unicodedata

from commerce.domain.units import CHINESE_DIGITS

_DIGIT = "零〇一二两俩三四五六七八九"
_NUMBER = rf"(?:\d{{1,2}}|[{_DIGIT}]|十[{_DIGIT}]?|[{_DIGIT}]十[{_DIGIT}]?)"
# what may follow a count: the end, a space, punctuation, a courtesy's first character
_AFTER = r"(?=$|[\s,，.。!！~～、;；?？)）]|[吧啊哦呀哈谢哟])"
_BEFORE = r"(?<![0-9A-Za-z\u3400-\u9fff])"  # a word of its own (not `302份`, `每份`)
_SAID = r"(?:我?(?:要|共要|一共要|总共要|还要|再要)|共|一共|总共|合计|总共是|一共是)"
_ALONE = "个盒箱袋件只瓶罐包条支杯串桶"  # a count in one of these alone is a count (`3瓶`; `3瓶装` is none)
_COUNT_WORDS = ("份", "打", "斤", *_ALONE)
# English words for things counted, after a number (`3 jars`, `3pcs`, `two bottles`): never a weight or a
# size (`5kg`, `2 large`: an option's, read elsewhere), nor a word that is also a verb or a place
_NOUNS = (
    r"(?:pcs|pc|pieces?|bottles?|jars?|box(?:es)?|packs?|packets?|bags?|tubs?|tins?|trays?|cartons?"
    r"|loaves|loaf|portions?|servings?|sets?|pairs?|units?|cups?|sticks?)"
)
# an English count in words, the whole note or a word of its own before `please` (`gate 3 three
# please`: 3, rep75 #10; `gate three` stays a note); `one` is left out (`one for my mum`: no count)
_ENGLISH = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_COURTESY = r"(?:please|pls|plz|thanks|thank\s+you)"


def _patterns(unit: str) -> tuple[re.Pattern[str], ...]:
    units = "|".join(re.escape(word) for word in {*_COUNT_WORDS, *([unit] if unit else [])})
    return (
        re.compile(rf"{_SAID}\s*(?P<n>{_NUMBER})\s*(?:{units}){_AFTER}"),  # `要三份`, `共3份`, `要5斤`
        re.compile(rf"(?:共|一共|总共)\s*(?P<n>{_NUMBER}){_AFTER}"),  # `共3`
        re.compile(rf"{_BEFORE}(?P<n>{_NUMBER})\s*份{_AFTER}"),  # `两份`, `3号楼 3份`
        re.compile(rf"(?:^|(?<=\s))(?P<n>{_NUMBER})\s*[{_ALONE}](?=$|\s)"),  # `3个`, `3瓶` alone
        re.compile(  # `3 jars`, `3pcs`, `two bottles`: a count of things, as `3个` is
            rf"(?:^|(?<=\s))(?:(?P<n>\d{{1,2}})|(?P<w>{'|'.join(_ENGLISH)}))\s*{_NOUNS}(?:\s+(?:in\s+)?total|\s+more)?(?![a-z])",
            re.IGNORECASE,
        ),
        re.compile(r"(?:^|(?<=\s))[x×*]\s*(?P<n>\d{1,2})(?=$|\s)", re.IGNORECASE),  # `x3`
        re.compile(
            r"(?:^|(?<=\s))(?:(?P<n>\d{1,2})\s+(?:more|total|in\s+total)|total(?:\s+of)?\s+(?P<m>\d{1,2}))"
            r"(?![a-z])",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:^|(?<=\s))(?P<w>{'|'.join(_ENGLISH)})(?=\s+{_COURTESY}\b)|^(?P<x>{'|'.join(_ENGLISH)})[!.]*$",
            re.IGNORECASE,
        ),
    )


def count_in_note(note: str, unit: str = "") -> tuple[int, str] | None:
    """(how many, the words as typed) when `note` asks for a count of the group buy (`要三份`: 3,
    `要三份`); `unit` is the one it is sold in ("" by the 份). None when it asks for none."""
    said = unicodedata.normalize("NFKC", note)
    for pattern in _patterns(unit):
        found = pattern.search(said)
        if found is None:
            continue
        said_as = found.groupdict()
        words = _ENGLISH.get((said_as.get("w") or said_as.get("x") or "").casefold(), 0)
        n = words or _number(said_as.get("n") or said_as.get("m") or "")
        if n:
            return n, found.group().strip()
    return None


def without_count(note: str, said: str) -> str:
    """`note` without the count it asked for (`3号楼 3份` asking 3 on a join of 3: `3号楼`)."""
    kept = unicodedata.normalize("NFKC", note)
    if said.isascii() and said.isalpha():  # `three please`: the courtesy after a count in words goes too
        kept = re.sub(rf"(?:^|(?<=\s)){re.escape(said)}\s+{_COURTESY}\b", " ", kept, count=1, flags=re.I)
    kept = kept.replace(said, " ", 1)
    return " ".join(kept.split()).strip(" ,，.。!！~～、;；:：-")


def _number(said: str) -> int:
    """A count of one or two digits or a Chinese numeral up to 99 (`三`, `十二`, `二十`); 0 when none."""
    if said.isdigit():
        return int(said)
    if not said:
        return 0
    if "十" not in said:
        return CHINESE_DIGITS.get(said, 0) if len(said) == 1 else 0
    tens, _, ones = said.partition("十")
    return (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (CHINESE_DIGITS.get(ones, 0) if ones else 0)
