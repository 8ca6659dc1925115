"""The WeChat adapter's core: an incoming message through the ChatApp, its replies into the outbox.

Independent of wechaty (the client in `client.py` feeds it `Incoming` messages and implements the
outbox's transport), so tests drive it with a recording fake.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from bot.wechat import render
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox
from bot.wechat.translate import Incoming, mentioned_names, to_request
from handlers.types import Reply, Request

log = logging.getLogger(__name__)

Reachable = Callable[[str], Awaitable[bool]]


async def _always(conversation_id: str) -> bool:
    return True


class Chat(Protocol):
    """The part of `handlers.app.ChatApp` the adapter uses."""

    async def handle(self, request: Request) -> list[Reply]: ...

    async def render_card(self, group_buy_id: int) -> Reply: ...


class NameBook:
    """Display names (room alias or WeChat name) seen per chat, so a mention can say `@王五`."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], str] = {}

    def learn(self, chat_id: str, user_id: str, name: str) -> None:
        if name:
            self._names[(chat_id, user_id)] = name

    def get(self, chat_id: str, user_id: str) -> str | None:
        return self._names.get((chat_id, user_id))

    def find(self, chat_id: str, name: str) -> str | None:
        """The member of `chat_id` known by `name`, if exactly one is."""
        found = {user for (chat, user), known in self._names.items() if chat == chat_id and known == name}
        return found.pop() if len(found) == 1 else None


class WeChatAdapter:
    """Turns messages into requests (numbers into button taps) and replies into outbox messages."""

    def __init__(
        self,
        *,
        app: Chat,
        outbox: Outbox,
        choices: Choices,
        names: NameBook,
        now: Callable[[], datetime],
        language: str = "zh",
        reachable: Reachable = _always,
    ) -> None:
        self.app = app
        self.reachable = reachable
        self.outbox = outbox
        self.choices = choices
        self.names = names
        self.now = now
        self.language = language
        self.bot_id: str | None = None
        self._locks: dict[str, asyncio.Lock] = {}

    def logged_in(self, bot_id: str) -> None:
        self.bot_id = bot_id

    def request_for(self, incoming: Incoming) -> Request | None:
        """The request a message makes (a bare number answering a question becomes a button tap)."""
        if self.bot_id is None:
            return None
        request = to_request(incoming, bot_id=self.bot_id)
        if request is None:
            return None
        self.names.learn(request.chat_id, request.user_id, request.display_name)
        if incoming.room_id is not None and not request.mentions:
            request = replace(request, mentions=self._mentions_by_name(incoming))
        button = self.choices.answer(request.chat_id, request.user_id, request.text, self.now())
        if button is not None:
            request = replace(request, text="", button=button)
        return request

    def _mentions_by_name(self, incoming: Incoming) -> tuple[str, ...]:
        """Members a message mentions by name only: some puppets send no mention ids (and python-wechaty
        has no fallback), so `已收 @王五` is resolved against the names members spoke under here. All
        or nothing: one unknown name, and the handler explains the right form instead of guessing."""
        names = [n for n in mentioned_names(incoming.text) if n not in incoming.bot_names]
        found = [self.names.find(incoming.chat_id, name) for name in names]
        if not found or None in found:
            return ()
        return tuple(dict.fromkeys(member for member in found if member is not None))

    async def on_message(self, incoming: Incoming) -> None:
        """Handle one message; a chat's messages one at a time, in the order they came."""
        if incoming.talker_id == self.bot_id:
            return  # the bot's own message, echoed while it may still be sending in this chat
        lock = self._locks.setdefault(incoming.chat_id, asyncio.Lock())
        async with lock:
            request = self.request_for(incoming)
            if request is None:
                return
            replies = await self.app.handle(request)
            await self.deliver(replies, request=request)

    async def deliver(self, replies: Sequence[Reply], *, request: Request | None = None) -> None:
        """Send replies: one merged answer per conversation first, then the cards (throttled)."""
        answers: dict[str, list[Reply]] = {}
        cards: list[tuple[str, int, bool]] = []
        for reply in replies:
            conversation = render.destination(reply, request)
            if reply.private_to and conversation and not await self.reachable(conversation):
                reply, conversation = self._in_the_room(reply, request, replies)
            if conversation is None:
                log.warning("a reply without a chat was dropped: %.60r", reply.text)
                continue
            if reply.card_of is not None:
                cards.append((conversation, reply.card_of, reply.new_card))
            else:
                answers.setdefault(conversation, []).append(reply)
        language = (request.language if request is not None else None) or self.language
        for conversation, group in answers.items():
            outgoing = render.answer(conversation, group, request=request, language=language)
            if outgoing is not None:
                await self.outbox.send(outgoing)
        for conversation, group_buy_id, new in dict.fromkeys(cards):
            await self.outbox.post_card(conversation, group_buy_id, now=new)
        await self.outbox.flush()

    @staticmethod
    def _in_the_room(
        reply: Reply, request: Request | None, replies: Sequence[Reply]
    ) -> tuple[Reply, str | None]:
        """A private message to a member the bot cannot message (WeChat lets a bot message only its
        friends) goes to the room it is about instead, mentioning them."""
        rooms = [request.chat_id] if request is not None else []
        rooms += [r.chat_id for r in replies if r.chat_id]
        room = next((chat for chat in rooms if render.is_room(chat)), None)
        if room is None:
            return reply, None
        assert reply.private_to is not None
        return replace(reply, private_to=None, chat_id=room, mention=(reply.private_to,)), room

    async def deliver_unasked(self, replies: Sequence[Reply]) -> None:
        """The scheduler's replies (a deadline's outcome), which answer no member."""
        await self.deliver(replies)
