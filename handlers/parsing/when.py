"""Deadlines as organisers write them: `2h`, `today 20:00`, `2026-12-01 20:00`, `今晚8点`, `周五 18:00`.

Everything is read in the chat's timezone and returned in UTC. The rules, so the card never surprises:
- a duration (`2h`, `30m`, `3d`, `2小时`, `3天`, `半小时`) counts from now;
- a day without a time means 20:00 that day (`明天`, `周五`), or the usual hour of a part of the day
  (`明天中午` 12:00, `明早` 9:00, `今晚` 20:00);
- a time without a day is its next occurrence (`20:00` at 21:00 means tomorrow);
- a weekday is the next such day whose time is still ahead (`周五` on a Friday morning is today); with
  `after` (a pickup's deadline), the first such day not before it (`ends mon 6pm pickup tue 5pm` typed on a
  Monday night: the Tuesday after that Monday, not tomorrow);
- `今晚`/`today` say the day explicitly: if that time has passed, the deadline is in the past (an error);
- a Chinese hour 1–11 with no part of the day (`5点`, `今天6点`) already past this morning is this
  afternoon's or evening's when that is still ahead (17:00, 18:00): nobody means 5 a.m. tomorrow.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_DURATION
from handlers.parsing.numbers import NUMBER, parse_int

DEFAULT_HOUR = 20
_PERIOD_HOURS = {"early": 6, "morning": 9, "noon": 12, "afternoon": 15, "evening": 20}

_DURATION_UNITS: dict[str, timedelta] = {
    "m": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "d": timedelta(days=1),
    "w": timedelta(weeks=1),
}
_DURATION = re.compile(
    rf"^(?:in\s*)?(?P<n>\d+(?:\.\d+)?|{NUMBER}|半)\s*(?:个)?\s*(?P<unit>"
    r"minutes?|mins?|m|分钟|分|hours?|hrs?|h|小时|钟头|days?|d|天|日|weeks?|w|周|星期|礼拜)"
    r"\s*(?:后|以后|之后|later|from\s+now)?$"
)
_UNIT_KIND = {
    **dict.fromkeys(("minute", "minutes", "min", "mins", "m", "分钟", "分"), "m"),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h", "小时", "钟头"), "h"),
    **dict.fromkeys(("day", "days", "d", "天", "日"), "d"),
    **dict.fromkeys(("week", "weeks", "w", "周", "星期", "礼拜"), "w"),
}

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_CN_DATE = re.compile(rf"({NUMBER})\s*月\s*({NUMBER})\s*[日号]")
_MONTH_DAY = re.compile(r"(?<![\d:])(\d{1,2})\s*[-/]\s*(\d{1,2})(?![\d:])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*:)"
)
# `3 Dec`, as the card shows a time (`Thu 3 Dec 17:00`): the day before the month.
_EN_DAY_MONTH = re.compile(
    r"(?<![\d:])(\d{1,2})(?:st|nd|rd|th)?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])"
)
_RELATIVE: list[tuple[str, int, str | None]] = [
    ("大后天", 3, None),
    ("day after tomorrow", 2, None),
    ("后天", 2, None),
    ("明天", 1, None),
    ("明日", 1, None),
    ("明儿", 1, None),
    ("明早", 1, "morning"),
    ("明晚", 1, "evening"),
    ("今天", 0, None),
    ("今日", 0, None),
    ("今早", 0, "morning"),
    ("今晚", 0, "evening"),
    ("今夜", 0, "evening"),
    ("tomorrow", 1, None),
    *((typo, 1, None) for typo in ("tommorrow", "tommorow", "tomorow", "tomorrw", "tmorrow")),  # rep95 #7
    ("tmrw", 1, None),
    ("tmr", 1, None),
    ("tonight", 0, "evening"),
    ("today", 0, None),
    # Days gone: read so that a time in the past is refused as one (`自提 南门 昨天5点`), not misread.
    ("大前天", -3, None),
    ("前天", -2, None),
    ("昨晚", -1, "evening"),
    ("昨天", -1, None),
    ("昨日", -1, None),
    ("yesterday", -1, None),
]
# `in 2 days 17:00`, `3天后下午5点`: days (or weeks) ahead with a time; said ahead (`in`, `后`, `later`),
# so `3日` stays the 3rd. Alone (`in 2 days`, `3天后`) it is a duration, counted from now (`_DURATION`).
_EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS_AHEAD = re.compile(
    rf"(?:\bin\s*)?(?<![\d:])(?P<n>{NUMBER}|\b(?:{'|'.join(_EN_NUMBERS)})\b)\s*(?:个)?\s*(?P<unit>days?|d|天|weeks?|w|周|星期|礼拜)(?![a-z])"
    r"\s*(?P<after>后|以后|之后|later|from\s+now)?"
)
_CN_WEEKDAY = re.compile(r"(下下|下个?|这个?|本)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7])")
_CN_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# Weekdays as commonly misspelt (`wensday`, `wednsday`, `thrusday`, `tuseday`): the day meant, never
# words of a pickup's place (rep100 #2)
_EN_WEEKDAY_TYPOS = {
    **dict.fromkeys(("monady", "mondy", "mnday"), "mon"),
    **dict.fromkeys(("tuseday", "tusday", "teusday", "tuesdy", "tuesay"), "tue"),
    **dict.fromkeys(
        ("wensday", "wendsday", "wednsday", "wedensday", "wedsday", "wednesay", "wedesday"), "wed"
    ),
    **dict.fromkeys(("thrusday", "thursady", "thurday", "thirsday", "thusday", "thursdy"), "thu"),
    **dict.fromkeys(("firday", "fridy", "friady", "fryday"), "fri"),
    **dict.fromkeys(("saterday", "satruday", "saturdy", "satarday", "satuday"), "sat"),
    **dict.fromkeys(("sundy", "sunady", "sonday"), "sun"),
}
_EN_WEEKDAY = re.compile(
    r"\b(next\s+|this\s+)?(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|"
    r"friday|fri|saturday|sat|sunday|sun|" + "|".join(_EN_WEEKDAY_TYPOS) + r")\b"
)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PERIODS: list[tuple[str, str]] = [
    ("凌晨", "early"),
    ("早上", "morning"),
    ("早晨", "morning"),
    ("上午", "morning"),
    ("早", "morning"),
    ("中午", "noon"),
    ("下午", "afternoon"),
    ("傍晚", "evening"),
    ("晚上", "evening"),
    ("夜里", "evening"),
    ("晚", "evening"),
    ("morning", "morning"),
    ("noon", "noon"),
    ("afternoon", "afternoon"),
    ("evening", "evening"),
    ("night", "evening"),
]
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})\s*:\s*(\d{2})(?:\s*(am|pm))?")
_AMPM = re.compile(r"(?<!\d)(\d{1,2})\s*(am|pm)\b")
_CN_CLOCK = re.compile(rf"({NUMBER})\s*(?:[点點时]\s*钟|[点點时])\s*(?:(半)|(一刻)|(三刻)|({NUMBER})\s*分?)?")
_FILLERS = re.compile(r"^(?:\s|,|前|之前|以前|为止|的|before|by|at|on|until|till|in|the)*$")


@dataclass
class _Found:
    """What the text said, piece by piece."""

    day: date | None = None
    year_given: bool = True
    offset: int | None = None
    weekday: int | None = None
    weeks_ahead: int = 0
    period: str | None = None
    hour: int | None = None
    minute: int = 0
    ampm: str | None = None
    said_dian: bool = False  # the hour was said `N点` (not `N:00`, `Npm`)


def parse_when(text: str, *, now: datetime, tz: ZoneInfo, after: datetime | None = None) -> datetime:
    """The deadline `text` names, in UTC; `DomainError("ends_invalid")` if it names none. A length of time
    (`1分钟`, `in 3 hours`) is rounded up to the next whole minute, never earlier than asked. `after`: a
    bare weekday is read as the first such day not before it (a pickup after its deadline)."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if not cleaned:
        raise DomainError("ends_invalid", value=text)
    local_now = now.astimezone(tz)
    try:  # `ends 99999999999999999999w`: more than a timedelta or a datetime can hold
        duration = _duration(cleaned)
        if duration is not None:
            rounded = _up_to_the_minute(now + duration)  # `90天` stays within the 90 days allowed
            return (rounded if rounded - now <= MAX_DURATION else now + duration).astimezone(UTC)
    except OverflowError:
        raise DomainError("deadline_too_far", days=MAX_DURATION.days) from None
    found = _Found()
    rest = _take_dates(cleaned, found, local_now.date())
    rest = _take_words(rest, found)
    rest = _take_times(rest, found)
    if not _FILLERS.match(rest) or not _said_anything(found):
        raise DomainError("ends_invalid", value=text)
    try:
        return _resolve(found, local_now, tz, after).astimezone(UTC)
    except (ValueError, OverflowError):
        raise DomainError("ends_invalid", value=text) from None


def names_no_hour(text: str) -> bool:
    """Whether `text` names a day but no time of it (`周四`, `明天`, `thursday`, `12月10日`): neither an hour
    nor a part of the day, so `parse_when` took DEFAULT_HOUR (a pickup says so: handlers.pickup_points).
    False for anything `parse_when` does not read, and for a duration."""
    found = _pieces(text)
    if found is None:
        return False
    return _said_a_day(found) and found.hour is None and found.period is None


def names_a_time_of_day(text: str, *, hour: bool = False) -> bool:
    """Whether `text` (all of it a time `parse_when` reads) names an hour (`5点`, `17:00`, `周三下午5点`)
    or a day with a part of it (`周三下午`, `明晚`); with `hour`, only the former. A pickup's time typed
    before its place is read only as such (`周三下午5点 南门`), never a day alone that a place may start
    with (`Sun Plaza`, `7-11 便利店`, `早市`). False for a duration."""
    found = _pieces(text)
    if found is None:
        return False
    return found.hour is not None or (not hour and _said_a_day(found) and found.period is not None)


def _pieces(text: str) -> _Found | None:
    """What `text` says, piece by piece, when all of it is a day or a time (not a duration); else None."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    try:
        if not cleaned or _duration(cleaned) is not None:
            return None
        found = _Found()
        rest = _take_dates(cleaned, found, date.today())
        rest = _take_words(rest, found)
        rest = _take_times(rest, found)
    except DomainError:
        return None
    return found if _FILLERS.match(rest) and _said_anything(found) else None


def _said_a_day(found: _Found) -> bool:
    return found.day is not None or found.offset is not None or found.weekday is not None


def _up_to_the_minute(at: datetime) -> datetime:
    """`at` on the next whole minute, unless it is on one: a deadline `in 1 minute` is shown as a minute
    (13:43), so it must not come before what was asked (13:41:47 + 1 min closes at 13:43, not 13:42)."""
    whole = at.replace(second=0, microsecond=0)
    return whole if whole == at else whole + timedelta(minutes=1)


def _duration(text: str) -> timedelta | None:
    match = _DURATION.match(text)
    if not match:
        return None
    raw, unit = match.group("n"), _DURATION_UNITS[_UNIT_KIND[match.group("unit")]]
    if raw == "半":
        return unit / 2
    number = parse_int(raw)
    if number is not None:
        return unit * number
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        return None
    return timedelta(seconds=int(amount * Decimal(int(unit.total_seconds()))))


def _take_dates(text: str, found: _Found, today: date) -> str:
    if match := _ISO_DATE.search(text):
        year, month, day = (int(g) for g in match.groups())
        found.day = _date(year, month, day, text)
        return _cut(text, match)
    for pattern in (_CN_DATE, _MONTH_DAY):
        if match := pattern.search(text):
            named_month, named_day = (parse_int(g) for g in match.groups())
            if named_month is None or named_day is None:
                raise DomainError("ends_invalid", value=text)
            if pattern is _MONTH_DAY and named_month > 12 >= named_day:  # `28/11`: no 28th month, the
                named_month, named_day = named_day, named_month  # day first, as Singapore writes it
            found.day, found.year_given = _date(today.year, named_month, named_day, text), False
            return _cut(text, match)
    if match := _EN_DAY_MONTH.search(text):
        month = _MONTHS.index(match.group(2)) + 1
        found.day, found.year_given = _date(today.year, month, int(match.group(1)), text), False
        return _cut(text, match)
    if match := _EN_DATE.search(text):
        month = _MONTHS.index(match.group(1)) + 1
        found.day, found.year_given = _date(today.year, month, int(match.group(2)), text), False
        return _cut(text, match)
    return text


def _date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DomainError("ends_invalid", value=text) from None


def _take_words(text: str, found: _Found) -> str:
    match = _DAYS_AHEAD.search(text)
    if match and (match.group("after") or match.group(0).startswith("in")):
        number = _EN_NUMBERS.get(match.group("n")) or parse_int(match.group("n"))
        if number is None:
            raise DomainError("ends_invalid", value=text)
        found.offset = number * (1 if _UNIT_KIND[match.group("unit")] == "d" else 7)
        text = _cut(text, match)
    for word, offset, period in _RELATIVE if found.offset is None else ():
        if word in text:
            found.offset, found.period = offset, period or found.period
            text = text.replace(word, " ", 1)
            break
    if match := _CN_WEEKDAY.search(text):
        prefix, day = match.group(1) or "", match.group(2)
        found.weekday = int(day) - 1 if day.isdigit() else _CN_WEEKDAYS[day]
        found.weeks_ahead = 2 if prefix == "下下" else 1 if prefix.startswith("下") else 0
        text = _cut(text, match)
    elif match := _EN_WEEKDAY.search(text):
        found.weekday = _EN_WEEKDAYS.index(_EN_WEEKDAY_TYPOS.get(match.group(2), match.group(2)[:3]))
        found.weeks_ahead = 1 if (match.group(1) or "").startswith("next") else 0
        text = _cut(text, match)
    if "midnight" in text or "午夜" in text:
        found.hour, found.minute = 23, 59
        text = text.replace("midnight", " ").replace("午夜", " ")
    for word, period in _PERIODS:
        if word in text:
            found.period = period
            text = text.replace(word, " ", 1)
            break
    return text


def _take_times(text: str, found: _Found) -> str:
    if match := _CLOCK.search(text):
        found.hour, found.minute, found.ampm = int(match.group(1)), int(match.group(2)), match.group(3)
        return _cut(text, match)
    if match := _AMPM.search(text):
        found.hour, found.ampm = int(match.group(1)), match.group(2)
        return _cut(text, match)
    if match := _CN_CLOCK.search(text):
        hour = parse_int(match.group(1))
        minute = 30 if match.group(2) else 15 if match.group(3) else 45 if match.group(4) else 0
        if match.group(5):
            minute = parse_int(match.group(5)) or 0
        if hour is None:
            raise DomainError("ends_invalid", value=text)
        found.hour, found.minute, found.said_dian = hour, minute, True
        return _cut(text, match)
    return text


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end() :]


def _said_anything(found: _Found) -> bool:
    return any(v is not None for v in (found.day, found.offset, found.weekday, found.period, found.hour))


def _clock(found: _Found) -> tuple[int, int, int]:
    """(hour, minute, extra days): `晚上12点` is midnight, the start of the next day."""
    if found.hour is None:
        return _PERIOD_HOURS.get(found.period or "", DEFAULT_HOUR), 0, 0
    hour, minute = found.hour, found.minute
    if found.ampm == "pm" and hour < 12:
        hour += 12
    elif found.ampm == "am" and hour == 12:
        hour = 0
    elif found.period in ("afternoon", "evening") and hour < 12:
        hour += 12
    elif found.period == "evening" and hour == 12:
        return 0, minute, 1
    elif found.period == "noon" and hour < 11:
        hour += 12
    elif found.period == "early" and hour == 12:
        hour = 0
    if hour == 24 and minute == 0:
        return 0, 0, 1
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError("no such time of day")
    return hour, minute, 0


def _later_today(found: _Found, local_now: datetime, tz: ZoneInfo) -> datetime | None:
    """`5点`, `今天6点` (an hour 1–11 said in Chinese, no part of the day) once that hour is past this
    morning: the same hour this afternoon or evening, when still ahead; None otherwise."""
    if not found.said_dian or found.period is not None or found.hour is None or not 1 <= found.hour <= 11:
        return None
    morning = datetime.combine(local_now.date(), time(found.hour, found.minute), tzinfo=tz)
    evening = morning + timedelta(hours=12)
    return evening if morning <= local_now < evening else None


def _resolve(found: _Found, local_now: datetime, tz: ZoneInfo, after: datetime | None = None) -> datetime:
    hour, minute, extra_days = _clock(found)
    today = local_now.date()

    def at(day: date) -> datetime:
        return datetime.combine(day + timedelta(days=extra_days), time(hour, minute), tzinfo=tz)

    if found.day is not None:
        result = at(found.day)
        if not found.year_given and result < local_now - timedelta(days=1):
            # next year's, unless that is further ahead than this year's is behind and beyond what a
            # deadline may be (`12月1日` typed on 7 December: a day just past, never next December);
            # a weekday typed with it that is next year's says so (a card's own `6月3日 周四` typed
            # back half a year ahead: next June's, as shown)
            next_year = at(found.day.replace(year=found.day.year + 1))
            named_next = found.weekday is not None and next_year.date().weekday() == found.weekday
            soon = next_year - local_now <= MAX_DURATION or next_year - local_now < local_now - result
            if named_next or soon:
                result = next_year
        return result
    if found.offset == 0 or (found.offset is None and found.weekday is None):
        later = _later_today(found, local_now, tz)  # `5点` at 08:00: 17:00 today, not 05:00
        if later is not None:
            return later
    if found.offset is not None:
        return at(today + timedelta(days=found.offset))
    if found.weekday is not None:
        if found.weeks_ahead:
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=found.weeks_ahead)
            return at(monday + timedelta(days=found.weekday))
        result = at(today + timedelta(days=(found.weekday - today.weekday()) % 7))
        if result <= local_now:
            result += timedelta(weeks=1)
        while after is not None and result < after:  # a pickup's weekday: the one after its deadline
            result += timedelta(weeks=1)
        return result
    result = at(today)
    return result if result > local_now else at(today + timedelta(days=1))
