"""At most a few commands a minute from one member in a group chat; beyond it, one "slow down", then words
to the member alone, each time.

Without it one member could make the bot flood a group: 300 `/help` were 300 messages, 300 `/status`
300 cards. The limit is `AppConfig.commands_per_minute` (TUAN_COMMANDS_PER_MINUTE, default 5; 0: none).

What counts: every command the ChatApp parsed in a group chat (chatter never does), joins included (in
their own window, below), and a flood of `+9999` stops like any other. A question the group heard, said
to neither the bot nor as a command (`多少钱`, `这个多少钱`, `anyone tried the kaya?`: `Command.overheard`),
counts only once it is answered: chatter Tuan leaves alone never uses up what her `+1` needs, and once
her commands are used up such a question is left alone, with no "slow down" for words not said to it.
A private chat never counts (only the member reads the answers), nor a button tap whose answer is a
toast only the tapper sees (Telegram, the playground: the card is edited in place, nothing is posted).
Where a tap's answer is said in the chat (WeChat, `outbox_toasts`: a typed `1` answering the numbered
choices), it counts like the command it stands for.

Look-ups that change nothing (`READS`: `/status`, `/list`, `/mine`, `/orders`, `/help`, `/console`…)
count in a window of their own, `READ_FACTOR` times the limit (10 a minute by default): a member looking
around does not use up what her `-1` or `/paid` needs, and 300 `/status` still stop at ten cards.

Likes (`QUIET`: `赞 3`, `/like 9`, `/unlike 9`, the 👍 typed; tapped it is a toast and never counts) are
cheap and quiet: their answer is a toast or a reaction, and a friend browsing notes likes several in a
minute. They count in a window of their own, `QUIET_FACTOR` times the limit (20 a minute by default), so
liking never uses up what her next `+1` needs (review 26: five likes, then her join was refused in the
group); over it, even the first is told only where its sender sees it (a 😴 and a toast, on WeChat a
private line), never with a group message, and a flood is bounded as every other (the notes, then
nothing).

An organiser's bookkeeping (`已收 1-2` for each buyer who paid, `已取货`, `核销`, `退款`, `截单`…) comes
in runs: ten payments confirmed in a minute is a normal evening, and a confirmation refused in a run
looks done. Those commands count in a window of their own with `BOOKKEEPING_FACTOR` times the limit
(60 a minute by default): still bounded if someone else floods them (each gets a one-line refusal).

Running group buys comes in runs too: `/edit` three options, `/commission`, `/payment`, `/pickup`, a
`/groupbuy` refused and typed again, `/lang`, a mistyped `/clsoe #3`, `/list`, `/remind`, `/help`. So every
command of an organiser of a group buy in the chat (or a chat admin: `Request.is_admin`), whatever it is,
is taken up to `AppConfig.organiser_commands_per_minute` a minute (TUAN_ORGANISER_COMMANDS_PER_MINUTE,
default 30; 0: no limit; never fewer than the member's), so a runaway script of hers is still held;
members who organise nothing here keep the member's limits. A member opening a group buy (`/groupbuy`,
`接龙 …`: `OPENS`) is one about to organise, her first too: her refused attempts and their retries count
at the organiser's rate (review 95: a first-time organiser's typos used up her five, then "slow down"
answered her sixth try, the one she got right). Whether she organises is asked only once
she is over a member's limit (`organises`, one read of storage), and its answer is kept for the window:
ordinary use costs no read, a flood at most one. Her window then counts the window's commands she came
from too, so she gets 30 a minute in all (bookkeeping apart).

Joins and leaves (`JOINS`: `+1`, `-1`, `/join`, `退出`) count in a window of their own, `JOIN_FACTOR` times
the limit (15 a minute by default): a member toggling `+1 -1 +1 -1 +1 -1` while she makes up her mind is
ordinary use (review 46: Qian's sixth `-1` was refused and she kept a unit she thought she had left),
and 300 `+1` still stop at fifteen answers.

Over the limit the command is not done at all, and never without words saying so: the first one over is
answered in the chat "slow down, try again in N seconds"; each later one in the window is told privately,
each time, what was not done and when to send it again (`Not done: “-1”. Too many commands from you this
minute; send it again in 48 seconds.`), beside a 😴 on the typed message and a toast, so the group reads
one "slow down" however long the flood; where toasts are said in the chat (WeChat) the private line is
all. A dropped `-1` or `/paid` is money: the member must read that it was not done, a 😴 alone says
nothing to someone who has never seen one. A mistyped command over the limit is answered with what it
meant all the same (`/lsit`: "Did you mean /list? …send it again in N seconds"), the first in the chat, a
later one privately. `NOTED_FACTOR` times the limit of those private lines in a window (30 by default),
then nothing: only a script types more than 45 joins or 35 commands a minute, and it must cost no more
than a counter or two each. An over-limit `+1` does not join either: a join done silently would look
ignored to the member, who would type it again.

How: a fixed window of 60 s on the app's clock (tests move it), one counter per (platform, chat, member,
window) in the shared `Counters` (commerce/state.py: this process's memory, or Redis so that every
process counts together), forgotten after 120 s of real time. A burst straddling a window's edge can get
twice the limit through, which is still no flood. The count runs before the update is claimed (a flood
must cost one counter, not a transaction each), so each update's verdict is kept under its id for as long
as a platform delivers it again (`UPDATE_SECONDS`): a delivery of the same update (its first failed: the
database was down, a worker died) is never counted again and gets the verdict the first got, so a `+1`
let through is let through until it is answered, however often Telegram sends it. If the counters
fail (Redis gone), commands are let through, with a warning at most once a minute: the limit protects
the group, it must never silence the bot.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime

from commerce.state import Counters
from handlers.parsing.commands import Command
from handlers.types import ChatKind, Request

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60
KEEP_SECONDS = 120.0  # real time: long enough for any window, short enough to stay small
WARN_EVERY_SECONDS = 60.0
UPDATE_SECONDS = 26 * 3600.0  # an update's verdict: Telegram delivers an update again for up to 24 hours
BOOKKEEPING = frozenset(
    {
        *("paid", "notpaid", "unpaid", "confirm", "picked_up", "unpicked_up", "pickup_code", "refund"),
        *("remove", "add", "close", "cancel", "cancel_order", "cancel_unpaid"),
    }
)
BOOKKEEPING_FACTOR = 12
# Look-ups that change nothing: a window of their own, this many times the member's limit
READS = frozenset(
    {
        *("status", "list", "export", "mine", "orders", "help", "earnings", "rank", "payouts", "share"),
        *("share_help", "notes_help", "following", "foryou", "console", "search", "top", "flags"),
    }
)
READ_FACTOR = 2
# Joins and leaves: a window of their own, this many times the member's limit (toggling +1/-1 is ordinary)
JOINS = frozenset({"join", "leave"})
# Opening a group buy: an organiser's command even before her first group buy exists (her typos retried)
OPENS = frozenset({"open"})
JOIN_FACTOR = 3
# Cheap, quiet actions whose answer is a toast or a reaction: a window of their own, this many times the
# member's limit; over it, told only to the sender (never a "slow down" in the group)
QUIET = frozenset({"like", "unlike"})
QUIET_FACTOR = 4
# After the first one over (told to slow down), this many times the limit are still told privately in
# words (beside a 😴 and a toast) in the window; beyond that only a script is typing
NOTED_FACTOR = 6
NOT_DONE = "😴"  # the reaction on a typed command over the limit, after the "slow down" (Telegram allows it)
ORGANISER_PER_MINUTE = 30  # the default of AppConfig.organiser_commands_per_minute

# Whether the sender organises a group buy in the chat (the command's, or one there): storage is read.
Organises = Callable[[Request, Command], Awaitable[bool]]


@dataclass(frozen=True)
class Over:
    """A command over the limit: whether it is the first one over in its window (that one is told to slow
    down), the whole seconds until the window ends, the limit that held it, whether that was the
    allowance of commands managing group buys (bookkeeping, or an organiser's), of look-ups, of joins
    and leaves or of quiet actions (likes: even the first one over is told only to its sender) rather
    than the member's, and whether a later one is still told (`NOTED_FACTOR`; beyond it: a script)."""

    first: bool
    wait: int
    limit: int = 0
    managing: bool = False
    reading: bool = False
    noted: bool = True
    quiet: bool = False
    joining: bool = False


class CommandLimiter:
    """Counts a member's commands in a group per window; `over()` says which ones go unanswered."""

    def __init__(
        self,
        counters: Counters,
        *,
        per_minute: int,
        organiser_per_minute: int = ORGANISER_PER_MINUTE,
        organises: Organises | None = None,
        toasts_in_chat: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 1:
            raise ValueError(f"a limit must be at least 1 command a minute, not {per_minute!r}")
        self.counters = counters
        self.per_minute = per_minute
        # 0: an organiser's commands managing group buys are not limited; else never below a member's
        self.organiser_per_minute = organiser_per_minute and max(organiser_per_minute, per_minute)
        self.organises = organises
        self.toasts_in_chat = toasts_in_chat
        self._monotonic = monotonic
        self._warned_at: float | None = None

    def counts(self, request: Request, command: Command) -> bool:
        """Whether this command counts: in a group, and not a tap answered privately."""
        if request.chat_kind is not ChatKind.GROUP:
            return False
        return not command.tap or self.toasts_in_chat

    async def spent(self, request: Request, command: Command, *, now: datetime) -> bool:
        """Whether the member has used up this window's commands (nothing is counted): a question the group
        heard (`Command.overheard`: `多少钱`, `anyone tried the kaya?`) is then left alone, and one
        answered is counted afterwards (`over`), so chatter Tuan does not answer never counts."""
        if not self.counts(request, command):
            return False
        window = math.floor(now.timestamp() / WINDOW_SECONDS)
        try:
            if await self.counters.value(self._key("cmd", request, window)) < self.per_minute:
                return False
            used = await self.counters.value(self._key("org", request, window))  # an organiser's, past it
            return not used or (bool(self.organiser_per_minute) and used >= self.organiser_per_minute)
        except Exception as exc:  # the shared state is down: answered, as every command then is
            self._warn(exc)
            return False

    async def over(self, request: Request, command: Command, *, now: datetime) -> Over | None:
        """None when the command may be answered (counting it if it counts); else how it is over. An
        update delivered again (the same `update_id`) is not counted again: it gets its first verdict."""
        if not self.counts(request, command):
            return None
        seconds = now.timestamp()
        window = math.floor(seconds / WINDOW_SECONDS)
        wait = max(1, math.ceil((window + 1) * WINDOW_SECONDS - seconds))
        try:
            update = _update_key(request)
            if update is not None and (known := await self.counters.value(update)):
                return _decoded(known, wait)
            verdict = await self._counted(request, command, window, wait)
            if update is not None:  # the platform's chat lock (or UpdateGate) keeps one delivery at a time
                await self.counters.incr(update, _encoded(verdict), ttl=UPDATE_SECONDS)
            return verdict
        except Exception as exc:  # the shared state (or storage) is down: answer, and say so now and then
            self._warn(exc)
            return None

    async def _counted(self, request: Request, command: Command, window: int, wait: int) -> Over | None:
        """Count a new update's command in its window(s); None when it may be answered."""
        if command.name in BOOKKEEPING:
            limit = self.per_minute * BOOKKEEPING_FACTOR
            count = await self.counters.incr(self._key("work", request, window), ttl=KEEP_SECONDS)
            return self._over(count, limit, wait, managing=True)
        quiet = command.name in QUIET
        reading = not quiet and command.name in READS
        joining = command.name in JOINS
        kind = "quiet" if quiet else "read" if reading else "join" if joining else "cmd"
        factor = QUIET_FACTOR if quiet else READ_FACTOR if reading else JOIN_FACTOR if joining else 1
        limit = self.per_minute * factor
        member_key = self._key(kind, request, window)
        count = await self.counters.incr(member_key, ttl=KEEP_SECONDS)
        if count <= limit:
            return None
        if not await self._manages(request, command, window):
            over = self._over(count, limit, wait, managing=False, reading=reading)
            over = over if over is None or not joining else replace(over, joining=True)
        else:  # an organiser's, whatever the command: counted in her own window instead (given back here)
            await self.counters.incr(member_key, -1, ttl=KEEP_SECONDS)
            if not self.organiser_per_minute:
                return None
            organiser_key = self._key("org", request, window)
            count = await self.counters.incr(organiser_key, ttl=KEEP_SECONDS)
            if count == 1:  # her first beyond the member's limit: those she used count too
                count = await self.counters.incr(organiser_key, limit, ttl=KEEP_SECONDS)
            over = self._over(count, self.organiser_per_minute, wait, managing=True)
        return over if over is None or not quiet else replace(over, quiet=True)

    def _over(
        self, count: int, limit: int, wait: int, *, managing: bool, reading: bool = False
    ) -> Over | None:
        """None within the limit; else how it is over: the first one over, or a later one, told while
        fewer than `NOTED_FACTOR` times the member's limit came after the first (whatever the window)."""
        if count <= limit:
            return None
        beyond = count - limit
        noted = beyond <= 1 + self.per_minute * NOTED_FACTOR
        return Over(
            first=beyond == 1, wait=wait, limit=limit, managing=managing, reading=reading, noted=noted
        )

    async def _manages(self, request: Request, command: Command, window: int) -> bool:
        """Whether the sender (over the member's limit) manages group buys here: a chat admin, or an
        organiser (storage is read once a window; the answer is kept in the counters for the window)."""
        if request.is_admin or command.name in OPENS:
            return True
        if self.organises is None:
            return False
        if await self.counters.value(self._key("org", request, window)) > 0:
            return True  # already counted as hers this window
        known_not = self._key("plain", request, window)
        if await self.counters.value(known_not) > 0:
            return False
        if await self.organises(request, command):
            return True
        await self.counters.incr(known_not, ttl=KEEP_SECONDS)
        return False

    @staticmethod
    def _key(kind: str, request: Request, window: int) -> str:
        return f"rate:{kind}:{request.platform}:{request.chat_id}:{request.user_id}:{window}"

    def _warn(self, exc: Exception) -> None:
        now = self._monotonic()
        if self._warned_at is None or now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("command limit not applied: the counters failed (%s: %s)", type(exc).__name__, exc)


def _update_key(request: Request) -> str | None:
    if request.update_id is None:
        return None
    return f"rate:update:{request.platform}:{request.chat_id}:{request.update_id}"


_LIMIT_BITS = 32  # a limit below 2**32; the flags above it (a verdict kept before them decodes the same)


def _encoded(verdict: Over | None) -> int:
    """A verdict as one counter: 1 let through; over: 2 + first + 2 × managing + 4 × limit, and above the
    limit's bits whether it is a look-up's, whether it went without a note, whether it is a quiet one's and
    whether it is a join's or a leave's."""
    if verdict is None:
        return 1
    flags = (
        int(verdict.reading) + 2 * int(not verdict.noted) + 4 * int(verdict.quiet) + 8 * int(verdict.joining)
    )
    return (
        2 + int(verdict.first) + 2 * int(verdict.managing) + 4 * verdict.limit + (flags << (_LIMIT_BITS + 2))
    )


def _decoded(value: int, wait: int) -> Over | None:
    if value <= 1:
        return None
    bits = value - 2
    limit = (bits >> 2) & ((1 << _LIMIT_BITS) - 1)
    flags = bits >> (_LIMIT_BITS + 2)
    return Over(
        first=bool(bits & 1),
        wait=wait,
        limit=limit,
        managing=bool(bits & 2),
        reading=bool(flags & 1),
        noted=not flags & 2,
        quiet=bool(flags & 4),
        joining=bool(flags & 8),
    )


def command_limiter(
    counters: Counters | None,
    *,
    per_minute: int,
    organiser_per_minute: int = ORGANISER_PER_MINUTE,
    organises: Organises | None = None,
    toasts_in_chat: bool = False,
) -> CommandLimiter | None:
    """The limiter for these settings; None (no limit) without counters or with a limit of 0."""
    if counters is None or per_minute <= 0:
        return None
    return CommandLimiter(
        counters,
        per_minute=per_minute,
        organiser_per_minute=organiser_per_minute,
        organises=organises,
        toasts_in_chat=toasts_in_chat,
    )
