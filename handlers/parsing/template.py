"""A 团长's WeChat 接龙 template pasted as she writes it (rep77 #3): a `#接龙` header, lines with the
product and its price (`本周团购：散养土鸡蛋 30枚/盒 45元`), a tier in words (`满10份每份减2`), the deadline
and the pickup (`明天晚上8点截单，周三下午在3号楼门口自提`), then the list with her own line (`1. 王姐 1盒`).
Or all its terms on the header's line, as the header alone opens (`#接龙 芒果 30元/份 明晚8点截单⏎1. 李姐
1份`).

Buyers paste the same template back with their line added, so reading it is no opening on its own: the
handler (`handlers.pasted_template`) decides from what is open in the chat. This reads its parts into the
`接龙 … 价格 …` form an opening is typed in; a part it cannot read is named (`Template.unread`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.parsing.joins import names_her

_HEAD = re.compile(r"^\s*[#＃]\s*接龙\s*(?P<rest>.*)$")
# `4.`, `4、`, `4️⃣`, and the keycap ten `🔟` (the tenth line, as `10.`)
_NUMBER = r"(?:\d{1,4}\s*(?:[.、．)]|\ufe0f?\u20e3)|\U0001f51f\ufe0f?)"
_NUMBERED = re.compile(rf"^\s*{_NUMBER}\s*\S")
# `45元`, `45元/盒`, `¥45`, `价格：45`: the price (and the unit it is per, which the title already says)
_PRICE = re.compile(
    r"(?:(?:价格|单价|团购价)\s*[:：]?\s*)?(?:[¥￥]\s*(?P<sign>\d+(?:\.\d{1,2})?)|(?P<yuan>\d+(?:\.\d{1,2})?)\s*(?:元|块))"
    r"(?:\s*/\s*[^\s\d，,。；;]{1,2})?"
)
# `价格 30`, `单价：30`: a price said with its word, no `元` or `¥` (on the header's line, as it opens)
_SAID_PRICE = re.compile(r"(?:价格|单价|团购价|价钱)\s*[:：]?\s*(?P<said>\d+(?:\.\d{1,2})?)")
_LABEL = re.compile(r"^[^：:]{1,8}[：:]\s*")  # `本周团购：`
_PARTS = re.compile(r"[，,。；;！!]+")
_TIER = re.compile(r"^(?:满\s*\d+|\d+\s*[份件个盒箱袋]?\s*以上)")
_COUNTED = re.compile(r"^(?:成团|限购|库存)\s*\d+")
_DEADLINE_AFTER = re.compile(r"^(?P<when>.+?)\s*(?:截单|截止|结束)$")
_DEADLINE_BEFORE = re.compile(r"^(?:截单|截止)(?:时间)?\s*[:：]?\s*(?P<when>.+)$")
_PICKUP_AT = re.compile(r"^(?P<when>.*?)\s*在\s*(?P<place>.+?)\s*(?:自提|取货)$")
_PICKUP_AFTER = re.compile(r"^(?:自提|取货)(?:点|地点|时间)?\s*[:：]?\s*(?P<place>.+)$")
_PICKUP_BEFORE = re.compile(r"^(?P<place>.+?)\s*(?:自提|取货)$")


@dataclass(frozen=True)
class Template:
    title: str  # the product line without its price and label: `散养土鸡蛋 30枚/盒`
    price: str  # `45`
    opening: str  # the `接龙 … 价格 …` it says: `接龙 散养土鸡蛋 30枚/盒 价格 45 满10份每份减2 截止 …`
    pickup: str  # its pickup as read (`自提 3号楼门口 周三下午`), "" none; left out of `opening`
    unread: str  # the first part that could not be read, "" none
    only_hers: bool  # the list below it holds her own line only (the organiser's template, not a paste-back)
    named_her: bool = False  # each line below it names her (one line of another name: maybe a forward)


def read_template(raw: str, names: Sequence[str]) -> Template | None:
    """The template `raw` is, with a price on a line between the `#接龙` header and the list; None for
    any other text (a list with no price above it: a paste-back as before)."""
    lines = [" ".join(unicodedata.normalize("NFKC", line).split()) for line in raw.splitlines()]
    lines = [line for line in lines if line]
    head = _HEAD.match(lines[0]) if lines else None
    if head is None:
        return None
    header = head.group("rest")  # `#接龙 芒果 30元/份 明晚8点截单`: the terms on the header's line
    if len(lines) < (2 if header else 3):
        return None
    at = next((i for i, line in enumerate(lines) if _NUMBERED.match(line)), len(lines))
    terms, listed = lines[1:at], lines[at:]
    if not listed or not all(_NUMBERED.match(line) for line in listed):
        return None
    if header:
        return _one_line(header, terms, listed, names)
    if not terms:
        return None
    priced = next((i for i, line in enumerate(terms) if _PRICE.search(line)), None)
    if priced is None:
        return None
    found = _PRICE.search(terms[priced])
    assert found is not None
    price = found.group("sign") or found.group("yuan")
    title = _LABEL.sub("", (terms[priced][: found.start()] + " " + terms[priced][found.end() :]).strip())
    title = " ".join(title.split())
    said, pickup, unread = _terms(terms[:priced] + terms[priced + 1 :])
    if not title:
        unread = unread or terms[priced]
    opening = " ".join(["接龙", title, "价格", price, *said])
    return _template(title, price, opening, pickup, unread, listed, names)


def header_priced(line: str) -> bool:
    """Whether `line` is a `#接龙` header with an opening's terms and their price on it (`#接龙 芒果
    30元/份 明晚8点截单`, `#接龙 芒果 价格 30`): over her first line, the template in one line, never a
    list's title."""
    head = _HEAD.match(" ".join(unicodedata.normalize("NFKC", line).split()))
    header = head.group("rest") if head is not None else ""
    return bool(header) and (_PRICE.search(header) or _SAID_PRICE.search(header)) is not None


def _one_line(header: str, terms: list[str], listed: list[str], names: Sequence[str]) -> Template | None:
    """The template with its terms on the header's line (`#接龙 芒果 30元/份 明晚8点截单⏎1. 李姐 1份`): opened
    as the header alone opens (`接龙 芒果 30元/份 明晚8点截单`), with what lines between say; the title
    before its price (`芒果`, for the group buys open here); None with no price on it."""
    found = _PRICE.search(header) or _SAID_PRICE.search(header)
    if found is None:
        return None
    price = found.group("sign") or found.group("yuan") if found.re is _PRICE else found.group("said")
    before, after = header[: found.start()], header[found.end() :]
    title = " ".join(_LABEL.sub("", before).split()) or " ".join(after.split())
    said, pickup, unread = _terms(terms)
    opening = " ".join(["接龙", header, *said])
    return _template(title, price, opening, pickup, unread, listed, names)


def _terms(lines: Sequence[str]) -> tuple[list[str], str, str]:
    """The terms the lines say as an opening types them, the pickup apart, and the first part unread."""
    said: list[str] = []
    pickup, unread = "", ""
    for line in lines:
        for part in filter(None, (p.strip() for p in _PARTS.split(line))):
            read = _term(part)
            if read is None:
                unread = unread or part
            elif read.startswith("自提 "):
                pickup = pickup or read
            else:
                said.append(read)
    return said, pickup, unread


def _template(
    title: str, price: str, opening: str, pickup: str, unread: str, listed: list[str], names: Sequence[str]
) -> Template:
    entries = [re.sub(rf"^\s*{_NUMBER}\s*", "", line) for line in listed]
    named_her = all(names_her(entry, names) for entry in entries)
    return Template(title, price, opening, pickup, unread, named_her or len(entries) == 1, named_her)


def _term(part: str) -> str | None:
    """A template part as an opening types it (`满10份每份减2` as is, `明天晚上8点截单`: `截止 明天晚上8点`,
    `周三下午在3号楼门口自提`: `自提 3号楼门口 周三下午`); None for a part it cannot read."""
    if _TIER.match(part) or _COUNTED.match(part):
        return part
    if "自提" in part or "取货" in part:
        at = _PICKUP_AT.match(part)
        if at is not None:
            return f"自提 {at.group('place')} {at.group('when')}".strip()
        read = _PICKUP_AFTER.match(part) or _PICKUP_BEFORE.match(part)
        return f"自提 {read.group('place')}" if read is not None else None
    deadline = _DEADLINE_AFTER.match(part) or _DEADLINE_BEFORE.match(part)
    if deadline is not None:
        return f"截止 {deadline.group('when')}"
    return None
