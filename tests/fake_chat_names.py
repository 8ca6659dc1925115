"""The in-memory `commerce.ports.ChatNameRepository` of tests.fakes' unit of work: chats' names as
storage.chat_names keeps them (a name changes only when it differs and was seen no earlier)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.chats import ChatName

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeChatNames:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def name(self, chat_id: str, title: str, at: datetime) -> None:
        stored = self.s.chat_titles.get(chat_id)
        if stored is None or (stored[0] != title and stored[1] <= at):
            self.s.chat_titles[chat_id] = (title, at)
            self.s.chat_title_writes += 1

    async def titles(self, chat_ids: Collection[str]) -> dict[str, str]:
        return {chat: self.s.chat_titles[chat][0] for chat in chat_ids if chat in self.s.chat_titles}

    async def of_member(self, identity: str, *, limit: int) -> list[ChatName]:
        mine = [m for (_, who), m in self.s.memberships.items() if who == identity]
        mine.sort(key=lambda m: (-m.last_seen.timestamp(), m.chat_id))
        return [ChatName(m.chat_id, self._title(m.chat_id)) for m in mine[:limit]]

    def _title(self, chat_id: str) -> str | None:
        stored = self.s.chat_titles.get(chat_id)
        return stored[0] if stored is not None else None
