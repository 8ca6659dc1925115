"""The pickup's place apart from its time: `group_buys.pickup` holds the place only, the time is
`group_buys.pickup_at` (already kept for the evening reminder), so each reader reads it in their own
language (handlers.texts.pickup).

Until now a pickup set with a time was kept as the text its setter's language wrote, `{place} · {time}`
(`Gate 3 · Thu 3 Dec 17:00`, `小区北门 · 12月3日 周四 17:00`). Where a group buy has a pickup time and
its text ends with a time as a catalog wrote one, the text becomes the place before it. A text whose
time cannot be read (or that has no place before it) is left as it is. The recogniser is frozen here
with the catalogs' `date_format` and Babel's names as they are today (en, zh), so the migration means
the same whatever the catalogs say later.

Downgrade changes nothing: the place alone is what the older version shows (the time still reminded).

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-02
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0038"
down_revision: str | None = "0037"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEPARATOR = " · "  # the catalogs' `pickup_at`: `{place} · {time}`
_BATCH = 500

# Babel's abbreviated names (format context), Monday first / January first.
_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ZH_DAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def _any(names: Sequence[str]) -> str:
    return "|".join(re.escape(name) for name in names)


_DAY = r"(?P<day>\d{1,2})"
_TIME = r"(?P<hour>\d{1,2}):(?P<minute>\d{2})"
_READERS = (  # each catalog's `date_format`: en `EEE d MMM HH:mm`, zh `M月d日 EEE HH:mm`
    re.compile(rf"(?P<weekday>{_any(_EN_DAYS)}) {_DAY} (?P<month_name>{_any(_EN_MONTHS)}) {_TIME}"),
    re.compile(rf"(?P<month>\d{{1,2}})月{_DAY}日 (?P<weekday>{_any(_ZH_DAYS)}) {_TIME}"),
)


def _is_time(text: str) -> bool:
    """Whether `text` is a time as a catalog wrote one: a real day on its weekday in some year (the
    text has none; the calendar repeats every 28 years), a real hour and minute."""
    for reader in _READERS:
        found = reader.fullmatch(text)
        if found is None:
            continue
        parts = found.groupdict()
        month = _EN_MONTHS.index(parts["month_name"]) + 1 if parts.get("month_name") else int(parts["month"])
        days = _EN_DAYS if parts["weekday"] in _EN_DAYS else _ZH_DAYS
        weekday = days.index(parts["weekday"])
        if not (0 <= int(parts["hour"]) <= 23 and 0 <= int(parts["minute"]) <= 59):
            return False
        for year in range(2000, 2028):  # from a leap year: 29 Feb too
            try:
                day = date(year, month, int(parts["day"]))
            except ValueError:  # 29 Feb in a common year; 31 Feb in every year
                continue
            if day.weekday() == weekday:
                return True
        return False
    return False


def place_of(text: str) -> str | None:
    """The place of a pickup kept as `{place} · {time}`; None when its time cannot be read or no place
    is before it (the text stays as it is)."""
    place, separator, time = text.rpartition(SEPARATOR)
    while place.endswith(" ·"):  # `Gate 3 · · Tue 24 Nov 18:00`: an edit typed back as shown, session 8
        place = place[:-2]
    if not separator or not place.strip() or not _is_time(time):
        return None
    return place


def upgrade() -> None:
    conn = op.get_bind()
    group_buys = sa.table("group_buys", sa.column("id", sa.Integer), sa.column("pickup", sa.String))
    rows = conn.execute(
        sa.text("SELECT id, pickup FROM group_buys WHERE pickup_at IS NOT NULL AND pickup LIKE :sep"),
        {"sep": f"%{SEPARATOR}%"},
    ).all()
    changes = [{"gid": row.id, "place": place} for row in rows if (place := place_of(row.pickup)) is not None]
    write = (
        sa.update(group_buys)
        .where(group_buys.c.id == sa.bindparam("gid"))
        .values(pickup=sa.bindparam("place"))
    )
    for start in range(0, len(changes), _BATCH):
        conn.execute(write, changes[start : start + _BATCH])


def downgrade() -> None:
    """Nothing to undo: the older version shows the place alone (its time is still reminded)."""
