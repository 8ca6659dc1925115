"""Personal access tokens for the API (`/api/v1/`), on a page of the logged-in organiser or admin:
make one (shown once, only its hash is stored), list them (first characters, made, last used) and
revoke one. Each change is audited."""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.auth import NotFoundHere, Organiser
from bot.console.deps import console_of
from bot.console.forms import CsrfForm
from bot.console.render import language, render
from bot.console.sessions import flash
from commerce.domain.api_tokens import MAX_LABEL, ApiToken
from commerce.services import api_tokens
from commerce.services import console as audit_log
from handlers.texts import format_datetime, t

router = APIRouter()
MAX_ROW_ID = 2**31 - 1
# The make-a-token form's one-time key (`once`), as the new group buy form's: the same form sent twice
# (a double click, a refresh, Back and send) makes one token. Claimed in the shared counters this long.
ONCE_SECONDS = 24 * 3600
MAX_ONCE = 64


def _rows(tokens: list[ApiToken], lang: str, tz: ZoneInfo) -> list[dict[str, object]]:
    def when(at: datetime | None) -> str:
        return "" if at is None else format_datetime(at, tz, lang)

    return [
        {
            "token": token,
            "created": when(token.created_at),
            "used": when(token.last_used_at) or t(lang, "console_tokens_never"),
            "revoked": when(token.revoked_at),
        }
        for token in tokens
    ]


async def _page(request: Request, who: Organiser, *, status: int = 200, **context: object) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    async with console.app.uow_factory() as uow:
        tokens = await api_tokens.tokens_of(uow, who)
    context.setdefault("label", "")
    context.setdefault("errors", {})
    context.setdefault("new_token", None)
    context.setdefault("max_label", MAX_LABEL)  # the input's maxlength: the server's own limit
    context.setdefault("once", secrets.token_urlsafe(16))  # this form's one submission
    return render(request, "tokens.html", status=status, rows=_rows(tokens, lang, console.app.tz), **context)


NEW_TOKEN = "new_token"  # the session's key for a token just made: shown on the next page, once


@router.get("/tokens")
async def token_list(request: Request, who: Organiser) -> Response:
    """The tokens; a token just made (the POST's redirect) shown this once, then gone from the session."""
    session = request.state.session
    made = session.get(NEW_TOKEN)
    if made is None:
        return await _page(request, who)
    request.state.session = {k: v for k, v in session.items() if k != NEW_TOKEN}
    return await _page(request, who, new_token=str(made))


@router.post("/tokens")
async def token_create(request: Request, who: Organiser, form: CsrfForm) -> Response:
    """A new token, then the tokens page (post/redirect/get: a refresh makes none again) showing it once:
    it rides in the signed, HttpOnly session to that page and is dropped from it there."""
    console = console_of(request)
    lang = language(request, console.default_language)
    label = " ".join(form.get("label", "").split())
    if not label or len(label) > MAX_LABEL:  # what it is for: named, to know it again and revoke it
        error = "console_tokens_label_missing" if not label else "console_tokens_label_long"
        return await _page(request, who, status=422, label=label[: MAX_LABEL * 4], errors={"label": error})
    once = form.get("once", "")[:MAX_ONCE]
    key = f"console:once:{who.identity}:token:{once}"
    if once and await console.counters.incr(key, ttl=ONCE_SECONDS) != 1:  # this form made one already
        flash(request, t(lang, "console_tokens_sent_twice", label=label), error=True)
        return RedirectResponse("/tokens", status_code=303)
    now = console.app.clock.now()
    try:
        async with console.app.uow_factory() as uow:
            token, stored = await api_tokens.create(uow, owner=who, label=label, now=now)
            await audit_log.audit(
                uow, who, "api_token.create", f"api_token:{stored.id}", now=now,
                after={"prefix": stored.prefix, "label": stored.label},
            )  # fmt: skip
            await uow.commit()
    except BaseException:  # nothing made: the form sent again is taken
        if once:
            await console.counters.incr(key, by=-1, ttl=ONCE_SECONDS)
        raise
    request.state.session = {**request.state.session, NEW_TOKEN: token}
    return RedirectResponse("/tokens", status_code=303)


@router.post("/tokens/{token_id}/revoke")
async def token_revoke(request: Request, token_id: int, who: Organiser, _: CsrfForm) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    now = console.app.clock.now()
    async with console.app.uow_factory() as uow:
        mine = next(
            (token for token in await api_tokens.tokens_of(uow, who) if token.id == token_id), None
        ) if 1 <= token_id <= MAX_ROW_ID else None  # fmt: skip
        if mine is None:  # another person's, or none: 404, as for their other things
            raise NotFoundHere
        done = await api_tokens.revoke(uow, owner=who, token_id=token_id, now=now)
        if done:
            await audit_log.audit(
                uow, who, "api_token.revoke", f"api_token:{token_id}", now=now,
                before={"revoked": False}, after={"revoked": True},
            )  # fmt: skip
            await uow.commit()
    if not done and mine.revoked_at is not None:  # revoked before (a second click, another tab)
        at = format_datetime(mine.revoked_at, console.app.tz, lang)
        flash(request, t(lang, "console_tokens_already_revoked", at=at), error=True)
    elif not done:
        flash(request, t(lang, "console_tokens_not_found"), error=True)
    else:
        flash(request, t(lang, "console_tokens_revoked"))
    return RedirectResponse("/tokens", status_code=303)
