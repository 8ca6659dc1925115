"""The weekly For you (issue #13, "a short 'for you' section in the weekly digest"): once a week each
member who has For you on gets one private message with the week's best notes of their groups and
their picks.

The rules:
- When: a weekday and a time of day in the chats' timezone (`mon 20:00`); it is due from that time until
  midnight of that day (a bot down at 20:00 still sends it that evening), and the week is named by that
  day's date (`YYYY-MM-DD`, stored with the member: a week whose message was made is not made again).
- What: the week's best notes of the chats the member is in (each chat's `/top` ranking, merged in the
  same order, at most `NOTES`), and their For you picks (at most `PICKS`). Both empty: nothing is sent,
  and the week still counts. A member who turned For you off gets neither.
Standard library only.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from commerce.domain.digest import Ranked, order

NOTES = 3  # the week's best notes in one message
PICKS = 3  # For you picks in one message

_DAYS = {
    "mon": 0, "monday": 0, "周一": 0, "星期一": 0,
    "tue": 1, "tuesday": 1, "周二": 1, "星期二": 1,
    "wed": 2, "wednesday": 2, "周三": 2, "星期三": 2,
    "thu": 3, "thursday": 3, "周四": 3, "星期四": 3,
    "fri": 4, "friday": 4, "周五": 4, "星期五": 4,
    "sat": 5, "saturday": 5, "周六": 5, "星期六": 5,
    "sun": 6, "sunday": 6, "周日": 6, "周天": 6, "星期日": 6, "星期天": 6,
}  # fmt: skip
SHORT = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WHEN = re.compile(r"\s*(\S+?)\s*(\d{1,2}):(\d{2})\s*")
OFF = ("", "off", "none", "no")


@dataclass(frozen=True)
class Weekly:
    """A weekday (Monday 0 … Sunday 6) and a time of day, in the chats' timezone."""

    weekday: int
    at: time

    def __str__(self) -> str:
        return f"{SHORT[self.weekday]} {self.at:%H:%M}"


def parse_weekly(text: str) -> Weekly | None:
    """`mon 20:00` (also `monday 8:30`, `周一 20:00`); None for `off` or ``. ValueError otherwise."""
    if text.strip().lower() in OFF:
        return None
    found = _WHEN.fullmatch(text.lower())
    day = _DAYS.get(found.group(1)) if found else None
    if found is None or day is None:
        raise ValueError(f"a weekday and a time such as 'mon 20:00', or 'off'; not {text!r}")
    hour, minute = int(found.group(2)), int(found.group(3))
    if hour > 23 or minute > 59:
        raise ValueError(f"no such time of day: {text!r}")
    return Weekly(day, time(hour, minute))


def due_week(now: datetime, when: Weekly, *, tz: ZoneInfo) -> date | None:
    """The week whose message is due at `now` (named by its due day), or None: not that weekday, or
    before its time."""
    local = now.astimezone(tz)
    if local.weekday() != when.weekday or local.time() < when.at:
        return None
    return local.date()


def best_notes(rankings: Iterable[Sequence[Ranked]], *, size: int = NOTES) -> list[Ranked]:
    """The best `size` notes of several chats' rankings (each already best first), in their order."""
    return heapq.nsmallest(max(size, 0), (r for ranking in rankings for r in ranking), key=order)
