"""A pickup as its reader reads it: the place as the organiser typed it and the time written in the
reader's language (`Gate 4 · Thu 3 Dec 18:00` on an English card, `Gate 4 · 12月3日 周四 18:00` on a
Chinese one), whoever set it and in whatever language.

The group buy keeps the place (`Terms.pickup`) and the time (`Terms.pickup_at`) apart; the time is
written with the catalog's `date_format` in the chats' timezone, as a deadline is. A pickup stored
before the two were kept apart whose time migration 0038 could not read keeps its text as stored (the
place), the time after it.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from commerce.domain.group_buy import Terms
from handlers.texts import format_datetime, t


def pickup_text(terms: Terms, tz: ZoneInfo, lang: str) -> str:
    """The pickup of `terms` for a reader of `lang` ("" when there is none): `{place} · {time}`."""
    if terms.pickup_at is None:
        return terms.pickup
    time = format_datetime(terms.pickup_at, tz, lang)
    if not terms.pickup:
        return time
    return t(lang, "pickup_at", place=terms.pickup, time=time)
