"""One lock per chat: the playground runs the requests of different chats at the same time, and those of
one chat one after another, in the order they came (asyncio's locks are first come, first served).

A chat's lock is forgotten once nobody holds it or waits for it, so a playground that saw thousands of
chats keeps only the locks in use.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class ChatLocks:
    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}  # chat -> (its lock, holders and waiters)

    @asynccontextmanager
    async def hold(self, chat: str) -> AsyncIterator[None]:
        """Hold `chat`'s lock: after every request of `chat` that asked before, beside other chats'."""
        lock, users = self._locks.get(chat, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[chat] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[chat]
            if users == 1:
                del self._locks[chat]
            else:
                self._locks[chat] = (lock, users - 1)

    def __len__(self) -> int:
        """How many chats' locks are held or waited for now."""
        return len(self._locks)
