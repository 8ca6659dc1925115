"""How an update that failed is logged: in full (with its traceback) the first time an error of its kind
is seen in a minute, then one short line per failed update. A database outage under a busy chat used to
write hundreds of lines for each delivery of each update (Telegram delivers a failed one again and
again); now it is told in full once a minute, and each update that failed still gets its line.

A database that cannot be reached is one outage for the whole process (`DATABASE`), whoever meets it
(the ChatApp, the scheduler's claims and sweeps, the housekeeping jobs, the outbox relays): one WARNING
when it starts, one traceback a minute at most, each failing thing's line once a minute (an update that
Telegram delivers again and again included), and one line when the database answers again."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator

FULL_EVERY_SECONDS = 60.0
SHORT_CHARS = 200
# PostgreSQL's SQLSTATEs of a server gone or going: connection exceptions (08…), shutting down or
# starting up (57P01…57P03)
UNREACHABLE_SQLSTATES = ("08", "57P01", "57P02", "57P03")
# clients of other services (the Bot API, Redis, WeChat's puppet service over gRPC)
NOT_THE_DATABASE = ("aiohttp", "aiogram", "httpx", "redis", "grpclib", "wechaty", "wechaty_puppet")
LOST_CONNECTION_WORDS = ("connection is closed", "connection was closed", "invalid transaction")

outage_log = logging.getLogger("tuan.database")


def kind_of(exc: BaseException) -> str:
    """An error's kind: its class (`sqlalchemy.exc.OperationalError`), whatever its message says."""
    kind = type(exc)
    return f"{kind.__module__}.{kind.__qualname__}"


def summary(exc: BaseException) -> str:
    """`OperationalError: connection refused`, on one line and short (a driver error's statement left out:
    the traceback has it)."""
    text = " ".join(str(exc).split("\n[SQL:")[0].split())
    if len(text) > SHORT_CHARS:
        text = text[: SHORT_CHARS - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (a driver error's `orig`) and what caused it, each once."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        error = todo.pop()
        if not isinstance(error, BaseException) or id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        todo.extend([getattr(error, "orig", None), error.__cause__, error.__context__])


def database_unreachable(exc: BaseException) -> bool:
    """Whether `exc` says the database cannot be reached (refused, reset, gone, restarting), not that a
    statement was wrong. Duck-typed: this layer knows neither SQLAlchemy nor the drivers."""
    chain = list(_chain(exc))
    if any(type(error).__module__.split(".")[0] in NOT_THE_DATABASE for error in chain):
        return False  # the Bot API, Redis or another service failed: not the database
    for error in chain:
        if isinstance(error, OSError):  # refused, reset, unreachable host, DNS: ConnectionError's kin
            return True
        if getattr(error, "connection_invalidated", False):  # SQLAlchemy: the connection was lost
            return True
        code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
        if isinstance(code, str) and code.startswith(UNREACHABLE_SQLSTATES):
            return True
        lost = type(error).__name__.endswith(
            ("InterfaceError", "ConnectionDoesNotExistError", "PendingRollbackError")
        )
        if lost and any(words in str(error).lower() for words in LOST_CONNECTION_WORDS):
            return True
    return False


class DatabaseOutage:
    """This process's database outage: told once when it starts and once when it ends, one traceback a
    minute at most whoever fails, and each failing thing's own line once a minute (`failed`)."""

    def __init__(
        self, *, every: float = FULL_EVERY_SECONDS, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.every = every
        self._monotonic = monotonic
        self.reset()

    def reset(self) -> None:
        """No outage seen yet (a test's start)."""
        self.down_since: float | None = None
        self._traceback_at: float | None = None
        self._said: dict[str, float] = {}

    def failed(self, logger: logging.Logger, exc: BaseException, message: str, *args: object) -> bool:
        """Log `message % args` for `exc` if the database cannot be reached (True), as the outage allows;
        False (nothing logged) for any other error: the caller logs it as it did."""
        if not database_unreachable(exc):
            return False
        now = self._monotonic()
        if self.down_since is None:
            self.down_since = now
            outage_log.warning(
                "database unreachable (%s): process %d answers updates 5xx (Telegram sends them again), "
                "deadlines, sweeps and the outbox wait; one traceback a minute at most until it answers",
                summary(exc),
                os.getpid(),
            )
        line = message % args if args else message
        if self._traceback_at is None or now - self._traceback_at >= self.every:
            self._traceback_at = now
            self._said[line] = now
            logger.error("%s", line, exc_info=exc)
            return True
        said = self._said.get(line)
        if said is None or now - said >= self.every:
            if len(self._said) > 1000:  # one key per failing update: never let it grow without end
                self._said.clear()
            self._said[line] = now
            logger.error(
                "%s (%s; database unreachable for %.0f s)", line, summary(exc), now - self.down_since
            )
        return True

    def answered(self) -> None:
        """Something worked on the database: an outage, if there was one, is over (said once)."""
        if self.down_since is None:
            return
        outage_log.warning(
            "database answers again after %.0f s (process %d)",
            self._monotonic() - self.down_since,
            os.getpid(),
        )
        self.down_since = None
        self._said.clear()


DATABASE = DatabaseOutage()  # one per process: every component says its failures through it


def log_failure(logger: logging.Logger, exc: BaseException, message: str, *args: object) -> None:
    """`logger.exception`'s line and traceback; the database unreachable: as the process's outage allows."""
    if not DATABASE.failed(logger, exc, message, *args):
        logger.error(message, *args, exc_info=exc)


class FailureLog:
    """Logs failures to `logger` at ERROR: a kind's first in `every` seconds with its traceback, the
    others as one line naming the error."""

    def __init__(
        self,
        logger: logging.Logger,
        *,
        every: float = FULL_EVERY_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        outage: DatabaseOutage | None = None,
    ) -> None:
        self.logger = logger
        self.outage = DATABASE if outage is None else outage
        self.every = every
        self._monotonic = monotonic
        self._full_at: dict[str, float] = {}

    def failed(self, exc: BaseException, message: str, *args: object) -> None:
        """`message % args`, then the error: in full when its kind was not told in full lately; the
        database unreachable: as the process's outage allows."""
        if self.outage.failed(self.logger, exc, message, *args):
            return
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
