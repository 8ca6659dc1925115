"""The in-memory waiting list (commerce.ports.WaitingListRepository) of tests.fakes' unit of work."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from commerce.domain.waiting import WaitingEntry, in_queue_order

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeWaitingList:
    """Entries by group buy and member in `MemoryState.waiting`; ids from `next_id["waiting"]`."""

    def __init__(self, state: MemoryState) -> None:
        self.s = state

    def _of(self, group_buy_id: int) -> dict[str, WaitingEntry]:
        return self.s.waiting.setdefault(group_buy_id, {})

    async def get(self, group_buy_id: int, user_id: str) -> WaitingEntry | None:
        found = self._of(group_buy_id).get(user_id)
        return copy.copy(found) if found else None

    async def put(self, entry: WaitingEntry) -> WaitingEntry:
        entries = self._of(entry.group_buy_id)
        stored = entries.get(entry.user_id)
        if stored is None:
            new_id = self.s.next_id.setdefault("waiting", 1)
            self.s.next_id["waiting"] = new_id + 1
            stored = replace(entry, id=new_id)
        else:  # the new quantity and name, the place kept
            stored = replace(stored, quantity=entry.quantity, display_name=entry.display_name)
        entries[entry.user_id] = stored
        return copy.copy(stored)

    async def queue(self, group_buy_id: int) -> list[WaitingEntry]:
        return [copy.copy(e) for e in in_queue_order(self._of(group_buy_id).values())]

    async def position(self, entry: WaitingEntry) -> int:
        return sum(1 for e in self._of(entry.group_buy_id).values() if e.place <= entry.place)

    async def count(self, group_buy_id: int) -> int:
        return len(self._of(group_buy_id))

    async def waiting_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        return {gid for gid in group_buy_ids if user_id in self._of(gid)}

    async def take(self, entry: WaitingEntry) -> bool:
        entries = self._of(entry.group_buy_id)
        stored = entries.get(entry.user_id)
        if stored is None or stored.id != entry.id or stored.quantity != entry.quantity:
            return False
        del entries[entry.user_id]
        return True

    async def restore(self, entry: WaitingEntry) -> None:
        self._of(entry.group_buy_id)[entry.user_id] = copy.copy(entry)

    async def remove(self, group_buy_id: int, user_id: str) -> WaitingEntry | None:
        return self._of(group_buy_id).pop(user_id, None)

    async def drain(self, group_buy_id: int) -> list[WaitingEntry]:
        return in_queue_order(self.s.waiting.pop(group_buy_id, {}).values())
