"""The console's `GET /healthz` (bot.health): anonymous, JSON, 200 or 503, no session; `HEAD` answers
the same status and headers; any other method is a plain 405 with `Allow`.

A probe calls it every few seconds: it gets no session cookie (`sessionless` keeps the session
middleware off this path, so a probe neither receives a cookie nor reaches the shared state through a
session lookup) and changes nothing, so nothing is audited.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from bot.console.deps import console_of
from bot.health import HEADERS, PATH

router = APIRouter()
Middleware = Callable[[Request, Callable[[Request], Awaitable[Response]]], Awaitable[Response]]


@router.api_route(PATH, methods=["GET", "HEAD"], include_in_schema=False)  # HEAD: what monitors send
async def healthz(request: Request) -> Response:
    check = console_of(request).health
    if check is None:  # a console made without one (tests over its parts)
        return JSONResponse({"status": "not configured"}, status_code=404, headers=HEADERS)
    health = await check()
    return JSONResponse(health.as_json(), status_code=health.status_code, headers=HEADERS)


def sessionless(middleware: Middleware) -> Middleware:
    """`middleware` on every path but /healthz."""

    async def wrapped(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.url.path == PATH:
            return await call_next(request)
        return await middleware(request, call_next)

    return wrapped
