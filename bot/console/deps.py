"""What the console's pages use, reached from a request: `console_of(request)`."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from commerce.state import Counters
from handlers.app import ChatApp


@dataclass
class Console:
    """The ChatApp (its units of work, clock, config and outbox), the shared counters (login
    attempts, across processes) and how cookies are signed."""

    app: ChatApp
    counters: Counters
    secret: str
    secure_cookies: bool = False
    default_language: str = "zh"


def console_of(request: Request) -> Console:
    console: Console = request.app.state.console
    return console
