"""Dates as the reader's locale writes them: Babel's CLDR names, the catalog's pattern.

The pattern is the catalog entry `date_format` (`EEE d MMM HH:mm` -> `Mon 23 Nov 20:00`,
`M月d日 EEE HH:mm` -> `11月23日 周一 20:00`); weekday and month names come from Babel's locale data.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_datetime as _format_datetime

from handlers.texts.catalog import for_language, resolve


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def format_datetime(at: datetime, tz: ZoneInfo, lang: str) -> str:
    """`at` in the chat's timezone `tz`, written for a reader of `lang`."""
    return _formatted(at, tz, for_language(lang).gettext("date_format"), resolve(lang))


@lru_cache(maxsize=4096)
def _formatted(at: datetime, tz: ZoneInfo, pattern: str, lang: str) -> str:
    """Babel's formatting, remembered: a card shows the same deadline on every render (each join's
    answer and each edit), and Babel parses the locale and the pattern every time."""
    return _format_datetime(at, pattern, tzinfo=tz, locale=_locale(lang))
