"""Shared state: what several bot processes must agree on, behind three small ports.

- `KeyValues`: JSON values with a time to live (caches, open questions), set-if-absent and
  set-if-unchanged (a conditional update).
- `Counters`: atomic counters whose expiry starts when they are created (daily budgets, rate windows).
- `Locks`: named mutual exclusion across processes, with a lease, so a dead process cannot hold one
  forever.

`storage/state_memory.py` serves one process (dicts and asyncio locks, bounded); `storage/state_redis.py`
serves many (one Redis). Both namespace every key under a prefix (`tuan:`), and both pass the same
contract tests (tests/integration/test_shared_state.py). `storage/state_db.py` is `KeyValues` alone in
the database, for what several workers without Redis must still agree on (a Telegram group's state:
bot/telegram/run.py `group_values`; tests/integration/test_shared_values_storage.py). Time to live
is real time, in seconds; a caller that runs on an injected clock keeps its own timestamps in the value
and uses the TTL only to forget.
Values and counters share one key space: give each use its own key prefix (`telegram:admin:`,
`wechat:budget:`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Protocol, TypeAlias

Json: TypeAlias = "bool | int | float | str | list[Json] | dict[str, Json]"

DEFAULT_PREFIX = "tuan:"
DEFAULT_LEASE_SECONDS = 60.0


class LockTimeout(TimeoutError):
    """The lock was not acquired within the time the caller was willing to wait."""


class KeyValues(Protocol):
    async def get(self, key: str) -> Json | None:
        """The value of `key`, or None when it is absent or expired."""
        ...

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        """The values of `keys` as `get` gives each, in their order, in one round trip."""
        ...

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        """Store `value`, replacing any; forgotten after `ttl` seconds (None: kept until deleted)."""
        ...

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        """`set` each of `values` (all with `ttl`), in one round trip."""
        ...

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        """Store `value` only if `key` is absent; True for the one caller that stored it."""
        ...

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        """Store `value` only if `key` still holds `expected` as `get` returned it (None: is absent), in
        one step: a read, changed and written back, loses no other writer's change. False: another
        writer changed it since; read it again and retry."""
        ...

    async def delete(self, key: str) -> bool:
        """Forget `key`; True if it was there."""
        ...


class Counters(Protocol):
    async def incr(self, key: str, by: int = 1, *, ttl: float) -> int:
        """Add `by` (negative gives back) and return the new value, atomically. A counter starts at 0 and
        expires `ttl` seconds after it was created; later increments do not extend it."""
        ...

    async def value(self, key: str) -> int:
        """The counter's value (0 when absent or expired)."""
        ...


class Locks(Protocol):
    def lock(
        self, key: str, *, lease: float = DEFAULT_LEASE_SECONDS, wait: float | None = None
    ) -> AbstractAsyncContextManager[None]:
        """`async with locks.lock(key):` one holder at a time, in every process sharing the state.

        The holder keeps it at most `lease` seconds (then another may take it: keep the work under a
        lock shorter than that). Waits at most `wait` seconds (None: until acquired), else `LockTimeout`.
        """
        ...


STAYS_UNDER_OLD = "telegram:moved:"  # + the old chat id: where the chat went, kept under its old id


def moved_key(key: str, old: str, new: str) -> str | None:
    """`key` (without the state's prefix) with each `:`-separated part equal to chat id `old` made `new`
    (`which_asked:telegram:-42:7` -> `which_asked:telegram:-1001:7`); None when no part is `old`, and
    for the key saying where `old` went (`telegram:moved:<old>`), which stays (as storage/chat_moves.py
    moves the database's `shared_values`)."""
    parts = key.split(":")
    if old == new or old not in parts or key == STAYS_UNDER_OLD + old:
        return None
    return ":".join(new if part == old else part for part in parts)


class SharedState(Protocol):
    """The three ports of one backend, and its lifecycle."""

    @property
    def values(self) -> KeyValues: ...

    @property
    def counters(self) -> Counters: ...

    @property
    def locks(self) -> Locks: ...

    @property
    def shared(self) -> bool:
        """True when other processes see this state (Redis); False for one process's memory."""
        ...

    async def ping(self) -> None:
        """Raise if the backend cannot be reached."""
        ...

    async def move_chat(self, old: str, new: str) -> int:
        """Group chat `old` is chat `new` now (Telegram: a basic group upgraded to a supergroup): each
        value and counter kept under it (`moved_key`) is kept under `new` instead, with its time to live
        (a live one `new` holds already stays, and the old one is dropped); how many moved. Locks are
        never moved."""
        ...

    async def aclose(self) -> None: ...


class RoutedKeyValues:
    """`KeyValues` keeping the keys that start with one of `prefixes` in `routed`, every other key in
    `rest`: several workers on PostgreSQL without Redis keep the questions a member answers by a bare
    reply where every worker reads them (the database), and the rest in their own memory. `get_many` and
    `set_many` make one call to each side that has keys."""

    def __init__(self, rest: KeyValues, routed: KeyValues, prefixes: Sequence[str]) -> None:
        self.rest = rest
        self.routed = routed
        self.prefixes = tuple(prefixes)

    def _side(self, key: str) -> KeyValues:
        return self.routed if key.startswith(self.prefixes) else self.rest

    async def get(self, key: str) -> Json | None:
        return await self._side(key).get(key)

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        found: dict[str, Json | None] = {}
        for side in (self.rest, self.routed):
            mine = [key for key in keys if self._side(key) is side]
            if mine:
                found.update(zip(mine, await side.get_many(mine), strict=True))
        return [found[key] for key in keys]

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        await self._side(key).set(key, value, ttl=ttl)

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        for side in (self.rest, self.routed):
            mine = {key: value for key, value in values.items() if self._side(key) is side}
            if mine or not values:
                await side.set_many(mine, ttl=ttl)  # empty: each side checks the time to live alone

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        return await self._side(key).set_if_absent(key, value, ttl=ttl)

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        return await self._side(key).set_if_unchanged(key, expected, value, ttl=ttl)

    async def delete(self, key: str) -> bool:
        return await self._side(key).delete(key)
