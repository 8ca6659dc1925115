"""The in-memory waiting list (commerce.ports.WaitingListRepository) of tests.fakes' unit of work."""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from commerce.domain.waiting import WaitingEntry, in_queue_order

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeWaitingList:
    """Entries by group buy, then (member, option), in `MemoryState.waiting`; ids from
    `next_id["waiting"]`."""

    def __init__(self, state: MemoryState) -> None:
        self.s = state

    def _of(self, group_buy_id: int) -> dict[tuple[str, str], WaitingEntry]:
        return self.s.waiting.setdefault(group_buy_id, {})

    async def get(self, group_buy_id: int, user_id: str, option: str = "") -> WaitingEntry | None:
        found = self._of(group_buy_id).get((user_id, option))
        return copy.copy(found) if found else None

    async def put(self, entry: WaitingEntry) -> WaitingEntry:
        entries = self._of(entry.group_buy_id)
        key = (entry.user_id, entry.option)
        stored = entries.get(key)
        if stored is None:
            new_id = self.s.next_id.setdefault("waiting", 1)
            self.s.next_id["waiting"] = new_id + 1
            stored = replace(entry, id=new_id)
        else:  # the new quantity and name, the place kept
            stored = replace(stored, quantity=entry.quantity, display_name=entry.display_name)
        entries[key] = stored
        return copy.copy(stored)

    async def queue(self, group_buy_id: int) -> list[WaitingEntry]:
        return [copy.copy(e) for e in in_queue_order(self._of(group_buy_id).values())]

    async def position(self, entry: WaitingEntry) -> int:
        entries = self._of(entry.group_buy_id).values()
        return sum(1 for e in entries if e.option == entry.option and e.place <= entry.place)

    async def counts(self, group_buy_id: int) -> dict[str, int]:
        return dict(Counter(e.option for e in self._of(group_buy_id).values()))

    async def sizes(self, group_buy_id: int) -> dict[str, tuple[int, int]]:
        sizes: dict[str, tuple[int, int]] = {}
        for e in self._of(group_buy_id).values():
            count, least = sizes.get(e.option, (0, e.quantity))
            sizes[e.option] = (count + 1, min(least, e.quantity))
        return sizes

    async def of_member(self, user_id: str) -> list[WaitingEntry]:
        mine = [e for entries in self.s.waiting.values() for e in entries.values() if e.user_id == user_id]
        return [copy.copy(e) for e in in_queue_order(mine)]

    async def waiting_among(self, group_buy_ids: Sequence[int], user_id: str) -> set[int]:
        return {gid for gid in group_buy_ids if any(user == user_id for user, _ in self._of(gid))}

    async def take(self, entry: WaitingEntry) -> bool:
        entries = self._of(entry.group_buy_id)
        key = (entry.user_id, entry.option)
        stored = entries.get(key)
        if stored is None or stored.id != entry.id or stored.quantity != entry.quantity:
            return False
        del entries[key]
        return True

    async def restore(self, entry: WaitingEntry) -> None:
        self._of(entry.group_buy_id)[(entry.user_id, entry.option)] = copy.copy(entry)

    async def remove(self, group_buy_id: int, user_id: str, option: str | None = "") -> list[WaitingEntry]:
        entries = self._of(group_buy_id)
        keys = [(user, named) for user, named in entries if user == user_id and option in (None, named)]
        return in_queue_order(entries.pop(key) for key in keys)

    async def drain(self, group_buy_id: int) -> list[WaitingEntry]:
        return in_queue_order(self.s.waiting.pop(group_buy_id, {}).values())

    async def keep_left_out(self, entries: Sequence[WaitingEntry]) -> None:
        for entry in entries:
            self.s.waiting_left_out.setdefault(entry.group_buy_id, []).append(copy.copy(entry))

    async def take_left_out(self, group_buy_id: int) -> list[WaitingEntry]:
        return in_queue_order(self.s.waiting_left_out.pop(group_buy_id, []))
