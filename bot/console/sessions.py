"""Sessions in a signed cookie (itsdangerous), HttpOnly and SameSite=Lax, and CSRF tokens.

The cookie holds who is logged in (role, name, identity) and a random CSRF token; it is signed with
TUAN_CONSOLE_SECRET and expires after `SESSION_SECONDS`. A visitor gets one only when it is used: a
page with a form (the login form's CSRF token), logging in or out (a new one, a new token), a message
for the next page. An answer that used none (a redirect to /login, the API's JSON, a 401) sets no
cookie, so API clients and caches are never handed a session. Logging out also revokes the old one's
id in the shared counters, so a copy of its cookie is refused.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from commerce.domain.console import Principal, Role
from commerce.state import Counters

COOKIE = "tuan_console"
SESSION_SECONDS = 12 * 3600
# Signs session cookies when no TUAN_CONSOLE_SECRET is set (development, tests): public, so the console
# warns at start-up.
DEV_CONSOLE_SECRET = "tuan-dev-console-secret-do-not-use-in-production"


REVOKED = "console:revoked:"  # + a session's id: logged out (in the shared counters, for its lifetime)
SHOWN = "console:flash-shown:"  # + a flash's id: shown once already (in the shared counters)
FLASH_KEYS = ("flash", "flash_error", "flash_id")


class Sessions:
    def __init__(self, secret: str, *, secure: bool = False, counters: Counters | None = None) -> None:
        self._signer = URLSafeTimedSerializer(secret, salt="tuan-console-session")
        self.secure = secure
        self.counters = counters

    def load(self, cookie: str | None) -> tuple[dict[str, Any], bool]:
        """The session the cookie holds and True, or a fresh anonymous one and False (none, forged,
        expired)."""
        if cookie:
            try:
                data = self._signer.loads(cookie, max_age=SESSION_SECONDS)
            except BadSignature:
                data = None
            if isinstance(data, dict) and isinstance(data.get("csrf"), str):
                return data, True
        return fresh(), False

    def store(self, response: Response, data: dict[str, Any]) -> None:
        response.set_cookie(
            COOKIE,
            self._signer.dumps(data),
            max_age=SESSION_SECONDS,
            httponly=True,
            samesite="lax",
            secure=self.secure,
            path="/",
        )

    async def middleware(
        self, request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        """Load the session before the route; write it back after when it was replaced (logging in or
        out, a message for the next page), or when a new one's CSRF token went into a form."""
        sent = request.cookies.get(COOKIE)
        data, valid = self.load(sent)
        sid = data.get("sid")
        if (
            valid
            and isinstance(sid, str)
            and self.counters is not None
            and await self.counters.value(REVOKED + sid)
        ):
            data, valid = fresh(), False  # logged out: a copy of the cookie is worth nothing
        request.state.session = data
        request.state.session_used = False
        flash_id = data.get("flash_id")
        if (
            isinstance(flash_id, str)
            and self.counters is not None
            and await self.counters.value(SHOWN + flash_id)
        ):
            # an older copy of the cookie (kept by the client, another tab, the back button): its message
            # was shown on the page right after its action, never again on a later page
            request.state.session = {k: v for k, v in data.items() if k not in FLASH_KEYS}
        response = await call_next(request)
        shown = getattr(request.state, "flash_taken", None)
        if shown is not None and self.counters is not None:
            await self.counters.incr(SHOWN + shown, ttl=SESSION_SECONDS)
        if request.state.session is not data or (not valid and request.state.session_used):
            self.store(response, request.state.session)
        elif not valid and sent:  # forged, expired or logged out, and not replaced: forget it
            response.delete_cookie(COOKIE, path="/", httponly=True, samesite="lax", secure=self.secure)
        return response


def fresh(**who: Any) -> dict[str, Any]:
    """A new session (a new CSRF token), logged in as `who` (role, name, identity) or anonymous."""
    return {"csrf": secrets.token_urlsafe(24), **who}


def sign_in(request: Request, who: Principal) -> None:
    sid = secrets.token_urlsafe(16)  # what logging out revokes
    request.state.session = fresh(role=who.role.value, name=who.name, identity=who.identity, sid=sid)


async def sign_out(request: Request, counters: Counters | None) -> None:
    """A new anonymous session; the old one's id revoked for the rest of its life, so a copy of its
    cookie (another browser, a shared computer) no longer logs anyone in."""
    sid = request.state.session.get("sid")
    if isinstance(sid, str) and counters is not None:
        await counters.incr(REVOKED + sid, ttl=SESSION_SECONDS)
    request.state.session = fresh()


def principal(request: Request) -> Principal | None:
    data: dict[str, Any] = request.state.session
    role = data.get("role")
    if role not in {r.value for r in Role}:
        return None
    return Principal(Role(role), str(data.get("name", "")), str(data.get("identity", "")))


def csrf_token(request: Request) -> str:
    """This session's CSRF token, for a form: the session is kept (its cookie set) from now on."""
    request.state.session_used = True
    return str(request.state.session["csrf"])


def flash(request: Request, text: str, *, error: bool = False) -> None:
    """A message for the next page the person sees (after a redirect), once: its id is recorded as
    shown when that page takes it, so a stale copy of the cookie never shows it on a later page."""
    request.state.session = {
        **request.state.session, "flash": text, "flash_error": error, "flash_id": secrets.token_urlsafe(12)
    }  # fmt: skip
    request.state.flashed = True  # this request's own: a refused page of it may show it


def take_flash(request: Request) -> tuple[str, bool] | None:
    data: dict[str, Any] = request.state.session
    if "flash" not in data:
        return None
    request.state.session = {k: v for k, v in data.items() if k not in FLASH_KEYS}
    if isinstance(data.get("flash_id"), str):
        request.state.flash_taken = data["flash_id"]
    return str(data["flash"]), bool(data.get("flash_error"))
