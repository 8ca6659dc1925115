"""Logging in and out: admins by username and password at /login, organisers and helpers by the
one-time link `/console` sent them (GET shows a button, POST uses the link: a chat app's link preview
fetching the page does not spend it).

Failed logins are counted in the shared state (commerce.state.Counters, so every process sees the same
count) per source: per account from one address, and per address whatever the account. Over either
limit that source is refused (the form says why and in how many minutes to try again; no password is
checked). The account itself is never locked, so a stranger's guesses cannot keep its owner out: past
a much higher count from everywhere, each try of it only waits `SLOW_SECONDS` first. The address is
the client's as uvicorn sees it (behind a proxy: its X-Forwarded-For, trusted from FORWARDED_ALLOW_IPS).
"""

from __future__ import annotations

import asyncio
import math
from datetime import datetime
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.deps import console_of
from bot.console.forms import CsrfForm, CsrfRefused, csrf_form
from bot.console.passwords import verify_password
from bot.console.render import LANGUAGES, language, render
from bot.console.sessions import flash, principal, sign_in, sign_out
from commerce.domain.console import Principal, Role
from commerce.ports import UnitOfWork
from commerce.services import console as service
from commerce.state import Counters
from handlers.members import own_languages
from handlers.texts import normalize_language, t

router = APIRouter()

WINDOW_SECONDS = 15 * 60
MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5  # then this account from this address is refused
MAX_FAILURES_PER_ADDRESS = 20  # then this address is refused, whatever the account
SLOW_AFTER_ACCOUNT_FAILURES = 50  # from everywhere: then each try of the account waits, never refused
SLOW_SECONDS = 3.0
pause = asyncio.sleep  # how a slowed try waits (tests record it instead)
MAX_FIELD = 1024
LANG_COOKIE_SECONDS = 365 * 86400  # the console's language, as chosen in this browser, for a year
HOME = {Role.ADMIN: "/dashboard", Role.ORGANISER: "/dashboard", Role.HELPER: "/pickup"}


# A form posted with the session gone comes back, after logging in, to a page that shows it: the one
# it came from, else its list (`/payouts/3/approve` -> /payouts), else the orders.
LISTS = frozenset({"group-buys", "orders", "payouts", "moderation", "members", "pickup", "audit", "tokens"})


def login_url(request: Request) -> str:
    """/login, coming back to the page asked for. A form posted (the session expired or logged out
    since its page was opened): back to the page it came from, said on it that nothing was done
    (`expired=1`), never to the action's own address (no page)."""
    if request.method in ("GET", "HEAD"):
        wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return f"/login?next={quote(wanted, safe='')}"
    return f"/login?next={quote(came_from(request), safe='')}&expired=1"


def came_from(request: Request) -> str:
    """The page a form was posted from (its Referer on this server), else the list of what it acts on,
    else /orders."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.path.startswith("/") and referer.netloc in ("", request.url.netloc):
        back = referer.path + (f"?{referer.query}" if referer.query else "")
        if _safe_next(back) and not referer.path.startswith("/login"):
            return back
    first = request.url.path.strip("/").split("/", 1)[0]
    return f"/{first}" if first in LISTS else "/orders"


def _safe_next(value: str | None) -> str | None:
    """Only a path on this server (never `//elsewhere` or a full URL)."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


@router.get("/")
async def home(request: Request) -> Response:
    who = principal(request)
    return RedirectResponse("/login" if who is None else HOME[who.role], status_code=302)


@router.get("/login")
async def login_form(request: Request, next: str | None = None, expired: str | None = None) -> Response:
    who = principal(request)
    if who is not None:
        return RedirectResponse(_safe_next(next) or HOME[who.role], status_code=302)
    return render(
        request, "login.html", username="", errors={}, next=_safe_next(next) or "", expired=bool(expired)
    )  # fmt: skip


class _Failures:
    """The failed-login counts of one try's sources, each in its own window of WINDOW_SECONDS that
    starts at its first failure (kept beside it, so the form can say when the window ends)."""

    def __init__(self, counters: Counters, username: str, address: str) -> None:
        account = username.lower()
        self.counters = counters
        self.pair = f"console:login:account-address:{account}|{address}"
        self.address = f"console:login:address:{address}"
        self.account = f"console:login:account:{account}"

    async def refusal(self, now: datetime) -> tuple[str, int] | None:
        """(why, minutes left) when this address, or this account from it, may not try now."""
        if await self.counters.value(self.address) >= MAX_FAILURES_PER_ADDRESS:
            return "console_login_too_many_address", await self._minutes_left(self.address, now)
        if await self.counters.value(self.pair) >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS:
            return "console_login_too_many_account", await self._minutes_left(self.pair, now)
        return None

    async def slowed(self) -> bool:
        return await self.counters.value(self.account) >= SLOW_AFTER_ACCOUNT_FAILURES

    async def failed(self, now: datetime) -> None:
        for key in (self.pair, self.address, self.account):
            if await self.counters.incr(key, ttl=WINDOW_SECONDS) == 1:  # a new window: when it started
                # a second less than the count's, so a new window never finds the old start
                await self.counters.incr(key + ":since", by=int(now.timestamp()), ttl=WINDOW_SECONDS - 1)

    async def _minutes_left(self, key: str, now: datetime) -> int:
        since = await self.counters.value(key + ":since")
        left = WINDOW_SECONDS if not since else since + WINDOW_SECONDS - now.timestamp()
        return min(max(math.ceil(left / 60), 1), WINDOW_SECONDS // 60)


@router.post("/login")
async def login(request: Request, form: CsrfForm) -> Response:
    username = form.get("username", "").strip()[:MAX_FIELD]
    password = form.get("password", "")[:MAX_FIELD]
    nxt = _safe_next(form.get("next"))
    expired = bool(form.get("expired"))  # a form sent after the session ended: its page says so after
    errors: dict[str, str] = {}
    if not username:
        errors["username"] = "console_login_username_missing"
    elif not password:
        errors["password"] = "console_login_password_missing"
    if errors:
        return render(
            request,
            "login.html",
            status=422,
            username=username,
            errors=errors,
            next=nxt or "",
            expired=expired,
        )
    console = console_of(request)
    now = console.app.clock.now()
    # `DAN` is dan: one account's tries counted together, whatever the case typed
    failures = _Failures(
        console.counters, username.casefold(), request.client.host if request.client else "unknown"
    )
    refused = await failures.refusal(now)
    if refused is not None:
        errors["password"], minutes = refused
        return render(
            request, "login.html", status=429, username=username, errors=errors, next=nxt or "",
            minutes=minutes, expired=expired,
        )  # fmt: skip
    slowed = await failures.slowed()
    if slowed:  # many failures of this account from everywhere: slower, but its owner still gets in
        await pause(SLOW_SECONDS)
    async with console.app.uow_factory() as uow:
        account = await uow.console.account(username)
        if account is None:  # the username in another case (`DAN`): the one account of that name
            same = [a for a in await uow.console.accounts() if a.username.casefold() == username.casefold()]
            account = same[0] if len(same) == 1 else None
    # verified even for an unknown name (against a dummy hash): the answer takes as long either way
    verified = verify_password(account.password_hash if account is not None else None, password)
    if account is None or not verified:
        await failures.failed(now)
        errors["password"] = "console_login_bad"
        return render(
            request, "login.html", status=401, username=username, errors=errors, next=nxt or "",
            slowed=slowed, expired=expired,
        )  # fmt: skip
    sign_in(request, Principal(Role.ADMIN, account.username))
    if expired:  # a form sent after the session ended: nothing was done, said on its page
        flash(
            request, t(language(request, console.default_language), "console_login_expired_redo"), error=True
        )
    return RedirectResponse(nxt or HOME[Role.ADMIN], status_code=303)


@router.post("/logout")
async def logout(request: Request, _: CsrfForm) -> Response:
    await sign_out(request, console_of(request).counters)
    return RedirectResponse("/login", status_code=303)


@router.get("/login/link/{token}")
async def link_page(request: Request, token: str) -> Response:
    """The button that uses the link (GET changes nothing: link previews fetch it)."""
    return render(request, "link.html", token=token)


@router.post("/login/link/{token}")
async def use_link(request: Request, token: str) -> Response:
    try:
        await csrf_form(request)
    except CsrfRefused:  # its page kept from before (back, a second tab): never "this form has expired"
        who = principal(request)
        if who is not None:  # logged in already (by this link, or another way): her page
            return RedirectResponse(HOME[who.role], status_code=303)
        return render(request, "link.html", token=token)  # its button again: used, it says so (410)
    console = console_of(request)
    async with console.app.uow_factory() as uow:
        identity = await service.use_link(uow, token=token[:MAX_FIELD], now=console.app.clock.now())
        role = None if identity is None else await service.role_of(uow, identity)
        name = None if identity is None else await uow.members.name_of(identity)
        spoken = None if identity is None else await _language_of(uow, identity)
        await uow.commit()
    if identity is None or role is None:
        return render(request, "error.html", status=410, message_key="console_link_invalid")
    sign_in(request, Principal(role, name or identity.split(":", 1)[-1], identity))
    response = RedirectResponse(HOME[role], status_code=303)
    if spoken is not None and normalize_language(request.cookies.get("lang")) not in LANGUAGES:
        # no language chosen in this browser yet: the console opens in the one she speaks to the bot
        response.set_cookie("lang", spoken, max_age=LANG_COOKIE_SECONDS, httponly=True, samesite="lax")
    return response


async def _language_of(uow: UnitOfWork, identity: str) -> str | None:
    """The language of her private chat with the bot, where `/console` sent the link: as every private
    message to her speaks (`own_languages`: her `/lang` there, else her own as last seen, the words she
    last used), if any is known."""
    platform, _, user_id = identity.partition(":")
    spoken = (await own_languages(uow, platform, [user_id], ""))[user_id]
    chosen = normalize_language(spoken) if spoken else None
    return chosen if chosen in LANGUAGES else None


@router.get("/lang/{code}")
async def choose_language(code: str, back: str | None = None) -> Response:
    response = RedirectResponse(_safe_next(back) or "/", status_code=302)
    if code in LANGUAGES:
        response.set_cookie("lang", code, max_age=LANG_COOKIE_SECONDS, httponly=True, samesite="lax")
    return response
