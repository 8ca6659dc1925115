"""The shared state as work that will be undone sees it: what is stored, and its own writes kept aside.

Why: a `+0` is answered with what a `+1` would be told, found by doing that `+1` and undoing it
(handlers.app). Its unit of work rolls back, but the join also writes the shared state as it goes (the
question it answered forgotten, a friend's line remembered): `Aside` lets it read what is stored and
its own writes, and keeps those from the store, so nothing of the `+1` is left behind.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from commerce.state import Json, KeyValues

_GONE = object()  # a key deleted aside


class Aside:
    """A `KeyValues` over `stored`: reads see its own writes first, writes never reach `stored`."""

    def __init__(self, stored: KeyValues) -> None:
        self.stored = stored
        self.kept: dict[str, object] = {}

    async def get(self, key: str) -> Json | None:
        if key in self.kept:
            value = self.kept[key]
            return None if value is _GONE else value  # type: ignore[return-value]
        return await self.stored.get(key)

    async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
        return [await self.get(key) for key in keys]

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        self.kept[key] = value

    async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
        self.kept.update(values)

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        if await self.get(key) is not None:
            return False
        self.kept[key] = value
        return True

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        if await self.get(key) != expected:
            return False
        self.kept[key] = value
        return True

    async def delete(self, key: str) -> bool:
        was = await self.get(key) is not None
        self.kept[key] = _GONE
        return was
