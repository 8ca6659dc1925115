"""What the console's pages use, reached from a request: `console_of(request)`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Request

from bot.health import Health
from commerce.state import Counters
from handlers.app import ChatApp


@dataclass
class Console:
    """The ChatApp (its units of work, clock, config and outbox), the shared counters (login
    attempts, across processes), how cookies are signed, and the process's health check."""

    app: ChatApp
    counters: Counters
    secret: str
    secure_cookies: bool = False
    default_language: str = "zh"
    health: Callable[[], Awaitable[Health]] | None = None  # GET /healthz (bot.health); None: 404


def console_of(request: Request) -> Console:
    console: Console = request.app.state.console
    return console
