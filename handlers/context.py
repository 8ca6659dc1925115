"""What a handler gets: the request, its parsed command, the open unit of work, the time, and the language.

The answer's language: the language of the words the member used (`接龙` -> zh, `/join` -> en); for
language-neutral input (`+1`, a button) the chat's setting (`/lang`), else the member's platform language,
else the language the group buy was opened in, else the app's default. Only what is needed is queried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain.group_buy import GroupBuy
from commerce.ports import NoteReranker, StarRefunds, UnitOfWork
from handlers.config import AppConfig
from handlers.memo import LanguageMemo
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
    memo: LanguageMemo = field(default_factory=LanguageMemo)
    after_commit: list[Callable[[], None]] = field(default_factory=list)
    star_refunds: StarRefunds | None = None  # the platform's Stars refund, where it has one
    reranker: NoteReranker | None = None  # Ask's re-ranking of notes by meaning (the `ai` extra)
    # Group buys whose close left orders to write after the commit, a batch per unit of work
    # (`ChatApp.finish_orders`).
    pending_orders: list[int] = field(default_factory=list)

    @property
    def is_private(self) -> bool:
        return self.request.chat_kind is ChatKind.PRIVATE

    async def chat_language(self) -> str | None:
        """The chat's `/lang` setting (remembered for a short while, so `+1` needs no query for it)."""
        return await chat_setting(self.uow, self.request.chat_id, self.memo)

    async def lang(self, group_buy: GroupBuy | None = None, *, guess: bool = False) -> str:
        """The language to answer in; with `guess`, the chat's group buy is looked up if it decides."""
        if group_buy is not None and group_buy.chat_id == self.request.chat_id:
            self.memo.remember_group_buy(group_buy.chat_id, group_buy.lang)
        if self.command.lang:
            return self.command.lang
        chat = await self.chat_language()
        if chat:
            return chat
        hint = normalize_language(self.request.language)
        if hint:
            return hint
        guessed = group_buy.lang if group_buy is not None else await self._guess() if guess else None
        return normalize_language(guessed) or self.config.default_language

    async def _guess(self) -> str | None:
        """The language of the group buy the command is about: the one named, else the chat's latest."""
        chat_id, group_buy_id = self.request.chat_id, self.command.group_buy_id
        if group_buy_id is None:
            remembered = self.memo.group_buy_language(chat_id)
            if remembered:
                return remembered
            found = await self.uow.group_buys.latest_open_in_chat(chat_id)
        else:
            found = await self.uow.group_buys.get(group_buy_id)
        return found.lang if found is not None and found.chat_id == chat_id else None


async def chat_setting(uow: UnitOfWork, chat_id: str, memo: LanguageMemo) -> str | None:
    known, language = memo.setting(chat_id)
    if not known:
        language = normalize_language(await uow.chats.language(chat_id))
        memo.remember_setting(chat_id, language)
    return language


async def card_language(uow: UnitOfWork, group_buy: GroupBuy, memo: LanguageMemo) -> str:
    """A card (and what is sent about a group buy to its buyers) speaks the chat's language, else the
    language the group buy was opened in."""
    return await chat_setting(uow, group_buy.chat_id, memo) or group_buy.lang
