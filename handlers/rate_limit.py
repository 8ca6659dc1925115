"""At most a few commands a minute from one member in a group chat; beyond it, one "slow down" and silence.

Without it one member could make the bot flood a group: 300 `/help` were 300 messages, 300 `/status`
300 cards. The limit is `AppConfig.commands_per_minute` (TUAN_COMMANDS_PER_MINUTE, default 5; 0: none).

What counts: every command the ChatApp parsed in a group chat (chatter never does), joins included. A
member rarely types `+1` more than twice in a minute, so five does not bite ordinary use, and a flood of
`+9999` stops like any other. A private chat never counts (only the member reads the answers), nor a
button tap whose answer is a toast only the tapper sees (Telegram, the playground: the card is edited in
place, nothing is posted). Where a tap's answer is said in the chat (WeChat, `outbox_toasts`: a typed `1`
answering the numbered choices), it counts like the command it stands for.

An organiser's bookkeeping (`已收 1-2` for each buyer who paid, `已取货`, `核销`, `退款`, `截单`…) comes
in runs: ten payments confirmed in a minute is a normal evening, and a confirmation refused in a run
looks done. Those commands count in a window of their own with `BOOKKEEPING_FACTOR` times the limit
(60 a minute by default): still bounded if someone else floods them (each gets a one-line refusal).

Over the limit the command is not done at all: the first one over is answered "slow down, try again in
N seconds" and the rest of the window get nothing. An over-limit `+1` does not join either: a join done
silently would look ignored to the member, who would type it again.

How: a fixed window of 60 s on the app's clock (tests move it), one counter per (platform, chat, member,
window) in the shared `Counters` (commerce/state.py: this process's memory, or Redis so that every
process counts together), forgotten after 120 s of real time. A burst straddling a window's edge can get
twice the limit through, which is still no flood. The count runs before the update is claimed (a flood
must cost one counter, not a transaction each), so a platform's retry of an update counts again: a small
over-count, accepted. If the counters fail (Redis gone), commands are let through, with a warning at
most once a minute: the limit protects the group, it must never silence the bot.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from commerce.state import Counters
from handlers.parsing.commands import Command
from handlers.types import ChatKind, Request

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60
KEEP_SECONDS = 120.0  # real time: long enough for any window, short enough to stay small
WARN_EVERY_SECONDS = 60.0
BOOKKEEPING = frozenset(
    {
        *("paid", "notpaid", "unpaid", "confirm", "picked_up", "pickup_code", "refund"),
        *("remove", "add", "close", "cancel"),
    }
)
BOOKKEEPING_FACTOR = 12


@dataclass(frozen=True)
class Over:
    """A command over the limit: whether it is the first one over in its window (that one is told to slow
    down), and the whole seconds until the window ends."""

    first: bool
    wait: int


class CommandLimiter:
    """Counts a member's commands in a group per window; `over()` says which ones go unanswered."""

    def __init__(
        self,
        counters: Counters,
        *,
        per_minute: int,
        toasts_in_chat: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 1:
            raise ValueError(f"a limit must be at least 1 command a minute, not {per_minute!r}")
        self.counters = counters
        self.per_minute = per_minute
        self.toasts_in_chat = toasts_in_chat
        self._monotonic = monotonic
        self._warned_at: float | None = None

    def counts(self, request: Request, command: Command) -> bool:
        """Whether this command counts: in a group, and not a tap answered privately."""
        if request.chat_kind is not ChatKind.GROUP:
            return False
        return not command.tap or self.toasts_in_chat

    async def over(self, request: Request, command: Command, *, now: datetime) -> Over | None:
        """None when the command may be answered (counting it if it counts); else how it is over."""
        if not self.counts(request, command):
            return None
        seconds = now.timestamp()
        window = math.floor(seconds / WINDOW_SECONDS)
        kind, limit = (
            ("work", self.per_minute * BOOKKEEPING_FACTOR)
            if command.name in BOOKKEEPING
            else ("cmd", self.per_minute)
        )
        key = f"rate:{kind}:{request.platform}:{request.chat_id}:{request.user_id}:{window}"
        try:
            count = await self.counters.incr(key, ttl=KEEP_SECONDS)
        except Exception as exc:  # the shared state is down: answer, and say so now and then
            self._warn(exc)
            return None
        if count <= limit:
            return None
        wait = max(1, math.ceil((window + 1) * WINDOW_SECONDS - seconds))
        return Over(first=count == limit + 1, wait=wait)

    def _warn(self, exc: Exception) -> None:
        now = self._monotonic()
        if self._warned_at is None or now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("command limit not applied: the counters failed (%s: %s)", type(exc).__name__, exc)


def command_limiter(
    counters: Counters | None, *, per_minute: int, toasts_in_chat: bool = False
) -> CommandLimiter | None:
    """The limiter for these settings; None (no limit) without counters or with a limit of 0."""
    if counters is None or per_minute <= 0:
        return None
    return CommandLimiter(counters, per_minute=per_minute, toasts_in_chat=toasts_in_chat)
