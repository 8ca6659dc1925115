"""A pickup's time in the reader's language: `Gate 4 · Thu 3 Dec 18:00` reads `Gate 4 · 12月3日 周四 18:00`
on a Chinese card.

The group buy keeps its pickup as the text shown (`handlers.pickup_points`), the time written in the
language of whoever set it. Where the text is shown, a time at its end written by `format_datetime` in
any catalog's language (its `date_format`, Babel's names) is written again in the reader's. The text has
no year: any year in which that day falls on that weekday writes the same.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale

from handlers.texts.catalog import LANGUAGES, for_language, resolve
from handlers.texts.dates import format_datetime

SEPARATOR = " · "  # the catalogs' `pickup_at`: `{place} · {time}`
_TOKEN = re.compile(r"E+|M+|d+|H+|m+|'[^']*'|.", re.DOTALL)
_UTC = ZoneInfo("UTC")
_YEARS = 28  # the calendar repeats every 28 years: every (month, day, weekday) is in some year of them


@cache
def _reader(lang: str) -> re.Pattern[str]:
    """A regex reading a time written by `format_datetime` in `lang` (its `date_format` pattern)."""
    names = Locale.parse(resolve(lang))
    weekdays = "|".join(re.escape(str(name)) for name in names.days["format"]["abbreviated"].values())
    months = "|".join(re.escape(str(name)) for name in names.months["format"]["abbreviated"].values())
    parts = []
    for token in _TOKEN.findall(for_language(lang).gettext("date_format")):
        if token.startswith("E"):
            parts.append(f"(?P<weekday>{weekdays})")
        elif token.startswith("MMM"):
            parts.append(f"(?P<month_name>{months})")
        elif token.startswith("M"):
            parts.append(r"(?P<month>\d{1,2})")
        elif token.startswith("d"):
            parts.append(r"(?P<day>\d{1,2})")
        elif token.startswith("H"):
            parts.append(r"(?P<hour>\d{1,2})")
        elif token.startswith("m"):
            parts.append(r"(?P<minute>\d{2})")
        elif token.startswith("'"):
            parts.append(re.escape(token.strip("'") or "'"))
        else:
            parts.append(re.escape(token))
    return re.compile("".join(parts))


def _when(text: str, lang: str) -> datetime | None:
    """The time `text` writes in `lang` (a year with that weekday), None when it writes none."""
    match = _reader(lang).fullmatch(text)
    if match is None:
        return None
    names = Locale.parse(resolve(lang))
    found = match.groupdict()
    if found.get("month_name"):
        months = names.months["format"]["abbreviated"]
        month = next(number for number, name in months.items() if name == found["month_name"])
    else:
        month = int(found["month"])
    weekdays = names.days["format"]["abbreviated"]
    weekday = next(number for number, name in weekdays.items() if name == found["weekday"])
    for year in range(2000, 2000 + _YEARS):  # from a leap year: 29 Feb too
        try:
            day = date(year, month, int(found["day"]))
        except ValueError:
            continue
        if day.weekday() == weekday:
            hour, minute = int(found["hour"]), int(found["minute"])
            return datetime(year, month, day.day, hour, minute, tzinfo=UTC)
    return None


def pickup_in(text: str, lang: str) -> str:
    """`text` (a pickup as kept) with the time at its end written for a reader of `lang`."""
    place, separator, time = text.rpartition(SEPARATOR)
    if not separator:
        place, time = "", text  # only a time
    for written in LANGUAGES:
        if written == resolve(lang):
            continue
        at = _when(time, written)
        if at is not None:
            return place + separator + format_datetime(at, _UTC, lang)
    return text
