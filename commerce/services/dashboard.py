"""The console's dashboard (issue #14): the last 30 days' figures for everyone (an admin) or for one
organiser's group buys, each aggregated by storage (`uow.console_stats`); the top notes are the
digest's own ranking (`commerce.services.digest.best`, moderation's exclusions included) in the
`NOTE_CHATS` busiest chats in scope, merged as the digest orders them (the ranking costs tens of
milliseconds a chat: every chat of a large shop would not fit the page's 300 ms, bench/console.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from commerce.domain.console_stats import (
    NOTE_CHATS,
    TOP,
    TOP_NOTES,
    WINDOW_DAYS,
    Conversion,
    Day,
    StatsScope,
    TopGroupBuy,
    TopSharer,
    best_group_buys,
    by_day,
    window_days,
)
from commerce.domain.digest import Ranked
from commerce.ports import UnitOfWork
from commerce.services import digest


@dataclass(frozen=True)
class Dashboard:
    days: list[date]  # the window, oldest first
    figures: list[Day]  # per day and currency (days without orders absent)
    conversion: Conversion
    group_buys: list[TopGroupBuy]
    sharers: list[TopSharer]
    notes: list[Ranked]


def scope_for(organiser_id: str | None, *, now: datetime, tz: ZoneInfo) -> tuple[StatsScope, list[date]]:
    """The window: the last `WINDOW_DAYS` days in the shop's timezone, today included."""
    local = now.astimezone(tz)
    days = window_days(local.date())
    start = datetime.combine(days[0], datetime.min.time(), tzinfo=tz)
    offset = local.utcoffset() or timedelta(0)
    return StatsScope(organiser_id=organiser_id, since=start, utc_offset=offset), days


async def top_notes(uow: UnitOfWork, chats: list[str], *, since: datetime, until: datetime) -> list[Ranked]:
    """The best notes of these chats, each chat ranked as its digest ranks them, then merged the same way."""
    found: list[Ranked] = []
    for chat in chats:
        waiting = await _reported_waiting(uow, chat)  # in the admins' queue: not a top note meanwhile
        best = await digest.best(uow, chat, since=since, until=until, size=TOP_NOTES + len(waiting))
        found.extend(ranked for ranked in best if ranked.note.id not in waiting)
    found.sort(key=lambda r: (not r.verified, -r.score, -r.note.created_at.timestamp(), -(r.note.id or 0)))
    return found[:TOP_NOTES]


async def _reported_waiting(uow: UnitOfWork, chat_id: str) -> set[int]:
    """The chat's notes a member reported that no admin has decided on yet (review 98 #12: one waiting in
    the moderation queue topped the dashboard's notes)."""
    reported = await uow.moderation.reports(chat_id)
    if not reported:
        return set()
    flags = await uow.moderation.flags(chat_id)
    return {note_id for note_id in reported if not (note_id in flags and flags[note_id].cleared)}


async def dashboard(uow: UnitOfWork, *, organiser_id: str | None, now: datetime, tz: ZoneInfo) -> Dashboard:
    """Everyone's figures (`organiser_id` None) or that organiser's: their group buys' orders, their
    chats' notes."""
    scope, days = scope_for(organiser_id, now=now, tz=tz)
    until = now + timedelta(seconds=1)
    sales = await uow.console_stats.sales(scope)
    best = [(g.id, g.currency) for g in best_group_buys(sales, {}, TOP)]
    busiest = await uow.console_stats.busiest_chats(scope, NOTE_CHATS)
    return Dashboard(
        days=days,
        figures=by_day(sales),
        conversion=await uow.console_stats.conversion(scope),
        group_buys=best_group_buys(sales, await uow.console_stats.titles({gid for gid, *_ in best})),
        sharers=await uow.console_stats.top_sharers(scope, TOP),
        notes=await top_notes(uow, busiest, since=scope.since, until=until),
    )


__all__ = ["WINDOW_DAYS", "Dashboard", "dashboard", "scope_for", "top_notes"]
