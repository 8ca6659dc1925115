"""How an update that failed is logged: in full (with its traceback) the first time an error of its kind
is seen in a minute, then one short line per failed update. A database outage under a busy chat used to
write hundreds of lines for each delivery of each update (Telegram delivers a failed one again and
again); now it is told in full once a minute, and each update that failed still gets its line."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

FULL_EVERY_SECONDS = 60.0
SHORT_CHARS = 200


def kind_of(exc: BaseException) -> str:
    """An error's kind: its class (`sqlalchemy.exc.OperationalError`), whatever its message says."""
    kind = type(exc)
    return f"{kind.__module__}.{kind.__qualname__}"


def summary(exc: BaseException) -> str:
    """`OperationalError: connection refused`, on one line and short."""
    text = " ".join(str(exc).split())
    if len(text) > SHORT_CHARS:
        text = text[: SHORT_CHARS - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class FailureLog:
    """Logs failures to `logger` at ERROR: a kind's first in `every` seconds with its traceback, the
    others as one line naming the error."""

    def __init__(
        self,
        logger: logging.Logger,
        *,
        every: float = FULL_EVERY_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.every = every
        self._monotonic = monotonic
        self._full_at: dict[str, float] = {}

    def failed(self, exc: BaseException, message: str, *args: object) -> None:
        """`message % args`, then the error: in full when its kind was not told in full lately."""
        now = self._monotonic()
        kind = kind_of(exc)
        told = self._full_at.get(kind)
        if told is None or now - told >= self.every:
            if len(self._full_at) > 100:  # kinds are few; never let the dict grow with odd ones
                self._full_at.clear()
            self._full_at[kind] = now
            self.logger.error(message, *args, exc_info=exc)
            return
        self.logger.error(
            message + " (%s; its traceback was logged within the last minute)", *args, summary(exc)
        )
