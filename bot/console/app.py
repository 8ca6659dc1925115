"""The console's FastAPI app: `create_console(tuan)` over a built Tuan, or `create_console_app(...)` over
its parts (tests).

Errors are pages: 302 to /login when nobody is logged in (401 for `/api/`), 403 for a role that does
not reach the page or a form without its CSRF token, 404 for what is not there or not the person's.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.routing import Mount

from bot.allow import allow_header
from bot.console import (
    audit_page,
    dashboard,
    export,
    group_buy_changes,
    group_buys,
    healthz,
    login,
    members,
    moderation,
    orders,
    payouts,
    pickup,
    tokens,
)
from bot.console.api import PREFIX as API_PREFIX
from bot.console.api import create_api
from bot.console.auth import Forbidden, LoginRequired, NotesForAdmins, NotFoundHere
from bot.console.deps import Console
from bot.console.forms import CsrfRefused, FormTooLarge
from bot.console.render import render
from bot.console.sessions import DEV_CONSOLE_SECRET, Sessions

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
ROUTERS: tuple[APIRouter, ...] = (login.router, dashboard.router, group_buys.router, pickup.router)
ROUTERS += (audit_page.router, tokens.router)
ROUTERS += (members.router, payouts.router, moderation.router)  # members, payouts and ledger, moderation
ROUTERS += (healthz.router,)  # GET /healthz: anonymous, no session (bot.health)
# group buy changes before group_buys (its /group-buys/{id} would take /group-buys/new), orders, export
ROUTERS = (group_buy_changes.router, *ROUTERS, orders.router, export.router)


# Every answer: never shown inside another site's frame (a one-click 批准 or 退款 form under a decoy), and
# only this server's own stylesheet, forms and images (the pages use no script).
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


async def unframed(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """The answer with `SECURITY_HEADERS` (a route's own kept)."""
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def create_console(tuan: object) -> FastAPI:
    """The console over a built Tuan (bot.bootstrap.build)."""
    from bot.bootstrap import Tuan
    from bot.health import HealthCheck

    assert isinstance(tuan, Tuan)
    settings = tuan.settings
    secret = settings.console_secret
    if not secret:
        log.warning(
            "TUAN_CONSOLE_SECRET is not set: console sessions are signed with a public development "
            "secret; set your own before anyone but you can reach the console"
        )
        secret = DEV_CONSOLE_SECRET
    console = Console(
        app=tuan.app,
        counters=tuan.state.counters,
        secret=secret,
        secure_cookies=settings.console_public_url.startswith("https://"),
        default_language=settings.language,
        health=HealthCheck.of(tuan),
    )
    return create_console_app(console)


def create_console_app(console: Console) -> FastAPI:
    web = FastAPI(title="Tuan console", docs_url=None, redoc_url=None, openapi_url=None)
    web.state.console = console
    web.state.default_language = console.default_language
    sessions = Sessions(console.secret, secure=console.secure_cookies, counters=console.counters)
    web.middleware("http")(healthz.sessionless(sessions.middleware))
    web.middleware("http")(unframed)

    @web.exception_handler(LoginRequired)
    async def _login(request: Request, _: LoginRequired) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "log in first"}, status_code=401)
        return RedirectResponse(login.login_url(request), status_code=302)

    def error_page(status: int, key: str) -> Callable[[Request, Exception], Awaitable[Response]]:
        async def page(request: Request, _: Exception) -> Response:
            return render(request, "error.html", status=status, message_key=key)

        return page

    # each refusal as one page; a path that names nothing (`/group-buys/abc`) is not there
    for refusal, (status, key) in {
        Forbidden: (403, "console_forbidden"),
        NotesForAdmins: (403, "console_notes_for_admins"),
        CsrfRefused: (403, "console_csrf_refused"),
        FormTooLarge: (413, "console_form_too_large"),
        NotFoundHere: (404, "console_not_found"),
        RequestValidationError: (404, "console_not_found"),
    }.items():
        web.add_exception_handler(refusal, error_page(status, key))

    @web.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        key = {404: "console_not_found", 405: "console_not_allowed"}.get(exc.status_code, "console_failed")
        page = render(request, "error.html", status=exc.status_code, message_key=key)
        page.headers.update(allow_header(request, exc.headers))  # a 405's Allow
        return page

    @web.exception_handler(Exception)
    async def _failed(request: Request, exc: Exception) -> Response:
        log.exception("console request %s %s failed", request.method, request.url.path)
        return render(request, "error.html", status=500, message_key="console_failed")

    web.mount(API_PREFIX, create_api(console), name="api")  # its own OpenAPI schema and JSON errors
    web.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in ROUTERS:
        web.include_router(router)
    return web


def route_table(web: FastAPI) -> set[tuple[str, str]]:
    """Every (method, path) the app answers, its routers' included (FastAPI 0.165 keeps an included
    router as one entry holding the original): what the role x route matrix test walks."""
    found: set[tuple[str, str]] = set()

    def walk(routes: list[Any], prefix: str = "") -> None:
        for route in routes:
            included = getattr(route, "original_router", None)
            if included is not None:
                walk(list(included.routes), prefix)
            elif isinstance(route, Mount) and getattr(route.app, "routes", None):  # the API's app
                walk(list(getattr(route.app, "routes")), prefix + route.path)  # noqa: B009
            elif isinstance(route, Mount):
                found.add(("GET", f"{prefix}{route.path}/*"))
            else:
                found.update(
                    (method, prefix + route.path)
                    for method in getattr(route, "methods", None) or ()
                    if method != "HEAD"
                )

    walk(list(web.routes))
    return found
