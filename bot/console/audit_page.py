"""The audit log (admins only): every change made in the console, newest first, filtered by who, what
(an action) and dates (inclusive, in the chats' timezone)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from bot.console.auth import Admin
from bot.console.deps import console_of
from bot.console.render import language, render
from commerce.domain.console import AuditFilter
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
        entries = await uow.console.audit_entries(where)
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
