"""The 接龙 grammar: how people join and leave by typing, defined once for every platform.

A join is a *head* that says how many, then an optional *tail*:

    head   = [🙋 | me too | 我也] ( [接龙|跟团|参团|报名] +N[+M…] | 加N | 我要N[份] | 来N份 | 接N | 接龙 N
             | 参团 N | N份 )
    tail   = [份|个|件] [#id] [friend] [note]
    friend = (帮|给|替|代) NAME [N份]  |  for NAME   (also after option / note words: `+1 大盒 帮 小李`)
    note   = 备注[:] TEXT  |  (TEXT)  |  TEXT

`+1+1` is 2, so is `+1 x2`; `+1 帮 小王 2份` is 2 units on 小王's own line (`for my mum`: "mum"'s; `for me`,
`帮 我`: the member's own); the note is kept per line (`+1 3号楼502`); `+1 thanks Amy!` is courtesy whole.
Courtesy is not a note (`+1 谢谢团长`, `+1 please`, `+1 🥚`): it is dropped, also after a note
(`+1 3号楼 谢谢` keeps "3号楼"). A member may paste WeChat's own 接龙 list with their line added at the
end (`#接龙\\n海南芒果\\n\\n1. Amy 2份\\n2. 小李 +1 3栋`): the last numbered line is theirs.

A quantity in a unit word is `Join.measured` (`+2斤`, `+1 2斤`, a pasted `2. 小李 2斤`), also when it is
no whole number of the unit (`+1.5斤`, `+半斤`, a pasted `两斤半`: `Measured.part`): a group buy sold in
that unit counts it or refuses it (commerce.services.group_buys), one sold by the 份 reads the join as
before.
What looks like a join but cannot be read (`+1.5`, `+abc`) is `UNREADABLE`, answered with one hint;
a phone number (`+86 138…`) and other chatter is None, and the bot stays quiet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from commerce.domain.units import Measured
from handlers.parsing.numbers import CHINESE_NUMERAL, NUMBER, group_buy_number, parse_int
from handlers.parsing.numbers import quantity as read_quantity

MAX_FRIEND = 32
MAX_NOTE = 60


@dataclass(frozen=True)
class Join:
    """A join (`leave=False`) or a leave read from a message; `lang` is "zh" when Chinese words were used."""

    quantity: int
    group_buy_id: int | None = None
    friend: str = ""
    note: str = ""
    lang: str | None = None
    leave: bool = False
    option: str = ""  # a leave's option (多规格: `-1 5斤`); a join's is in its note, but `我要 red`'s here
    # `我要2 red`: a quantity without units, then one word (the note): a join only when that word names an
    # option of a group buy open there (the handler tells, as for `我要 red`; `我要2 小时` is chatter)
    unitless: bool = False
    list_title: str = ""  # a pasted 接龙 list's title line: with several open, the group buy it names
    # a pasted 接龙 list's line states what the member's line holds in all: re-pasted unchanged, no more
    pasted: bool = False
    # the quantity read with the unit word typed after it (`+2斤`, `2. 小李 2箱`, `+2 kg`): on a group buy
    # sold in a unit (`价格 15元/斤`) it is what counts, or is refused in another one (commerce.domain.units)
    measured: Measured | None = None


UNREADABLE: Final = "unreadable"

_UNIT = r"(?:份|个|件|箱|盒|袋|组|套|瓶|包|斤)"
# "for 小王" in a 接龙: `帮 小王`, `给 小王`, `替 小王`, `代 小王` (`代小王` too, but not a note's 代收,
# 代购, 代发…, nor 代报: the organiser's command)
FOR_FRIEND = r"(?:帮|给|替|代(?![报收购发付买拿取领下表理金码]))"
FRIEND_WORDS = frozenset({"帮", "给", "替", "代"})  # one alone: the friend's name was meant to follow
_HAND = r"(?:🙋[\U0001F3FB-\U0001F3FF]?(?:\u200d[♀♂]\ufe0f?)?|✋[\U0001F3FB-\U0001F3FF]?|🙌|me\s+too|我也)"
_PLUS_RUN = rf"\+\s*{NUMBER}(?:\s*\+\s*{NUMBER})*"
_HEADS = (
    rf"(?:(?:接龙|跟团|参团|报名)\s*)?(?P<plus>{_PLUS_RUN})",
    rf"加\s*(?P<add>{NUMBER})",
    # `来两份` as `我要两份`, only with units: `来2` alone is chatter
    rf"(?:我?要|我?来(?=\s*{NUMBER}\s*{_UNIT}))\s*(?P<want>{NUMBER})",
    rf"(?:接龙|参团|接)\s*(?P<relay>{NUMBER})",
    rf"(?P<portions>{NUMBER})(?=\s*份$)",  # `1份`, `两份`: only a quantity with 份 (a bare `1` is chatter)
)
_JOIN = re.compile(
    rf"^(?:{_HAND}\s*)?(?:{'|'.join(_HEADS)})\s*(?P<unit>{_UNIT})?\s*(?:#\s*(?P<id>\d+))?(?P<tail>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEAVE = re.compile(
    rf"^(?:-|减)\s*(?P<n>{NUMBER})\s*{_UNIT}?\s*(?:#\s*(?P<id>\d+))?\s*"
    # the option before the friend (`-1 large for Wang`, `-1 大 帮 小王`) or after (`-1 for Wang large`)
    rf"(?:(?P<option_first>[^\s#@]+)\s+(?=(?:{FOR_FRIEND}|for\s)))?"
    rf"(?:{FOR_FRIEND}\s*(?P<friend>\S+)|for\s+(?:(?:my|our)\s+(?=\S))?(?P<friend_en>\S+))?"
    r"(?:\s+(?P<option>[^\s#@]+))?$",
    re.IGNORECASE,
)
# After 我要 / 接, a word that starts with a digit may be an option (`我要两份 5斤`), not chatter.
_OPTION_WORD = re.compile(r"^\d[^\s]*$")
# After 我要两份 / 接 2 份, one word set apart is an option or a note (`我要两份 小`, `我要 2 份 red`), as
# after `+2`; glued on (`我要2个小时才到`), asking or talking (`我要两份 吗`, `我要一个 好吧`) it is chatter.
_WORD_APART = re.compile(r"^[^\s?？!！]{1,12}$")
_TALK_WORD = re.compile(r"[吗呢嘛]|[了啦吧啊呀哦嗯]$")
# `我要 red`: 我要 and one word set apart, no quantity: maybe an option's name (the handler tells).
_OPTION_ALONE = re.compile(r"^我要\s+(?P<word>[^\s\d#+＋?？!！,，.。][^\s?？!！]{0,11})$")
# A friend's count is in pieces (`帮 小王 2份`); `帮 小王 5斤` names a weight: an option (多规格) or a note.
_FRIEND_UNIT = _UNIT.replace("|斤", "")
_FRIEND = re.compile(
    rf"^(?:{FOR_FRIEND}\s*(?P<zh>[^\s\d+#]+?)|for\s+(?:(?:my|our)\s+(?=[^\s+#]))?(?P<en>[^\s+#]+))"
    rf"\s*(?:(?P<n>{NUMBER})\s*{_FRIEND_UNIT})?(?=\s|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+1 大盒 帮 小李`, `+1 3号楼 for Tom`: the friend named after an option or note words (a word of its own).
_FRIEND_LATER = re.compile(rf"\s(?=(?:{FOR_FRIEND}|for)\s+\S)", re.IGNORECASE)
# `+1 for me`, `+1 帮 我`: the member's own line, no friend's.
_SELF = frozenset({"me", "myself", "我", "我自己", "自己"})
# `+1 x2`, `+1 ×2`, `+1 *2` as the whole rest after a single `+1`: two units, not a note.
_TIMES = re.compile(rf"^[x×*]\s*(?P<n>{NUMBER})$", re.IGNORECASE)
# `+1 thanks Amy!`: a thanks and the name it is said to, at the end, is courtesy as a whole.
_THANKS_NAME = re.compile(
    r"(?:^|\s)(?:(?:thanks?(?:\s+you)?|thx|ty)(?![a-z])|谢谢|感谢|多谢)\s*[,，]?\s*@?[^\s\d,，.。!！]{1,20}[\s,，.。!！~～]*$",
    re.IGNORECASE,
)
_NOTE_WORD = re.compile(r"^(?:备注|note)\s*[:：]?\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"^[(（\[【](?P<inner>.*?)[)）\]】]$")
# A note labelled after a word of its own (`大 备注:要大个的`, `大 (5栋)`; `(5栋) 大`): the word (多规格:
# the option, taken out later) stays, the note is cleaned as it is alone; `large notebook` is no label.
_LABEL_AFTER = re.compile(r"^(?:备注|note\s*[:：])", re.IGNORECASE)
_COURTESY = re.compile(
    r"(?:谢谢|感谢|多谢|辛苦|麻烦|拜托)(?:了|啦|你|您|亲|团长|大家)*|"
    r"(?<![a-z])(?:thanks?(?:\s+you)?|thx|ty|please|pls|plz)(?![a-z])",  # whole words: not salty's ty
    re.IGNORECASE,
)
_PHONE = re.compile(r"^\+?\s*\d{1,4}[\s-]*\d{5,11}(?!\d)")  # E.164: 15 digits at most
_UNREADABLE = re.compile(rf"^(?:\+\s*[^\s\d]\S{{0,11}}|(?:\+|加)\s*{NUMBER}[.,]\d+{_UNIT}?(?:\s.*)?)$")
_LIST_HEAD = re.compile(r"^\s*#?\s*接龙")
_LIST_LINE = re.compile(r"^\s*(?P<n>\d{1,4})\s*[.、．)]\s*(?P<entry>\S.*)$")
# A pasted list's last line after the name: its quantity first (`2份 3号楼`, `+1 3号楼`, `x2`, `2`), or
# after an address only with a unit word or `x`/`+` (`3号楼 2份`, `3号楼502 x2`; `3号楼 502` is all note).
# A weight is never its quantity (`3号楼 5斤`, `3斤 +1`, `2斤`): an option's (多规格), the title's or a
# note, taken from the note as `+1 3斤`'s is; the quantity is then the `+1` (or 1).
_ENTRY_FIRST = re.compile(
    rf"^(?:\+\s*(?P<plus>{NUMBER})|[x×*]\s*(?P<times>{NUMBER})|(?P<units>{NUMBER})(?!\s*斤)\s*(?P<unit>{_FRIEND_UNIT})?)"
    r"(?=\s|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ENTRY_LAST = re.compile(
    rf"^(?P<rest>.*\S)\s+(?:\+\s*(?P<plus>{NUMBER})|[x×*]\s*(?P<times>{NUMBER})|(?P<units>{NUMBER})\s*(?P<unit>{_FRIEND_UNIT}))$",
    re.IGNORECASE,
)
# A pasted line's quantity in a unit word (`2斤`, `两斤 3号楼`, `3号楼 2箱`, `2 kg`): its `measured` reading.
# beside `_UNIT`'s words; weights convert (`+1kg`, `+500g`, `+5两` on a per-斤 one: commerce.domain.units);
# `两` only set apart (`+2两`, not the numeral of `+1 两个人`)
_WEIGHT_WORD = r"公斤|千克|kgs?|克|grams?|g(?!\d)|两(?=\s|$)|jin|catt(?:y|ies)"
_OTHER_UNIT = rf"(?:{_WEIGHT_WORD}|box(?:es)?|bags?|bottles?|packs?|pcs|lbs?)"
_MEASURE = rf"(?P<n>{NUMBER})\s*(?P<unit>{_UNIT.replace('份|', '')}|{_OTHER_UNIT})"
_MEASURED_FIRST = re.compile(rf"^{_MEASURE}(?![a-z])\s*(?P<rest>.*)$", re.IGNORECASE)
_MEASURED_LAST = re.compile(rf"^(?P<rest>.*\S)\s+{_MEASURE}$", re.IGNORECASE)
# No whole number of a unit (`2.5斤`, `半斤`, `两斤半`, `0.5 kg`): its whole part and unit, the rest.
_UNIT_WORD = rf"(?P<unit>{_UNIT.replace('份|', '')}|{_OTHER_UNIT})(?![a-z])"
_FRACTIONS = (
    re.compile(rf"^(?P<whole>\d+)\s*[.．]\s*\d+\s*{_UNIT_WORD}\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL),
    re.compile(rf"^半\s*{_UNIT_WORD}\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL),
    re.compile(rf"^(?P<whole>{NUMBER})\s*{_UNIT_WORD}\s*半(?P<rest>(?:\s.*)?)$", re.IGNORECASE | re.DOTALL),
)
_FRACTION_LAST = re.compile(
    rf"^(?P<before>.*\S)\s+(?P<amount>(?:\d+\s*[.．]\s*\d+|半)\s*\S+|{NUMBER}\s*斤半)$"
)
# `+1.5斤`, `+半斤`, `加两斤半`, `我要半斤`, `来 2.5斤`: a join whose only quantity is no whole number of a
# unit.
_FRACTION_JOIN = re.compile(
    rf"^(?:{_HAND}\s*)?(?:(?:接龙|跟团|参团|报名)\s*)?(?P<head>\+|加|我?要|我?来)\s*(?P<amount>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+2 kg`, `+2 boxes`: an English unit word right after a join's quantity (`+2斤` has its own: `unit`).
_UNIT_AFTER = re.compile(rf"^(?P<unit>{_OTHER_UNIT})(?![a-z])\s*(?P<rest>.*)$", re.IGNORECASE)
# A name glued to its quantity (`小王2份`, `小王+1`): the unit or the `+` says where the name ends; a
# numeral glued on without one is the name's own (`李四`, `王五 +1`, `小李88`).
_GLUED_QUANTITY = re.compile(
    rf"^(?:\+\s*(?P<plus>{NUMBER})|(?P<units>\d+|{CHINESE_NUMERAL})\s*{_FRIEND_UNIT})(?:\s|$)"
)
# A weight glued to a name (`张三5斤 +1`: the option 5斤), in digits (`王五斤` is a name).
_GLUED_WEIGHT = re.compile(r"^\d+\s*斤(?:\s|$)")
_CJK = re.compile(r"[\u3400-\u9fff]")


def parse_join(text: str) -> Join | str | None:
    """The join or leave in `text` (already normalised), `UNREADABLE`, or None for chatter. `我要 red`
    (one word set apart, no quantity) is a join of 1 whose `option` is that word: a join only when a
    group buy open there has that option (the handler tells; else it is chatter, left unanswered); so is
    `我要2 red` (a quantity without units, then one word: `unitless`), `我要2 小时` chatter."""
    if _PHONE.match(text):
        return None
    fraction = _fraction_join(text)
    if fraction is not None:  # `+1.5斤`, `+半斤`, `+两斤半`: no whole number of its unit
        return fraction
    match = _JOIN.match(text)
    if match:
        return _join(match, text) or _unreadable(text)
    alone = _OPTION_ALONE.match(text)
    if alone and not _TALK_WORD.search(alone.group("word")) and not is_courtesy(alone.group("word")):
        return Join(1, option=alone.group("word"), lang="zh")
    leave = _LEAVE.match(text)
    if leave:
        quantity = read_quantity(leave.group("n"))
        if quantity is None:
            return None
        friend = (leave.group("friend") or leave.group("friend_en") or "")[:MAX_FRIEND]
        friend = "" if friend.lower() in _SELF else friend  # `-1 for me`: the member's own line
        group_buy_id = group_buy_number(leave.group("id")) if leave.group("id") else None
        lang = "en" if leave.group("friend_en") else "zh" if _CJK.search(text) else None
        if leave.group("option_first") and leave.group("option"):  # two options: not a leave
            return _unreadable(text)
        option = leave.group("option_first") or leave.group("option") or ""
        return Join(quantity, group_buy_id, friend=friend, lang=lang, leave=True, option=option)
    return _unreadable(text)


def parse_pasted_list(raw: str, names: Sequence[str] = ()) -> Join | None:
    """A WeChat 接龙 list pasted back with the member's line added: that last numbered line's join, with
    the list's title (`list_title`: with several open, the group buy it names is meant). The member's
    `names` (room alias, display name: as WeChat writes her in the list) are taken off the line first
    (`小李88 2份` is 2 units, `D1 +1 3号楼` 1 with note `3号楼`; also after someone else's name: `王五 李四
    +1`); a line starting otherwise loses its first word (or what comes before a glued quantity:
    `小王2份`). Its quantity is a `+N`, `N份`, `xN` or a number right after the name, never a numeral of
    the name (`李四 +1`, `王五 2斤 +1`: 1) nor a weight (`3斤 +1`: 1 of the option 3斤). It is what her line
    holds in all (`pasted`): re-pasted as she holds it, nothing is added (`services.group_buys.join`)."""
    lines = raw.splitlines()
    head = _LIST_HEAD.match(lines[0]) if lines else None
    if len(lines) < 3 or head is None:
        return None
    entries = [m.group("entry") for m in map(_LIST_LINE.match, lines) if m]
    if not entries:
        return None
    title = _list_title(lines[0][head.end() :], lines[1:])
    entry = _entry_after_name(" ".join(unicodedata.normalize("NFKC", entries[-1]).split()), names)
    read = _ENTRY_FIRST.match(entry) or _ENTRY_LAST.match(entry)
    if read is None:
        measured = _measured_entry(entry)
        return Join(1, note=_note(entry), lang="zh", list_title=title, pasted=True, measured=measured)
    raw_quantity = read.group("plus") or read.group("times") or read.group("units")
    quantity = parse_int(raw_quantity)
    if quantity is None or quantity == 0:
        return None
    note = _note(read.group("rest"))
    unit = read.group("unit") if read.group("units") else None  # `2箱`: a unit word (`2份` none)
    measured = Measured(quantity, unit, note) if unit and unit != "份" else None
    after = _UNIT_AFTER.match(read.group("rest")) if read.group("units") and not unit else None
    if after:  # `2 kg 3号楼`
        measured = Measured(quantity, after.group("unit"), _note(after.group("rest")))
    elif measured is None and (later := _measured_entry(read.group("rest"))) is not None:  # `+1 2.5斤`
        measured = replace(later, before=quantity)
    return Join(quantity, note=note, lang="zh", list_title=title, pasted=True, measured=measured)


def _fraction(text: str) -> Measured | None:
    """`2.5斤 3号楼`, `半斤`, `两斤半`, `0.5 kg`, `3号楼 2.5斤`: no whole number of a unit
    (`Measured.part`), the rest its note; else None."""
    first = _fraction_first(text)
    if first is not None:
        return first
    last = _FRACTION_LAST.match(text.strip())  # `3号楼 2.5斤`
    found = _fraction_first(last.group("amount")) if last is not None else None
    if last is None or found is None:
        return None
    return Measured(found.quantity, found.unit, _note(last.group("before")), part=found.part)


def _fraction_first(text: str) -> Measured | None:
    """`2.5斤 3号楼`, `半斤`, `两斤半`: the amount first, the rest its note; else None."""
    for form in _FRACTIONS:
        read = form.match(text.strip())
        if read is None:
            continue
        whole = read.groupdict().get("whole")
        unit, rest = read.group("unit"), read.group("rest")
        said = read.string[: read.start("rest")].strip()
        part = " ".join(said.split()) if unit.isascii() else "".join(said.split())
        return Measured((parse_int(whole) or 0) if whole else 0, unit, _note(rest), part=part)
    return None


def _measured_entry(entry: str) -> Measured | None:
    """A pasted line whose only quantity is in a weight or another unit word (`2斤`, `3号楼 两斤`,
    `2 kg`), or no whole number of one (`2.5斤`, `半斤`: `Measured.part`): that reading (counted, or
    refused, on a group buy sold by it), else None."""
    fraction = _fraction(entry)
    if fraction is not None:
        return fraction
    read = _MEASURED_FIRST.match(entry) or _MEASURED_LAST.match(entry)
    quantity = parse_int(read.group("n")) if read else None
    if read is None or not quantity:
        return None
    return Measured(quantity, read.group("unit"), _note(read.group("rest")))


def measure(word: str) -> Measured | None:
    """`2斤`, `两斤`, `2 kg` alone: a whole quantity in a unit word (`候补 2斤`), else None."""
    read = _MEASURED_FIRST.match(" ".join(unicodedata.normalize("NFKC", word).split()))
    quantity = parse_int(read.group("n")) if read is not None and not read.group("rest") else None
    return None if read is None or not quantity else Measured(quantity, read.group("unit"))


def _list_title(after_head: str, lines: Sequence[str]) -> str:
    """A pasted list's title: what follows `#接龙` on its line, else the first line before the entries."""
    for line in (after_head, *lines):
        if _LIST_LINE.match(line):
            return ""
        said = " ".join(unicodedata.normalize("NFKC", line).split()).strip(" :：")
        if said:
            return said[:MAX_NOTE]
    return ""


def _entry_after_name(entry: str, names: Sequence[str]) -> str:
    """A list line without the name it starts with: one of the member's `names` where it does (the
    longest; also after another name, `王五 李四 +1`), else what comes before a glued quantity
    (`小王2份`, `李四+1`), else the first word."""
    spelled = {" ".join(unicodedata.normalize("NFKC", name).split()) for name in names}
    for name in sorted(filter(None, spelled), key=len, reverse=True):
        after = _after_name(entry, name)
        if after is not None:
            return after
    first = entry.split(" ", 1)[0]
    for cut in range(1, len(first)):
        if _glued_quantity(entry[cut:]) or _GLUED_WEIGHT.match(entry[cut:]):
            return entry[cut:].strip()
    return entry.split(" ", 1)[1] if " " in entry else ""


def _after_name(entry: str, name: str) -> str | None:
    """What follows the member's `name` in a list line, where it is a word of its own (or glued to a
    quantity or a weight: `小李2份`, `小李5斤`); None when the line does not name her."""
    folded, key = entry.casefold(), name.casefold()
    at = folded.find(key)
    while at >= 0:
        after = entry[at + len(name) :]
        glued = _glued_quantity(after) or _GLUED_WEIGHT.match(after)
        if (at == 0 or entry[at - 1].isspace()) and (not after or after[0].isspace() or glued):
            return after.strip()
        at = folded.find(key, at + 1)
    return None


def _glued_quantity(text: str) -> bool:
    """Whether `text` starts with a quantity that may be glued to a name: a `+N` or `N份` (a numeral
    without either is the name's: `李四`, `小李88`)."""
    glued = _GLUED_QUANTITY.match(text)
    return glued is not None and bool(parse_int(glued.group("plus") or glued.group("units")))


def _join(match: re.Match[str], text: str) -> Join | None:
    groups = match.groupdict()
    if groups["plus"]:
        parts = [read_quantity(p) for p in groups["plus"].replace(" ", "").split("+") if p]
        if any(p is None for p in parts):
            return None
        quantity = sum(p for p in parts if p is not None)
    else:
        parsed = read_quantity(groups["add"] or groups["want"] or groups["relay"] or groups["portions"])
        if parsed is None:
            return None
        quantity = parsed
    tail = groups["tail"].strip()
    if tail[:1] in (".", ","):  # `+1.5`: not a quantity we can read
        return None
    friend, lang = "", "zh" if _CJK.search(text[: match.start("tail")]) else None
    found, before = _FRIEND.match(tail), ""
    if not found and (later_friend := _FRIEND_LATER.search(tail)):  # `+1 大盒 帮 小李`
        found = _FRIEND.match(tail[later_friend.end() :])
        before = tail[: later_friend.start()].strip() if found else ""
    if found:
        friend = (found.group("zh") or found.group("en"))[:MAX_FRIEND]
        friend = "" if friend.lower() in _SELF else friend  # `+1 for me`, `+1 帮 我`: the own line
        lang = "en" if found.group("en") else "zh"
        if found.group("n"):
            quantity = read_quantity(found.group("n")) or quantity
        tail = f"{before} {found.group('rest').strip()}".strip()
    group_buy_id = group_buy_number(groups["id"]) if groups["id"] else None
    if group_buy_id is None and (later := re.match(r"^#\s*(\d+)\s*(.*)$", tail)):
        group_buy_id, tail = group_buy_number(later.group(1)), later.group(2)
    times = _TIMES.match(tail.strip())
    if times and quantity == 1 and groups["plus"] and not friend:  # `+1 x2`: two units
        quantity, tail = read_quantity(times.group("n")) or quantity, ""
    note = _note(tail)
    measured = _measured_join(match, quantity, tail, friend=bool(found and found.group("n")))
    typed_plus = groups["plus"] or groups["add"]
    unitless = False
    if note and not typed_plus and not _labelled(tail) and not _OPTION_WORD.match(note):
        if not _word_after_units(match, note):  # `我要两份 小`: a word apart after the units, as `+2 小`
            return None  # `我要2个小时才到` is chatter: after 我要 / 接, a labelled note (or an option) only
        unitless = not match.group("unit")  # `我要2 red` / `我要2 小时`: an option's name, or chatter
    return Join(
        quantity, group_buy_id, friend=friend, note=note, lang=lang, unitless=unitless, measured=measured
    )


def _fraction_join(text: str) -> Join | None:
    """`+1.5斤`, `+半斤`, `加两斤半 3号楼`, `+0.5 kg #2`: a join whose only quantity is no whole number of
    a unit (`Measured.part`, `alone`): refused on a group buy sold in a unit, unreadable on one sold by
    the 份, never rounded; None for any other text."""
    match = _FRACTION_JOIN.match(text)
    said = match.group("head") not in ("+", "加") if match is not None else False  # `我要半斤`, `来半斤`
    if match is None or (match.group("head") == "加" and match.group("amount").startswith("半")):
        return None  # `加半斤` reads as talk (`再加半斤糖`); `+半斤` is a join
    amount, group_buy_id = match.group("amount"), None
    numbered = re.search(r"#\s*(\d+)", amount)
    if numbered is not None:
        group_buy_id = group_buy_number(numbered.group(1))
        amount = f"{amount[: numbered.start()]} {amount[numbered.end() :]}".strip()
    fraction = _fraction_first(amount)
    if fraction is None:
        return None
    glued = _fraction_first(amount.split()[0]) if said else None
    if glued is not None and glued.note:
        return None  # `我要半斤糖`: talk; `我要半斤 3号楼` a join
    lang = "zh" if _CJK.search(text) else None
    return Join(1, group_buy_id, note=fraction.note, lang=lang, measured=replace(fraction, alone=True))


def _measured_join(match: re.Match[str], quantity: int, tail: str, *, friend: bool) -> Measured | None:
    """`+2斤`, `我要两斤`, `+2 kg`: the join's quantity with the unit word typed after it; None without
    one (or with `份`, or a friend's own count: `+1 帮 小王 2份`). `+1 2斤`, `+1 半斤`, `+1 3号楼 2.5斤`: the
    quantity in a unit word after the join's own (`Measured.before`), counted (or refused) on a group buy
    sold in a unit, a note on one sold by the 份."""
    if friend:
        return None
    unit = match.group("unit")
    if unit and unit != "份":
        if tail.strip().startswith("半"):  # `我要两斤半`: no whole number of 斤
            return Measured(quantity, unit, _note(tail.strip()[1:]), part=f"{quantity}{unit}半")
        return Measured(quantity, unit, _note(tail))
    after = _UNIT_AFTER.match(tail.strip())
    if after:
        return Measured(quantity, after.group("unit"), _note(after.group("rest")))
    later = _measured_entry(tail.strip())
    return replace(later, before=quantity) if later is not None else None


def is_courtesy(text: str) -> bool:
    """`please`, `谢谢团长`: said to be polite, never a name or a note."""
    return bool(_COURTESY.fullmatch(text.strip()))


def _word_after_units(match: re.Match[str], note: str) -> bool:
    """`我要两份 小`, `我要2 red`: the quantity (with its units, `份`, or none), then one word set apart: an
    option or a note, as `+2 小`, `+2 red` (without units only an option's: `Join.unitless`)."""
    counted = "unit" if match.group("unit") else "want" if match.group("want") else "relay"
    apart = match.string[match.end(counted) :][:1].isspace() or match.group("tail")[:1].isspace()
    return apart and bool(_WORD_APART.match(note)) and not _TALK_WORD.search(note)


def _labelled(tail: str) -> bool:
    return bool(_NOTE_WORD.match(tail) or _BRACKETS.match(tail.strip()))


def _note(tail: str) -> str:
    """The note in what follows the quantity, without courtesy, brackets or a `备注:` label (also after a
    word of its own, the option of a group buy with options: `大 备注:要大个的`, `大 (5栋)`)."""
    tail = _THANKS_NAME.sub("", tail.strip())  # `+1 thanks Amy!`, `+1 gate 3 thanks Amy`
    tail = _word_apart_from_note(tail.strip())
    note = _NOTE_WORD.sub("", tail)
    bracketed = _BRACKETS.match(note)
    if bracketed:
        note = bracketed.group("inner")
    note = _COURTESY.sub(" ", note)
    note = " ".join(note.split()).strip(" ,，.。!！~～、;；:：-")
    if not any(_is_word(char) for char in note):
        return ""  # emoji and punctuation only: `+1 🥚`, `+1 🙏`
    return note[:MAX_NOTE]


def _word_apart_from_note(tail: str) -> str:
    """`大 备注:要大个的` -> `大 要大个的`, `(5栋) 大` -> `5栋 大`: one word set apart from a labelled note
    (`_LABEL_AFTER`, brackets) and that note cleaned, courtesy after it dropped (`大 (5栋) 谢谢`); any
    other tail as it is."""
    if _labelled(tail):
        return tail
    said = tail.split()
    while len(said) > 2 and is_courtesy(said[-1]):
        said.pop()
    kept = " ".join(said)
    words = kept.split(maxsplit=1)
    if len(words) == 2 and (_LABEL_AFTER.match(words[1]) or _BRACKETS.match(words[1])):
        return f"{words[0]} {_note(words[1])}"
    words = kept.rsplit(maxsplit=1)
    if len(words) == 2 and _BRACKETS.match(words[0]):
        return f"{_note(words[0])} {words[1]}"
    return tail


def _is_word(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def _unreadable(text: str) -> str | None:
    return UNREADABLE if _UNREADABLE.match(text) else None
