"""Bob and Cat opened their private copies of the mangoes' card at the same moment on two workers: each
worker read the group buy's list of copies (empty), put its own first and wrote it back, so the second
write dropped the first copy, and the next join refreshed only one of the two: the other kept showing
the old count. The list is now changed by a conditional update (`set_if_unchanged`): the worker whose
list changed under it reads it again, and both copies are refreshed."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from commerce.state import Json, KeyValues
from handlers import card_copies
from handlers.types import Reply
from storage.state_memory import MemorySharedState

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


class Interleaved:
    """One shared state two workers talk to: each one's first read of the list waits until the other
    has read it too, so both change the same list (the race, made certain)."""

    def __init__(self, values: KeyValues, writers: int) -> None:
        self.values = values
        self.readers = 0
        self.writers = writers
        self.all_read = asyncio.Event()

    async def get(self, key: str) -> Json | None:
        found = await self.values.get(key)
        if key.startswith("card_copies:") and not self.all_read.is_set():
            self.readers += 1
            if self.readers >= self.writers:
                self.all_read.set()
            await asyncio.wait_for(self.all_read.wait(), timeout=5)
        return found

    async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
        await self.values.set(key, value, ttl=ttl)

    async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
        return await self.values.set_if_absent(key, value, ttl=ttl)

    async def set_if_unchanged(
        self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
    ) -> bool:
        return await self.values.set_if_unchanged(key, expected, value, ttl=ttl)

    async def delete(self, key: str) -> bool:
        return await self.values.delete(key)


async def opened(values: KeyValues, member: str) -> int | None:
    return await card_copies.remember(
        values,
        platform="telegram",
        member=member,
        chat=member,
        group_buy_id=1,
        listing_id=None,
        language="zh",
        now=NOW,
    )


async def test_two_copies_opened_at_once_are_both_refreshed_by_the_next_join() -> None:
    shared = Interleaved(MemorySharedState().values, writers=2)
    bobs, cats = await asyncio.gather(opened(shared, "bob"), opened(shared, "cat"))
    assert bobs is not None and cats is not None  # both shown as copies kept fresh

    join = [Reply(card_of=1, chat_id="family")]  # a join changes the group's card
    replies = await card_copies.refreshed(shared, join, platform="telegram", now=NOW)

    refreshed = {(reply.chat_id, reply.card_of) for reply in replies if reply.refresh}
    assert refreshed == {("bob", bobs), ("cat", cats)}, refreshed
