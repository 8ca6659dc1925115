"""When the Telegram outbox may make its next call: Telegram's limits, for one process or for many.

A send to a chat waits for its slot: 1 a second per chat, one every 3.15 s per group (never more than 20
in a rolling minute), 30 a second for the whole bot; and after a 429 nothing goes to that chat for
`retry_after` seconds. A chat's slot is held while its call is out and the interval counts from the
call's end (`done`): Telegram counts arrivals, and a call held up after its slot (a card read from a
busy database, a starved process) would otherwise arrive close to the next one.
Telegram counts per bot, not per process, so several processes sending for one bot
must share these:

- `MemoryRateGate` (one process): aiolimiter buckets, first come first served, as cheap as before.
- `SharedRateGate` (`SharedState.shared`: Redis): the same buckets first (they keep this process's
  order), then a claim in the shared state: `telegram:slot:group:{id}` (or `telegram:slot:chat:{id}`) set
  if absent for the interval, a count per second `telegram:rate:bot:{epoch second}`, and a 429 recorded
  as `telegram:pause:{chat}` for `retry_after`. A waiter sleeps until the claim or pause it met runs out
  (the holder wrote when, in the value), never longer than its time to live, and tries again. If the
  shared state cannot be reached, the process keeps to its own buckets (asking again every few seconds,
  so sends do not each wait for a connection that fails) and says so in the log.

The caller that met a 429 sleeps through it itself (the outbox's injectable sleep); the token `pause`
returns lets its next `slot` skip that pause, while every other sender waits it out.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass
from typing import Protocol

from aiolimiter import AsyncLimiter

from commerce.state import Json, SharedState

log = logging.getLogger(__name__)

SWEEP_FROM = 1024  # chats with buckets kept before idle ones are forgotten
POLL_SECONDS = 0.005  # the shortest sleep before trying a taken claim again
PAUSE_RECHECK_SECONDS = 30.0  # the longest sleep in a pause before looking again (clocks may differ)
BOT_WINDOW_TTL = 2.0
WARN_EVERY_SECONDS = 60.0
RETRY_SHARED_SECONDS = 5.0  # after the shared state failed, sends do not wait on it again before this
# A slot is held while its call is out (until `done`), at most this much longer than the interval: a
# sender that died mid-call holds the chat up no longer.
IN_FLIGHT_SECONDS = 10.0


@dataclass(frozen=True)
class Limits:
    """Telegram's limits (tests and the benchmark scale them down)."""

    chat_interval: float = 1.0  # seconds between two messages in one chat
    group_messages: int = 20  # messages and edits in a group ...
    group_period: float = 60.0  # ... per this many seconds
    bot_per_second: float = 30.0  # messages of the whole bot
    margin: float = 1.05  # spacing a little wider than the limit: Telegram counts arrivals, not sends

    @property
    def group_interval(self) -> float:
        """One group message every 3.15 s: never more than 20 in any rolling minute."""
        return self.group_period / self.group_messages * self.margin

    def interval(self, chat_id: str) -> float:
        """The least time between two calls to `chat_id`."""
        return max(self.group_interval, self.chat_interval) if is_group(chat_id) else self.chat_interval


def is_group(chat_id: str) -> bool:
    """Telegram's group and supergroup ids are negative; users' private chats have their user id."""
    return chat_id.startswith("-")


class RateGate(Protocol):
    limits: Limits

    async def slot(self, chat_id: str, *, own_pause: str | None = None) -> None:
        """Return when one call to `chat_id` may be made now. `own_pause`: the token of a pause the
        caller has already slept through (it is not waited for again)."""
        ...

    async def done(self, chat_id: str) -> None:
        """The call a slot was given for is over (answered or failed): the next call to `chat_id` waits
        its interval from now. Counting from the slot alone let a call held up after it (a card read
        from a busy database, a starved process) arrive at Telegram close to the next one's."""
        ...

    async def pause(self, chat_id: str, seconds: float) -> str:
        """Telegram said 429: no sender may write to `chat_id` for `seconds`. Returns the pause's token."""
        ...


@dataclass(eq=False)
class _Buckets:
    chat: AsyncLimiter
    group: AsyncLimiter | None
    using: int = 0
    last: float = 0.0  # time.monotonic() when a slot last ended
    free_at: float = 0.0  # time.monotonic(): the last call's interval, counted from its end, is over
    pause_until: float = 0.0
    pause_token: str | None = None


class MemoryRateGate:
    """The limits in this process: a bucket per chat (and group), one for the bot. Buckets of chats idle
    long enough to be full again are forgotten once many are kept (private chats are many and quiet)."""

    def __init__(self, limits: Limits | None = None, *, sweep_from: int = SWEEP_FROM) -> None:
        self.limits = limits or Limits()
        self._chats: dict[str, _Buckets] = {}
        self._bot = AsyncLimiter(self.limits.bot_per_second, 1.0)
        self._sweep_from = self._sweep_at = sweep_from
        self._idle_after = max(self.limits.chat_interval, self.limits.group_interval)

    @property
    def chats_kept(self) -> int:
        """How many chats' buckets are kept."""
        return len(self._chats)

    async def slot(self, chat_id: str, *, own_pause: str | None = None) -> None:
        buckets = self._buckets(chat_id)
        buckets.using += 1
        try:
            while True:  # a pause is looked at again once the buckets let the call go: it may be new
                left = self._waits(buckets, own_pause)
                while left > 0:  # again after the sleep: another 429 may have made it longer
                    await asyncio.sleep(left)
                    left = self._waits(buckets, own_pause)
                await buckets.chat.acquire()
                if buckets.group is not None:
                    await buckets.group.acquire()
                if self._waits(buckets, own_pause) <= 0:
                    break
            # held while the call is out: `done` starts the interval from its end
            buckets.free_at = time.monotonic() + self.limits.interval(chat_id) + IN_FLIGHT_SECONDS
            await self._bot.acquire()
        finally:
            buckets.using -= 1
            buckets.last = time.monotonic()

    async def done(self, chat_id: str) -> None:
        buckets = self._buckets(chat_id)
        buckets.last = time.monotonic()
        buckets.free_at = buckets.last + self.limits.interval(chat_id)

    async def pause(self, chat_id: str, seconds: float) -> str:
        buckets = self._buckets(chat_id)
        buckets.pause_until = time.monotonic() + seconds
        buckets.pause_token = secrets.token_hex(8)
        buckets.last = time.monotonic()
        return buckets.pause_token

    @classmethod
    def _waits(cls, buckets: _Buckets, own_pause: str | None) -> float:
        """Seconds before a call may go: the chat's pause, and the last call's interval from its end."""
        return max(cls._paused(buckets, own_pause), buckets.free_at - time.monotonic())

    @staticmethod
    def _paused(buckets: _Buckets, own_pause: str | None) -> float:
        """Seconds left of the chat's pause (0 if none, or it is the caller's own, already slept)."""
        if buckets.pause_token is None or buckets.pause_token == own_pause:
            return 0.0
        return buckets.pause_until - time.monotonic()

    def _buckets(self, chat_id: str) -> _Buckets:
        buckets = self._chats.get(chat_id)
        if buckets is None:
            if len(self._chats) >= self._sweep_at:
                self._sweep()
            limits = self.limits
            group = AsyncLimiter(1, limits.group_interval) if is_group(chat_id) else None
            buckets = self._chats[chat_id] = _Buckets(AsyncLimiter(1, limits.chat_interval), group)
        return buckets

    def _sweep(self) -> None:
        """Forget chats nobody waits on whose buckets are full again (a new one would be the same)."""
        now = time.monotonic()
        for chat_id in [
            chat_id
            for chat_id, b in self._chats.items()
            if b.using == 0 and now - b.last >= self._idle_after and b.pause_until <= now
        ]:
            del self._chats[chat_id]
        self._sweep_at = max(self._sweep_from, 2 * len(self._chats))  # amortised: no scan on every new chat


class SharedRateGate:
    """The limits across every process sharing `state` (Redis): this process's buckets, then a claim in
    the shared state. Wall clocks of the processes only tell a waiter how long to sleep; the claims'
    times to live (kept by the shared state) are what spaces the calls."""

    def __init__(self, state: SharedState, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._values = state.values
        self._counters = state.counters
        self._local = MemoryRateGate(self.limits)
        self._warned_at: float | None = None
        self._down_until = 0.0  # time.monotonic(): the shared state failed; not asked again until then

    async def slot(self, chat_id: str, *, own_pause: str | None = None) -> None:
        await self._local.slot(chat_id, own_pause=own_pause)
        if time.monotonic() < self._down_until:
            return
        try:
            await self._claim(chat_id, own_pause)
            await self._bot_second()
        except Exception as exc:  # the shared state is down: this process's own buckets still hold
            self._failed("claim a Telegram slot", exc)

    async def done(self, chat_id: str) -> None:
        await self._local.done(chat_id)
        if time.monotonic() < self._down_until:
            return
        ttl = self.limits.interval(chat_id)
        try:  # the claim is taken again from now: nobody's next call comes sooner than its interval
            await self._values.set(_slot_key(chat_id), time.time() + ttl, ttl=ttl)
        except Exception as exc:
            self._failed("hold a Telegram slot", exc)

    async def pause(self, chat_id: str, seconds: float) -> str:
        token = await self._local.pause(chat_id, seconds)
        if seconds <= 0 or time.monotonic() < self._down_until:
            return token
        record: Json = {"until": time.time() + seconds, "token": token}
        try:
            await self._values.set(f"telegram:pause:{chat_id}", record, ttl=seconds)
        except Exception as exc:
            self._failed("share a 429 pause", exc)
        return token

    async def _claim(self, chat_id: str, own_pause: str | None) -> None:
        """One claim per send: a group's covers its chat interval too, so no claim is held while waiting
        for another (a claim taken early would let the call come closer to the next one)."""
        interval = self.limits.interval(chat_id)
        key, ttl = _slot_key(chat_id), interval + IN_FLIGHT_SECONDS  # held until `done`
        while True:
            if not await self._values.set_if_absent(key, time.time() + ttl, ttl=ttl):
                # a call out now ends sooner than its hold: `done` sets the end, looked at each interval
                await asyncio.sleep(_until(await self._values.get(key), cap=interval))
                continue
            # Checked after claiming: a 429 another process met is recorded before its claim runs out.
            pause = await self._values.get(f"telegram:pause:{chat_id}")
            if not isinstance(pause, dict) or pause.get("token") == own_pause:
                return
            await asyncio.sleep(_until(pause.get("until"), cap=PAUSE_RECHECK_SECONDS))

    async def _bot_second(self) -> None:
        """Counted in this (epoch) second; a count whose answer came in the next second counts again."""
        while True:
            second = int(time.time())
            count = await self._counters.incr(f"telegram:rate:bot:{second}", ttl=BOT_WINDOW_TTL)
            now = time.time()
            if int(now) != second:
                continue
            if count <= self.limits.bot_per_second:
                return
            await asyncio.sleep(max(second + 1 - now, POLL_SECONDS))

    def _failed(self, doing: str, exc: Exception) -> None:
        now = time.monotonic()
        self._down_until = now + RETRY_SHARED_SECONDS
        if self._warned_at is None or now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("could not %s in the shared state (limits are per process meanwhile): %s", doing, exc)


def _slot_key(chat_id: str) -> str:
    kind = "group" if is_group(chat_id) else "chat"
    return f"telegram:slot:{kind}:{chat_id}"


def _until(value: object, *, cap: float) -> float:
    """How long to sleep before trying again: until the holder's time `value` (epoch seconds), at least
    a short poll, at most `cap` (a wrong clock cannot make a waiter sleep longer than that)."""
    left = value - time.time() if isinstance(value, int | float) else 0.0
    return min(max(left, POLL_SECONDS), cap)


def rate_gate(state: SharedState, limits: Limits | None = None) -> MemoryRateGate | SharedRateGate:
    """The gate `state` calls for: shared across processes when the state is (Redis), else in memory."""
    return SharedRateGate(state, limits) if state.shared else MemoryRateGate(limits)
