"""The organiser's changes as typed: `/edit #12 price 80 stock 30` (`修改 #12 价格 80`), `/copy #12 to family`
(`再开一团 #12`), `/remove #12 @Bob` (`踢出 @Bob 帮 小王`), `/add #12 王阿姨 2 3号楼` (`代报 王阿姨 2`).

An edit uses the keywords of opening (handlers.parsing.terms), read the same way; the words before the
first keyword, if any, are a new title. Its values are read once the group buy is known (`read_change`):
a price is read in the group buy's currency. Each form has one usage message for whatever cannot be read.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.edits import TermsChange
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import PriceTier
from commerce.domain.units import Measured
from handlers.parsing.edit_words import TITLE_ALONE, TITLE_WORD
from handlers.parsing.joins import FOR_FRIEND, amount_word
from handlers.parsing.numbers import group_buy_number
from handlers.parsing.numbers import quantity as read_quantity
from handlers.parsing.pickup import parse_pickup, split_group_buy_id, without_change_verb
from handlers.parsing.terms import (
    KEYWORDS,
    deadline_said,
    keyword_values,
    limit_lifted,
    no_limit_said,
    parse_count,
    parse_currency,
    parse_price,
    parse_tiers,
    refuse_another_currency,
    refuse_term_twice,
    said_unit,
)
from handlers.parsing.when import parse_when

_BARE_PRICE = re.compile(r"^(?:[¥$€£]|rmb|cny)?\s*\d+(?:\.\d+)?\s*(?:元|块|rmb|cny|⭐)?$", re.IGNORECASE)
# `to` takes a chat's name, spaces and all, up to `ends` / `deadline` (a word of its own) or `截止`
_COPY = re.compile(
    r"^(?:#\s*(?P<id>\d+))?\s*(?:(?:to\s+|发到\s*|到\s*)(?P<to>.+?))?"
    r"(?:\s*(?:(?<![^\s\d])(?:ends|deadline)|截止)\s*:?\s*(?P<ends>.+))?$",
    re.IGNORECASE,
)
_TARGET_GROUP_BUY = re.compile(r"^#\s*(?P<id>\d+)$")
_GROUP_BUY_WORD = re.compile(r"^[#＃]\d+$")  # `#2` apart after the guest's name (`parse_add`)
_FRIEND = re.compile(rf"\s+(?:{FOR_FRIEND}\s*(?P<friend>\S.*)|for\s+(?P<friend_en>\S.*))$", re.IGNORECASE)
_QUANTITY = re.compile(
    r"^(?:[x×*]\s*)?(?P<n>\d+|[零〇一二两俩三四五六七八九十百千]+)\s*(?P<word>份|个|件|枚|颗|x)?$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"^(?P<sign>[+＋\-－−])\s*(?P<n>\d+)\s*(?:份|个|件)?$")
_NUMBER_ONLY = re.compile(r"^[+＋\-－−]?\d+(?:\.\d+)?$")
# `5斤`, `2.5kg`, `30份`, `¥80`, `20:00`, `11月24日`, `12/1`: a number with a unit, a time or a date
_TERM_LIKE = re.compile(
    r"^[¥$€£]?\s*\d+(?:[.:：/\-月]\d+)*\s*"
    r"(?:斤|公斤|千克|克|两|kg|g|lbs?|oz|ml|l|升|份|个|件|箱|盒|袋|组|套|瓶|包|元|块|rmb|cny|人|天|日|号|点|时|小时|分|h|d|折|%)?$",
    re.IGNORECASE,
)

# A "new title" opening with a word for a note for buyers (`备注 周三到货`, `note arrives Wednesday`): the
# group buy has no such term, so it is no title either
_NOTE_FIRST = re.compile(
    r"^(?:备注|说明|注意|留言|通知|公告|提醒|note|notes|remark|remarks|memo|ps)(?=$|[\s:：,，])",
    re.IGNORECASE,
)
# A verb before an edit's keyword (`改价格 50`, `change price 50`, `改成 价格 50`): no part of a new title
_CHANGE_VERB = re.compile(
    r"(?:改成|改为|改到|改|更改|调整|调成|调到|设置|设为|设成|change|set|update|make|adjust)", re.IGNORECASE
)
# `加库存 5`, `add stock 5` after 修改: the stock raised by 5 (`#1 加库存 5`), or set to 5? asked
_ADD_VERB = re.compile(r"(?:加|增加|追加|添加|补|add|increase|raise|plus)", re.IGNORECASE)
# A "new title" that moves the deadline in words (`延长到周五`, `延期一天`, `extend to Friday`): a term
_DEADLINE_VERB = re.compile(r"^(?:延长|延期|推迟|延后|提前|extend|postpone|delay)", re.IGNORECASE)
# A first word and what follows it (`prcie 60`, `售价75`, `截至 明天20:00`)
_HEAD_REST = re.compile(r"^(?P<head>[^\s:：\d¥$€£]+)[\s:：]*(?P<rest>\S.*)$")
_PRICE_PER = re.compile(r"^[¥$€£]?\s*\d+(?:\.\d+)?\s*(?:元|块)?\s*(?:/|每|一|per\s)\s*\S+$", re.IGNORECASE)
_ASCII_KEYWORDS = sorted(word for word in KEYWORDS if word.isascii())
_CJK_KEYWORDS = sorted(word for word in KEYWORDS if not word.isascii())


@dataclass(frozen=True)
class EditWords:
    """An edit as typed: the group buy's number (None: the organiser's own here), a new title ("" none),
    and each keyword's term with (the keyword as written, its value)."""

    group_buy_id: int | None
    title: str
    values: dict[str, tuple[str, str]]
    titled: bool = False  # named by its keyword (`修改 标题 5斤`): a new title, whatever it reads as


def parse_edit(
    text: str, *, typed: str = "", now: datetime | None = None, tz: ZoneInfo | None = None
) -> EditWords:
    """The words of `/edit …`; `edit_usage` when it names nothing to change (or only a bare price,
    which reads as a title: `price 80` says it). With `now` and `tz`, a deadline said before the word for
    the close (`明天下午6点截单`, `周五晚8点截止`) is the deadline, as opening reads it, never a new title."""
    group_buy_id, rest = split_group_buy_id(text)
    if now is not None and tz is not None:
        rest = deadline_said(rest, now=now, tz=tz, whole=True)
    rest = no_limit_said(rest)
    refuse_term_twice(rest, editing=True)  # `target 3 target 5`: which, never the last
    title, values = keyword_values(rest, typed=typed)
    if not title:  # `价格 9 标题 红富士苹果`: the title named after a term, up to the next keyword
        title, values = _title_within(values)
    if values and _CHANGE_VERB.fullmatch(title):  # `修改 #1 改价格 50`, `/edit #1 change price 50`: the
        title = ""  # verb is no new title
    if values and _ADD_VERB.fullmatch(title) and "stock" in values:  # `修改 #1 加库存 5`: never a title 加
        at = f"#{group_buy_id} " if group_buy_id is not None else ""  # nor a stock of 5: which is meant
        raise DomainError("edit_add_stock", at=at, n=values["stock"][1])
    titled = bool(TITLE_WORD.match(title))
    title = TITLE_WORD.sub("", title)  # `标题 智利车厘子`, `title Cherries`: the title is the words after
    if (
        (not title and not values)
        or _BARE_PRICE.match(title)
        or TITLE_ALONE.match(title)
        or any(not value for _, value in values.values())
    ):
        raise DomainError("edit_usage")
    return EditWords(group_buy_id, title, values, titled=titled)


# `标题` / `title` after a term's value (`价格 9 标题 红富士苹果`): the words after it are the new title
_TITLE_WITHIN = re.compile(r"\s(?P<title>(?:标题|名称|团名|title)(?:\s*[:：]\s*|\s+)\S.*)$", re.IGNORECASE)
_FREE_TEXT = frozenset({"payment_note"})  # a payment note is taken as typed, whatever words it holds


def _title_within(values: dict[str, tuple[str, str]]) -> tuple[str, dict[str, tuple[str, str]]]:
    """A new title named by its word after a term's value, taken out of it: (`标题 红富士苹果`, the values
    with `价格 9`); ("", values) when none names one."""
    for key, (word, value) in values.items():
        found = None if key in _FREE_TEXT else _TITLE_WITHIN.search(value)
        if found is not None:
            kept = {**values, key: (word, value[: found.start()].strip())}
            return found.group("title").strip(), kept
    return "", values


def reads_as_a_term(words: EditWords, *, now: datetime, tz: ZoneInfo) -> bool:
    """Only a "new title" that is a quantity, a weight, a price or a date (`修改 5斤`, `修改 30份`,
    `修改 明天20:00`): a term's value without its keyword, never a new title (unless `标题` names it)."""
    if words.values or words.titled or not words.title:
        return False
    if _TERM_LIKE.match(words.title):
        return True
    try:
        parse_when(words.title, now=now, tz=tz)
    except DomainError:
        return False
    return True


def not_a_title(words: EditWords, *, now: datetime, tz: ZoneInfo) -> str:
    """Why a "new title" is none ("" when it reads as one): "note" when it opens with a word for a note
    for buyers (`备注 周三到货`, `note arrives Wednesday`: a group buy has no note to change); "term" when
    it is a keyword misspelt or said another way with its value (`prcie 60`, `售价 75`, `截至 明天20:00`)
    or ends in a bare price (`芒果 75`, as opening would read it). `标题` / `title` names a title whatever
    it reads as."""
    title = words.title
    if words.titled or not title:
        return ""
    if _NOTE_FIRST.match(title):
        return "note"
    if _DEADLINE_VERB.match(title):  # `延长到周五`: the deadline's form, never a rename
        return "term"
    parts = title.split()
    if len(parts) > 1 and _BARE_PRICE.match(parts[-1]):
        return "term"
    if any(part.endswith(("截单", "截止")) for part in parts):  # `草莓截单`: a close said, no time read
        return "term"
    split = _HEAD_REST.match(title)
    if split is None or not _near_keyword(split.group("head")):
        return ""
    rest = split.group("rest")
    if _TERM_LIKE.match(rest) or _PRICE_PER.match(rest):
        return "term"
    try:
        parse_when(rest, now=now, tz=tz)
    except DomainError:
        return ""
    return "term"


def _near_keyword(word: str) -> bool:
    """A word a keyword was meant by: misspelt (`prcie`, `stcok`, `limt`, `截至`, `限够`) or a price's other
    names (`售价`, `定价`, `团购价`)."""
    lower = word.lower()
    if lower.isascii():
        return len(lower) >= 3 and bool(difflib.get_close_matches(lower, _ASCII_KEYWORDS, n=1, cutoff=0.75))
    if "价" in word:
        return True
    return any(
        len(keyword) == len(word) and sum(a != b for a, b in zip(keyword, word, strict=True)) <= 1
        for keyword in _CJK_KEYWORDS
    )


def read_change(
    words: EditWords,
    *,
    currency: str,
    now: datetime,
    tz: ZoneInfo,
    pickup: str | None,
    pickup_at: datetime | None = None,
    has_options: bool = False,
    price_now: int | None = None,
) -> TermsChange:
    """The change the words ask for, prices read in `currency`. `pickup` is the pickup's place as the
    handler took it, `pickup_at` its time (resolved now: `pickup_parts`), None when not changed. With
    options (`has_options`) a price or a stock after an option's name is that option's (`5斤 价格 80`:
    commerce.domain.edits). `price_now`: the group buy's price, which tiers typed with a decimal comma
    (`10:2,5`) are shown falling below (`parse_tiers`)."""
    values = words.values
    if "options" in values or (has_options and "tiers" in values):  # 多规格 and their tiers stay
        raise DomainError("edit_options")
    price = values.get("price")
    asked_currency = parse_currency(values, currency) if "currency" in values or price else None
    money = asked_currency or currency
    refuse_another_currency(values, money)  # `price ¥15` of a group buy in $: never $15
    unit_price = parse_price(price[1], money) if price else None
    below = unit_price or price_now  # the tiers must be under the new price, else the price now
    lifted = limit_lifted(values)
    return TermsChange(
        title=words.title or None,
        unit_price=unit_price,
        unit=said_unit(price[1]) if price else None,  # `价格 12元/斤` sets the unit, `价格 12` keeps it
        tiers=_tiers(values["tiers"][1], money, below=below) if "tiers" in values else None,
        target=parse_count(values, "target") if "target" in values else None,
        stock=parse_count(values, "stock") if "stock" in values else None,
        per_person_limit=None if lifted else parse_count(values, "limit") if "limit" in values else None,
        deadline=parse_when(values["ends"][1], now=now, tz=tz) if "ends" in values else None,
        pickup=pickup,
        pickup_at=pickup_at if pickup is not None else None,
        payment_note=values["payment_note"][1] if "payment_note" in values else None,
        currency=asked_currency,
        removed=frozenset({"per_person_limit"}) if lifted else frozenset(),
    )


# `阶梯 无`, `tiers none`: no tiers any more (as a lower stock's example writes it when none fits)
_NO_TIERS = frozenset({"无", "没有", "不要", "none", "no", "off"})


def _tiers(text: str, currency: str, *, below: int | None) -> tuple[PriceTier, ...]:
    """The tiers typed (`10:78,20:68`), or none (`无`, `none`)."""
    if text.strip().lower() in _NO_TIERS:
        return ()
    return parse_tiers(text, currency, below=below)


def pickup_parts(
    words: EditWords, *, now: datetime, tz: ZoneInfo, deadline: datetime | None = None
) -> tuple[str, datetime | None] | None:
    """The new pickup point and its time (resolved now, as `/pickup` does; a weekday: the first after
    the deadline, the new one when the edit moves it), None when not changed."""
    if "pickup" not in words.values:
        return None
    if "ends" in words.values:
        deadline = parse_when(words.values["ends"][1], now=now, tz=tz)
    typed = without_change_verb(words.values["pickup"][1])  # `修改 #1 自提 改到 北门`: the place is 北门
    found = parse_pickup(typed, now=now, tz=tz, after=deadline)
    return found.place, found.at


@dataclass(frozen=True)
class CopyWords:
    """`/copy #12 to family ends 3d price 55`: which, where to (a chat's id or name, or the chat of one of
    the organiser's group buys: `to #15`), the deadline as typed ("" for the same duration as the
    original), and the day's terms as opening takes them (`价格 55`, `库存 20`, `成团 5`, `限购 2`: each
    keyword's (as written, value))."""

    group_buy_id: int | None
    to_chat: str | None = None
    to_group_buy: int | None = None
    ends: str = ""
    values: dict[str, tuple[str, str]] = field(default_factory=dict)


# The terms a copy may take for the day (`再开一团 #3 截止 明天晚上8点 价格 55`); its deadline aside
COPY_TERMS = frozenset({"price", "stock", "target", "limit"})
# A keyword of opening other than the deadline, a word of its own before its value (`价格 55`, `price 5.5`,
# `库存20`); `到 自提群` (a chat's name) is none
_COPY_TERM = re.compile(
    r"(?:^|(?<=\s))(?:"
    + "|".join(re.escape(w) for w in sorted(KEYWORDS, key=len, reverse=True) if KEYWORDS[w] != "ends")
    + r")(?=[\s:：=¥$€£\d]|$)",
    re.IGNORECASE,
)


def parse_copy(text: str) -> CopyWords:
    """`copy_usage` for what cannot be read; `copy_term_not_taken` naming a term a copy does not take
    (its pickup, payment note, options…: changed after, with 修改)."""
    text = " ".join(no_limit_said(text).split())  # `再开一团 #3 不限购`: as `限购 无`, the limit lifted
    values: dict[str, tuple[str, str]] = {}
    term = _COPY_TERM.search(text)
    if term is not None:  # the day's terms, after which and where (and maybe its deadline)
        text, (_, values) = text[: term.start()].strip(), keyword_values(text[term.start() :])
        for key, (word, value) in values.items():
            if key != "ends" and key not in COPY_TERMS:
                raise DomainError("copy_term_not_taken", keyword=word)
            if not value:
                raise DomainError("copy_usage")
    match = _COPY.match(text)
    if match is None:
        raise DomainError("copy_usage")
    group_buy_id = group_buy_number(match.group("id")) if match.group("id") else None
    to, ends = match.group("to"), (match.group("ends") or "").strip()
    if "ends" in values:
        if ends:  # `截止` twice
            raise DomainError("copy_usage")
        ends = values.pop("ends")[1]
    if to is None:
        return CopyWords(group_buy_id, ends=ends, values=values)
    target = _TARGET_GROUP_BUY.match(to)
    if target is not None:
        number = group_buy_number(target.group("id"))
        return CopyWords(group_buy_id, to_group_buy=number, ends=ends, values=values)
    return CopyWords(group_buy_id, to_chat=to, ends=ends, values=values)


@dataclass(frozen=True)
class RemoveWords:
    """`/remove #12 @Bob for Wang`: whose line (`who` as typed, with its `@` if it had one) and the
    friend's name ("" for their own line)."""

    group_buy_id: int | None
    who: str
    friend: str = ""
    every: bool = False  # `/remove @Troll all`, `踢出 @Troll 全部`: her own line and every friend's
    count: int | None = None  # `踢出 @小张 1`, `/remove #6 @Cat 1`: how many she typed (lines go whole)
    typed: str = ""  # with a count: her words without it (`@小张`, `@Bob 帮 小王`), the whole line's form


# `/remove @Troll all`, `踢出 @Troll 全部`: every line the member signed up, in one command
_EVERY = re.compile(
    r"\s+(?:all(?:\s+(?:his|her|their)?\s*lines)?|全部|所有|全部的|所有的)[。.!！]?$", re.IGNORECASE
)


# `踢出 @小张 1`, `/remove #6 @Cat x2`, `踢出 王阿姨 一份`: a count typed after the name (rep94 #4)
_COUNT = re.compile(
    r"\s+(?:[x×*]\s*)?(?:(?P<n>\d+)\s*(?:份|个|件)?|(?P<zh>[一两二三四五六七八九十]+)\s*(?:份|个|件))[。.!！]?$"
)


# `踢出 全部`, `/remove all`: the word for every line with no one named before it (s41)
_EVERY_ALONE = re.compile(r"^(?:all(?:\s+lines)?|全部|所有|全部的|所有的)[。.!！]?$", re.IGNORECASE)


def parse_remove(text: str) -> RemoveWords:
    group_buy_id, rest = split_group_buy_id(text)
    if _EVERY_ALONE.match(rest.strip()):  # `踢出 全部`, `踢出 #1 全部`: whose lines? never a name 全部
        raise DomainError("remove_all_needs_name", at="" if group_buy_id is None else f"#{group_buy_id} ")
    counted = _COUNT.search(rest)
    count = None
    if counted is not None and rest[: counted.start()].strip() not in ("", "@"):
        count = read_quantity(counted.group("n") or counted.group("zh"))
        rest = rest[: counted.start()] if count is not None else rest
    typed = rest.strip() if count is not None else ""
    every = _EVERY.search(rest)
    if every is not None:
        who = rest[: every.start()].strip()
        if not who or who == "@":
            raise DomainError("remove_usage")
        return RemoveWords(group_buy_id, who, every=True)
    friend = ""
    match = _FRIEND.search(rest)
    if match is not None:
        friend = (match.group("friend") or match.group("friend_en") or "").strip()
        rest = rest[: match.start()]
    who = rest.strip()
    if not who or who == "@":
        raise DomainError("remove_usage")
    return RemoveWords(group_buy_id, who, friend, count=count, typed=typed)


# An amount said in English words after a guest's name: `half a dozen`, `half dozen`, `a dozen`, `0.5 dozen`
# (its first word: `half`, `a`, `an`, `one` or a number with a decimal point).
_AMOUNT_START = re.compile(r"^(?:half|an?|one|\d+[.．]\d+)$", re.IGNORECASE)


def _amount_in_words(words: list[str], at: int) -> tuple[Measured, int] | None:
    """The amount of several words starting at `words[at]` (`half a dozen`: 半打, `a dozen`: 1 dozen) and
    the index after it; None when none starts there."""
    if not _AMOUNT_START.match(words[at]):
        return None
    for end in (at + 3, at + 2):
        said = amount_word(" ".join(words[at:end])) if end <= len(words) else None
        if said is not None:
            return said, end
    return None


@dataclass(frozen=True)
class AddWords:
    """`/add #12 王阿姨 2 3号楼`: the guest's name, how many (1 unless said), and a note; `measured`: how
    many said in a unit word (`代报 王阿姨 2斤`, `/add Wang 2 kg`, `代报 刘奶奶 半斤`), counted (or refused)
    as a join's is, never part of the name."""

    group_buy_id: int | None
    name: str
    quantity: int = 1
    note: str = ""
    measured: Measured | None = None
    # the piece word glued to the number (`代报 王阿姨 6个`): so many 份, but pieces on a group buy sold
    # in a unit (`6个`, `6枚` of eggs sold by the 打 is half a dozen, as `+6个` is; `6枚` by the 份 is
    # refused as `+6枚` is)
    counted: str = ""
    set_to: bool = False  # `代报 王阿姨 改成1份`, `/add Wang make it 1`: her line set to that many


def parse_add(text: str) -> AddWords:
    """The name is the words before the first quantity (every word without one); after it, the note.

    A name that is only a number (`/add #6 3`) or goes on with a signed number (`代报 张姐 -1`, `+2`) is a
    typo, not a buyer: refused with the form meant (`add_name_is_number`, `add_minus`, `add_signed`); one
    with no letter or character at all (`代报 #6 😀😀 1`) could not be told apart at pickup:
    `add_name_no_letters`."""
    kept = _COURTESY_TAIL.sub("", text)  # `代报 王阿姨 2🙏`: 2 for 王阿姨, the emoji no part of it
    text = kept if any(char.isalnum() for char in kept) else text
    set_to = _SET_TO.search(text)  # `代报 王阿姨 改成1份`: her line set to 1, never a guest of that name
    if set_to is not None:
        text = f"{text[: set_to.start()]} {text[set_to.end() :]}"
    words = _add_words(text)
    if not any(char.isalnum() for char in words.name):
        raise DomainError("add_name_no_letters", name=words.name)
    first, *more = words.name.split()
    if set_to is not None and not _COUNT_START.match(text[set_to.start() :]):  # `改成` and no count after it
        raise DomainError("add_unreadable", typed=" ".join(kept.split()), name=first)
    if any(_UNREADABLE.search(word) for word in more):  # `代报 王阿姨 要2份`: no count read, nobody so called
        raise DomainError("add_unreadable", typed=" ".join(kept.split()), name=first)
    return replace(words, set_to=True) if set_to is not None else words


# emoji and courtesy symbols ending a 代报 (`2🙏`, `2 👍🏻`): none of its count, name or note
_COURTESY_TAIL = re.compile(r"(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D])+$")
# `代报 王阿姨 改成1份`, `代报 王阿姨 改为 2`, `/add Wang make it 1`: the line set to the count after it
_SET_TO = re.compile(
    r"(?<=\S)\s*(?:改成|改为|改到)\s*(?=\S)|\s+(?:make\s+it|set\s+to)\s+(?=\S)", re.IGNORECASE
)
_COUNT_START = re.compile(
    r"\s*(?:[x×*]\s*)?(?:\d|[零〇一二两俩三四五六七八九十半]|half\b|an?\s|one\b)", re.IGNORECASE
)
# a word after the guest's first that holds a digit and no Latin name (`要2份`, `3号楼`, `2pcs`): a count
# or a note not read, never part of a name (`Wang2` stays a name's)
# (`王阿姨 改成`, `王阿姨 改一下`: a change with no count, refused as well)
_UNREADABLE = re.compile(r"^(?:(?=.*\d)(?![A-Za-z][A-Za-z0-9]*$)|改)")


_CJK_NAME_COUNT = re.compile(
    r"^(?P<name>[\u3400-\u9fff]{1,8})(?P<count>\d{1,2}(?:份|个|件)?|\d{1,4}(?:份|个|件))$"
)


def _add_words(text: str) -> AddWords:
    group_buy_id, rest = split_group_buy_id(text)
    words = rest.split()
    if group_buy_id is None:  # `代报 王阿姨 1公斤 #2`, `/add Wang 2 kg #2`: the number anywhere, as a join's
        at = next((i for i, word in enumerate(words[1:], 1) if _GROUP_BUY_WORD.match(word)), None)
        if at is not None:
            group_buy_id = group_buy_number(words.pop(at).lstrip("#＃"))
    if words and _NUMBER_ONLY.match(words[0]):
        raise DomainError("add_name_is_number", number=words[0])
    joined = _CJK_NAME_COUNT.match(words[0]) if words else None
    counted_after = len(words) > 1 and _QUANTITY.match(words[1]) is not None  # `李叔2 3`: 3, her name
    if joined is not None and not counted_after:  # `代报#1 李叔2`: 李叔 ×2 (a Chinese name has no digits),
        words[:1] = [joined.group("name"), joined.group("count")]  # never a guest 李叔2 (`王姐302`: a room)
    for i, word in enumerate(words[1:], 1):
        signed = _SIGNED.match(word)
        if signed is not None:
            name = " ".join(words[:i])
            if signed.group("sign") in "+＋":
                raise DomainError("add_signed", name=name, quantity=signed.group("n"))
            raise DomainError("add_minus", name=name)
        name = " ".join(words[:i])
        spelled = _amount_in_words(words, i)  # `/add Wang half a dozen`, `/add Wang 0.5 dozen`, `a dozen`
        if spelled is not None:
            amount, end = spelled
            note = " ".join(words[end:])
            return AddWords(group_buy_id, name, amount.quantity or 1, note, replace(amount, note=note))
        match = _QUANTITY.match(word)
        how_many = read_quantity(match.group("n")) if match is not None else None
        if how_many is not None:  # `/add Wang 2 kg`: the unit word after the number is its unit
            after = amount_word(f"{word} {words[i + 1]}") if i + 1 < len(words) else None
            if after is not None and not after.part:
                note = " ".join(words[i + 2 :])
                return AddWords(group_buy_id, name, after.quantity, note, replace(after, note=note))
            piece = match.group("word") if match is not None else None
            counted = piece if piece in ("个", "件", "枚", "颗") else ""  # `6枚` of eggs: pieces
            return AddWords(group_buy_id, name, how_many, " ".join(words[i + 1 :]), counted=counted)
        measured = amount_word(word)  # `代报 王阿姨 2斤`, `代报 刘奶奶 半斤`: how much, not her name
        if measured is not None:
            note = " ".join(words[i + 1 :])
            return AddWords(group_buy_id, name, measured.quantity or 1, note, replace(measured, note=note))
    if not words:
        raise DomainError("add_usage")
    return AddWords(group_buy_id, " ".join(words))
