"""A 团长's everyday words for what `修改` and `再开一团` do (rep70 #3, #6): `#1 改价 80`, `芒果改价 80`,
`改价 #1 80`, `改价 80`, `price #1 80` (as `修改 #1 价格 80`); `加库存 10`, `鸡蛋加库存 10`, `#2 加库存 10`,
`add stock 10` (the stock raised BY 10: handlers.org_words); `草莓再来一团`, `上周的草莓再来一团`,
`再来一团草莓`, `再开一团 草莓` (the latest group buy of that product here, as `再开一团 #3`).

Read only where nothing else reads the message (`parsing.commands._parsed`): each is a command's word
with a number, so talk (`芒果改价了吗？`) stays talk. A product named is kept in `Command.word`, for the
handler to pick the group buy as other commands' names do.
"""

from __future__ import annotations

import re

# the product named before the words (`芒果改价 80`, `上周的草莓再来一团`): no number, no `#`, no space
# inside, and not the 修 of `修改价格` (read by `修改` itself)
_TITLE = r"(?P<title>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{0,19}?)"
_NUMBER = r"#\s*(?P<{}>\d{{1,9}})"
_PRICE = r"(?P<price>[¥$]?\s*\d{1,7}(?:\.\d{1,2})?)"

PRICE_ZH = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s*|{_TITLE}(?<!修)\s*)?(?:改价格?|调价)(?:为|成|到)?\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?[:：]?\s*{_PRICE}\s*(?:元|块)?$"
)
STOCK_ZH = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s*|{_TITLE}\s*)?(?:加库存|库存加|补库存|增加库存|库存增加)\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?[:：]?\s*\+?\s*(?P<n>\d{{1,6}})\s*(?:份|个|件|箱|盒|斤|袋)?$"
)
PRICE_EN = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s+)?(?:change\s+(?:the\s+)?)?price\s*(?:{_NUMBER.format('id2')}\s*)?"
    rf"(?:to\s+)?{_PRICE}$",
    re.IGNORECASE,
)
STOCK_EN = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s+)?add\s+(?:(?P<n1>\d{{1,6}})\s+(?:more\s+)?(?:to\s+(?:the\s+)?)?stock"
    rf"|stock\s*(?:{_NUMBER.format('id2')}\s*)?\+?\s*(?P<n2>\d{{1,6}}))(?:\s+(?:to|on)\s+{_NUMBER.format('id3')})?$",
    re.IGNORECASE,
)
# `草莓再来一团`, `上周的草莓再来一团`, `再来一团草莓`, `草莓再开一团`, `再开一团 草莓`: its next round
_WHEN_BEFORE = r"(?:上周|上次|上回|上个月|之前|以前|前几天|昨天|前天)(?:的|那个)?"
COPY_NAMED = re.compile(
    rf"^(?:{_WHEN_BEFORE})?(?:(?P<before>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{{0,19}}?)\s*(?:再来|再开|再团)一团"
    r"|(?:再来|再开)一团\s*(?P<after>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{0,19}))[!！。~～]*$"
)


def number_in(found: re.Match[str], *names: str) -> int | None:
    """The group buy's number typed in any of the groups `names` (None: none)."""
    for name in names:
        value = found.groupdict().get(name)
        if value:
            return int(value)
    return None


def copy_named(text: str) -> str | None:
    """The product named with 再来一团 / 再开一团 (`上周的草莓再来一团`: 草莓), None when it is no such."""
    found = COPY_NAMED.match(text)
    if found is None:
        return None
    word = (found.group("before") or found.group("after") or "").removeprefix("的")
    word = re.sub(rf"^{_WHEN_BEFORE}", "", word)
    return word or None
