"""Where and when buyers collect: `自提 小区南门 明天下午5点`, `/pickup #12 Gate 3 tomorrow 17:00`.

The place is free text; a time at its end (anything `parse_when` reads, after a space, `，`, `,` or
`、`: `南门，明天下午5点`) or at its start (`周三下午5点 南门`, `周三下午5点南门`, `周三下午5点在南门`,
`明天 南门`: one naming an hour, or a day with a part of it, or in Chinese, so a place starting as a
day does not, `Sun Plaza`, `7-11 便利店`, `早市`) is resolved now, so "明天" still means the right day
when a buyer reads the card tomorrow. Without a time the whole text is the place; a time already
past (`昨天5点`, `today 9:00` at noon) is refused, naming it. A pickup typed back as the card shows
it (`Gate 3 · Thu 3 Dec 17:00`, `小区北门 · 12月3日 周四 17:00`) reads as the same place and time. A
text that is all time (`tomorrow 18:00`, `明天下午6点`) names no place: `/pickup` changes only the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from handlers.parsing.numbers import group_buy_number
from handlers.parsing.when import names_a_time_of_day, names_no_hour, parse_when

MAX_PICKUP = 100
SEPARATOR = "·"  # between the place and the time, as the catalogs' `pickup_at` shows a pickup
_GROUP_BUY_ID = re.compile(r"^#\s*(?P<id>\d+)\s*")


@dataclass(frozen=True)
class Pickup:
    """A pickup point, maybe with its time (UTC), for the group buy `group_buy_id` (None: the open one)."""

    place: str  # "": only the time was named (`/pickup tomorrow 18:00`), the place stays as it is
    at: datetime | None = None
    group_buy_id: int | None = None


# a group buy's number set apart anywhere in `自提 …` / `收款方式 …` (`自提 小区南门 明天下午6点 #1`)
_NUMBER_ANYWHERE = re.compile(r"(?:^|(?<=\s))[#＃]\s?(?P<id>\d{1,9})(?=\s|$)")


def number_first(text: str) -> str:
    """`小区南门 明天下午6点 #1` → `#1 小区南门 明天下午6点`: a group buy's number set apart at the end
    (or anywhere) of a pickup or a payment note names that buy, as at the start. Only one such number,
    none at the start: text as it is otherwise (`#1 北门`, `A #1 B #2`)."""
    if _GROUP_BUY_ID.match(text.lstrip()):
        return text
    found = list(_NUMBER_ANYWHERE.finditer(text))
    if len(found) != 1:
        return text
    number = found[0]
    left = " ".join(f"{text[: number.start()]} {text[number.end() :]}".split())
    return f"#{number.group('id')} {left}"


# the words of the change before the place, never part of it: `自提点改到 3号楼大堂`, `自提 #1 换成 北门`,
# `自提 全部 改为 …`, `/pickup #1 change to Gate 3`, `/pickup move it to Gate 3` (rep70 #1)
_CHANGE_VERB = re.compile(
    r"^(?P<head>(?:[#＃]\s*\d+|全部|all)\s*)?"
    r"(?:改到|改成|改为|改去|换到|换成|换为|挪到|搬到|(?:change|move)d?\s+(?:it\s+)?to(?=\s))[:：\s]*(?=\S)",
    re.IGNORECASE,
)


def without_change_verb(rest: str) -> str:
    """`改到 3号楼大堂` → `3号楼大堂`, `#1 change to Gate 3` → `#1 Gate 3`: 改到 / 改成 / 改为 / 换到 / 换成,
    `change to` / `move to` say the pickup changes; the place is what follows them."""
    found = _CHANGE_VERB.match(rest.strip())
    if found is None:
        return rest
    head = (found.group("head") or "").strip()
    return f"{head} {rest.strip()[found.end() :]}".strip()


def without_number(typed: str) -> str:
    """The message as typed with its one group buy's number set apart taken out (`自提 北门 #1` →
    `自提 北门`), for `as_typed` to line the place or the note up with it wherever the number was."""
    found = list(_NUMBER_ANYWHERE.finditer(typed))
    if len(found) != 1:
        return typed
    return f"{typed[: found[0].start()]}{typed[found[0].end() :]}".rstrip()


def split_group_buy_id(text: str) -> tuple[int | None, str]:
    """`#12 rest` → (12, "rest"); without a leading `#id`, (None, text). Spaces are folded."""
    text = " ".join(text.split())
    match = _GROUP_BUY_ID.match(text)
    if match is None:
        return None, text
    return group_buy_number(match.group("id")), text[match.end() :]


def after_number(rest: str) -> str:
    """What a pickup names after its group buy's number, the colon or comma after the number left out
    (`#1：小区南门 明天` → `小区南门 明天`): where its place starts, as `parse_pickup` reads it."""
    return split_group_buy_id(rest)[1].lstrip(LEADING_SEPARATORS)


def parse_pickup(text: str, *, now: datetime, tz: ZoneInfo, after: datetime | None = None) -> Pickup:
    """The pickup in `text`; `DomainError("pickup_usage")` when no place is named, `pickup_in_past`
    when the time at its end has passed. `after`: the deadline, a weekday's time is the first after it."""
    group_buy_id, text = split_group_buy_id(text)
    text = text.lstrip(LEADING_SEPARATORS)  # `自提 #1：小区南门`: the colon after the number is no part of it
    if not text:
        raise DomainError("pickup_usage")
    numbers = [f"#{found.group('id')}" for found in _NUMBER_ANYWHERE.finditer(text)]
    if numbers and (group_buy_id is not None or len(numbers) > 1):  # `自提 #5 #6 南门`: one at a time
        if group_buy_id is not None:
            numbers.insert(0, f"#{group_buy_id}")
        left = " ".join(_NUMBER_ANYWHERE.sub(" ", text).split()).lstrip(LEADING_SEPARATORS)
        if not left:
            raise DomainError("pickup_usage")
        raise DomainError("pickup_two_group_buys", first=numbers[0], second=numbers[1], place=left)
    limited = _LIMIT_IN_PLACE.search(text)
    if limited is not None:  # `自提 北门 每人限 3`: a limit is no part of the place
        named = f"#{group_buy_id}" if group_buy_id is not None else "#N"
        raise DomainError("pickup_with_limit", at=named, limit=limited.group("n"))
    place, at = place_and_time(text, now=now, tz=tz, after=after)
    return Pickup(place, at, group_buy_id)


# What may stand between the number and the place (`自提 #1：南门`, `/pickup #1: Gate 3`, `自提 #1，北门`).
LEADING_SEPARATORS = ":：,，、;； "

# A per-person limit typed into a pickup (`自提 北门 每人限 3`, `限购2`): refused, it goes in 修改.
_LIMIT_IN_PLACE = re.compile(r"(?:每人限购?|限购)\s*(?P<n>\d+|[一二两三四五六七八九十]+)")


def place_and_time(
    text: str, *, now: datetime, tz: ZoneInfo, after: datetime | None = None
) -> tuple[str, datetime | None]:
    """The place and its time, at its end or its start (None: none, the whole text is the place; place
    "": all of it is a time), as `自提` reads them and as opening reads `pickup …` (`接龙 … 自提 北门
    后天上午10点`).
    `pickup_too_long`, `pickup_in_past` as `parse_pickup`; `after` (the deadline) as `parse_when`."""
    if len(text) > MAX_PICKUP:
        raise DomainError("pickup_too_long", max=MAX_PICKUP)
    found = _place_and_said(text, now=now, tz=tz)
    if found is None:
        return text, None
    place, said = found
    at = parse_when(said, now=now, tz=tz, after=after)
    if at <= now:
        raise DomainError("pickup_in_past", time=said)
    return place, at


# Where a pickup's place and its time part: a space, a comma or a `、` (`南门，明天下午5点`)
_PARTS = re.compile(r"[^\s,，、]+")
_APART = frozenset(" ,，、")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _place_and_said(text: str, *, now: datetime, tz: ZoneInfo) -> tuple[str, str] | None:
    """The place and the time as typed: the longest time at the end, set apart (all of it a time: place
    ""); else the longest at the start naming an hour or a day with a part of it (`周三下午 南门`), or a day
    said in Chinese (`明天 南门`), set apart; an hour when the place follows with nothing between
    (`周三下午5点南门`; `在` before the place is no part of it). None: no time, the whole text is the
    place. Spaces folded, as `parse_pickup` folds them."""
    text = " ".join(text.split())
    for part in _PARTS.finditer(text):
        if _reads(text[part.start() :], now=now, tz=tz):
            return _place(text[: part.start()]), text[part.start() :].strip()
    for end in range(len(text) - 1, 0, -1):
        said, place = text[:end].rstrip(LEADING_SEPARATORS), _place_after(text[end:])
        set_apart = text[end] in _APART or text[end - 1] in _APART
        named = names_a_time_of_day(said, hour=not set_apart) or (
            set_apart and _CJK.search(said) is not None and names_no_hour(said)  # `明天 南门`, `周四 北门`
        )
        if place and named and _reads(said, now=now, tz=tz):
            return place, said
    return None


def _reads(said: str, *, now: datetime, tz: ZoneInfo) -> bool:
    try:
        parse_when(said, now=now, tz=tz)
    except DomainError:
        return False
    return True


def _place_after(rest: str) -> str:
    """The place after a time typed first (`周三下午5点在南门` → `南门`): what separates them left out."""
    place = rest.strip().lstrip(LEADING_SEPARATORS + SEPARATOR)
    return place[1:].lstrip(LEADING_SEPARATORS) if place.startswith("在") and len(place) > 1 else place


def weekday_moved(text: str, *, now: datetime, tz: ZoneInfo, after: datetime) -> tuple[str, datetime] | None:
    """A weekday pickup the deadline moved on (`周日下午` typed on a Saturday, the close Sunday 20:00:
    the Sunday after it, not tomorrow): the time as typed and the day it names read from today, for the
    answer to say both; None when the time in `text` (as `place_and_time` finds it) reads the
    same without the deadline, or there is none."""
    found = _place_and_said(after_number(text), now=now, tz=tz)
    if found is None:
        return None
    said = found[1]
    moved = parse_when(said, now=now, tz=tz, after=after)
    natural = parse_when(said, now=now, tz=tz)
    return (said, natural) if natural != moved and natural > now else None


def time_without_hour(text: str, *, now: datetime, tz: ZoneInfo) -> str | None:
    """The time of a pickup (as `place_and_time` finds it) when it names a day and no hour
    (`北门 周四`: "周四", read as 20:00 that day: `parse_when`'s DEFAULT_HOUR), for the answer to say so;
    None otherwise."""
    found = _place_and_said(after_number(text), now=now, tz=tz)
    return found[1] if found is not None and names_no_hour(found[1]) else None


def _place(before: str) -> str:
    """The place before a time, without the `·` the card puts between them (`pickup_at`: `Gate 3 · Thu
    3 Dec 17:00`), so a pickup typed back as shown keeps its place, not `Gate 3 ·`."""
    words = before.split()
    if len(words) > 1 and words[-1] == SEPARATOR:
        words = words[:-1]
    place = " ".join(words)
    trimmed = place.rstrip(
        LEADING_SEPARATORS
    )  # `Gate 3, tomorrow 5pm`: the comma before the time is no part of it
    return trimmed or place
