"""Logging in and out: admins by username and password at /login, organisers and helpers by the
one-time link `/console` sent them (GET shows a button, POST uses the link: a chat app's link preview
fetching the page does not spend it).

Failed logins are counted in the shared state (commerce.state.Counters, so every process sees the same
count) per account and per address; over the limit, the form says when to try again and no password is
checked.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.deps import console_of
from bot.console.forms import CsrfForm
from bot.console.passwords import verify_password
from bot.console.render import LANGUAGES, render
from bot.console.sessions import principal, sign_in, sign_out
from commerce.domain.console import Principal, Role
from commerce.services import console as service

router = APIRouter()

WINDOW_SECONDS = 15 * 60
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 20
MAX_FIELD = 1024
HOME = {Role.ADMIN: "/dashboard", Role.ORGANISER: "/dashboard", Role.HELPER: "/pickup"}


def login_url(request: Request) -> str:
    """/login, coming back to the page asked for."""
    wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/login?next={quote(wanted, safe='')}"


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
async def login_form(request: Request, next: str | None = None) -> Response:
    who = principal(request)
    if who is not None:
        return RedirectResponse(_safe_next(next) or HOME[who.role], status_code=302)
    return render(request, "login.html", username="", errors={}, next=_safe_next(next) or "")


def _keys(username: str, address: str) -> tuple[str, str]:
    return f"console:login:account:{username.lower()}", f"console:login:address:{address}"


@router.post("/login")
async def login(request: Request, form: CsrfForm) -> Response:
    username = form.get("username", "").strip()[:MAX_FIELD]
    password = form.get("password", "")[:MAX_FIELD]
    nxt = _safe_next(form.get("next"))
    errors: dict[str, str] = {}
    if not username:
        errors["username"] = "console_login_username_missing"
    elif not password:
        errors["password"] = "console_login_password_missing"
    if errors:
        return render(request, "login.html", status=422, username=username, errors=errors, next=nxt or "")
    console = console_of(request)
    account_key, address_key = _keys(username, request.client.host if request.client else "unknown")
    counters = console.counters
    if (
        await counters.value(account_key) >= MAX_FAILURES_PER_ACCOUNT
        or await counters.value(address_key) >= MAX_FAILURES_PER_ADDRESS
    ):
        errors["password"] = "console_login_too_many"
        return render(
            request, "login.html", status=429, username=username, errors=errors, next=nxt or "",
            minutes=WINDOW_SECONDS // 60,
        )  # fmt: skip
    async with console.app.uow_factory() as uow:
        account = await uow.console.account(username)
    if account is None or not verify_password(account.password_hash, password):
        await counters.incr(account_key, ttl=WINDOW_SECONDS)
        await counters.incr(address_key, ttl=WINDOW_SECONDS)
        errors["password"] = "console_login_bad"
        return render(request, "login.html", status=401, username=username, errors=errors, next=nxt or "")
    sign_in(request, Principal(Role.ADMIN, account.username))
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
async def use_link(request: Request, token: str, _: CsrfForm) -> Response:
    console = console_of(request)
    async with console.app.uow_factory() as uow:
        identity = await service.use_link(uow, token=token[:MAX_FIELD], now=console.app.clock.now())
        role = None if identity is None else await service.role_of(uow, identity)
        name = None if identity is None else await uow.members.name_of(identity)
        await uow.commit()
    if identity is None or role is None:
        return render(request, "error.html", status=410, message_key="console_link_invalid")
    sign_in(request, Principal(role, name or identity.split(":", 1)[-1], identity))
    return RedirectResponse(HOME[role], status_code=303)


@router.get("/lang/{code}")
async def choose_language(code: str, back: str | None = None) -> Response:
    response = RedirectResponse(_safe_next(back) or "/", status_code=302)
    if code in LANGUAGES:
        response.set_cookie("lang", code, max_age=365 * 86400, httponly=True, samesite="lax")
    return response
