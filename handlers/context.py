"""What a handler gets: the request, its parsed command, the open unit of work, the time, and the language.

The answer's language: the language of the words the member used (`接龙` -> zh, `/join` -> en); for
language-neutral input (`+1`, a button) the chat's setting (`/lang`), else the member's platform language,
else the language the group buy was opened in, else the app's default. Only what is needed is queried.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.group_buy import GroupBuy
from commerce.ports import UnitOfWork
from handlers.config import AppConfig
from handlers.parsing.commands import Command
from handlers.texts import normalize_language
from handlers.types import ChatKind, Request


@dataclass
class Context:
    request: Request
    command: Command
    uow: UnitOfWork
    now: datetime
    config: AppConfig
    tz: ZoneInfo
    _chat_language: str | None = field(default=None, repr=False)
    _chat_language_known: bool = field(default=False, repr=False)

    @property
    def is_private(self) -> bool:
        return self.request.chat_kind is ChatKind.PRIVATE

    async def chat_language(self) -> str | None:
        """The chat's `/lang` setting, looked up at most once."""
        if not self._chat_language_known:
            self._chat_language = normalize_language(await self.uow.chats.language(self.request.chat_id))
            self._chat_language_known = True
        return self._chat_language

    async def lang(self, group_buy: GroupBuy | None = None, *, guess: bool = False) -> str:
        """The language to answer in; with `guess`, the chat's group buy is looked up if it decides."""
        if self.command.lang:
            return self.command.lang
        chat = await self.chat_language()
        if chat:
            return chat
        hint = normalize_language(self.request.language)
        if hint:
            return hint
        if group_buy is None and guess:
            group_buy = await self._group_buy_in_question()
        if group_buy is not None and normalize_language(group_buy.lang):
            return group_buy.lang
        return self.config.default_language

    async def _group_buy_in_question(self) -> GroupBuy | None:
        group_buy_id = self.command.group_buy_id
        if group_buy_id is None:
            return await self.uow.group_buys.latest_open_in_chat(self.request.chat_id)
        found = await self.uow.group_buys.get(group_buy_id)
        return found if found is not None and found.chat_id == self.request.chat_id else None


async def card_language(uow: UnitOfWork, group_buy: GroupBuy) -> str:
    """A card (and what is sent about a group buy to its buyers) speaks the chat's language, else the
    language the group buy was opened in."""
    return normalize_language(await uow.chats.language(group_buy.chat_id)) or group_buy.lang
