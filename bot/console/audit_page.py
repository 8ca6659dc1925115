"""The audit log (admins only): every change made in the console, newest first, filtered by who, what
(an action) and dates (inclusive, in the chats' timezone)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from bot.console.auth import Admin
from bot.console.deps import console_of
from bot.console.render import language, render
from commerce.domain.console import ADMIN_PREFIX, AuditEntry, AuditFilter
from commerce.domain.console_people import Scope
from commerce.ports import UnitOfWork
from handlers.texts import format_datetime

router = APIRouter()
TICK = timedelta(microseconds=1)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _json(value: object) -> Markup:
    """An entry's before or after as typed (`广告`, not as JSON's ASCII escapes), as the text of an
    element: `&`, `<` and `>` escaped, the quotes left as they are."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


async def _actors(uow: UnitOfWork, who: str) -> list[str]:
    """The actors `who` names: one as the log writes it (`playground:alice`, `console:root`), and a
    person by name or bare id (`alice`, `Alice`), whatever the case."""
    wanted = who.casefold()
    found = {who}
    for account in await uow.console.accounts():
        if account.username.casefold() in (wanted, wanted.removeprefix(ADMIN_PREFIX)):
            found.add(ADMIN_PREFIX + account.username)
    for member in await uow.console_people.members(Scope()):
        if wanted in (member.identity.casefold(), member.user_id.casefold(), member.name.casefold()):
            found.add(member.identity)
    return sorted(found)


async def _entries(uow: UnitOfWork, where: AuditFilter) -> list[AuditEntry]:
    """The entries matching `where`, its actor read as a person (`_actors`), newest first."""
    if where.actor is None:
        return await uow.console.audit_entries(where)
    entries: list[AuditEntry] = []
    for actor in await _actors(uow, where.actor):
        entries += await uow.console.audit_entries(replace(where, actor=actor))
    entries.sort(key=lambda e: (e.at, e.id or 0), reverse=True)
    return entries[: where.limit]


@router.get("/audit")
async def audit_list(
    request: Request,
    _: Admin,
    who: str | None = None,
    what: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Response:
    console = console_of(request)
    tz = console.app.tz
    lang = language(request, console.default_language)
    first, last = _day(since), _day(until)
    given = (("since", since, first), ("until", until, last))
    errors = {name: "console_audit_date_bad" for name, text, day in given if text and day is None}
    where = AuditFilter(
        actor=(who or "").strip()[:200] or None,
        action=(what or "").strip()[:64] or None,
        since=None if first is None else datetime.combine(first, time(), tz),
        until=None if last is None else datetime.combine(last + timedelta(days=1), time(), tz) - TICK,
    )
    async with console.app.uow_factory() as uow:
        entries = await _entries(uow, where)
    shown = [
        {
            "entry": e,
            "at": format_datetime(e.at, tz, lang),
            "before": _json(e.before),
            "after": _json(e.after),
        }
        for e in entries
    ]
    filters = {"who": who or "", "what": what or "", "since": since or "", "until": until or ""}
    status = 422 if errors else 200
    return render(request, "audit.html", status=status, entries=shown, filters=filters, errors=errors)
