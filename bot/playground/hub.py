"""The playground's platform adapter: chats in the database, the ChatApp behind them, tabs listening.

The hub does what Telegram does for the Telegram adapter: it turns a typed line or a button tap into a
`handlers.Request`, gives it to the ChatApp, and puts the `Reply`s where they belong (the request's chat,
another chat, someone's private chat; a live card edited in place). Every new or edited message is
pushed to every open tab. One lock keeps the transcript consistent (a card is edited, not posted twice);
the ChatApp and its database do the real concurrency work.

With the outbox (`build(settings, platform="playground")`, as `tuan playground` runs), the bot's replies
are rows written in the change's transaction, and the hub is the playground's sender (`sink`): the
relay hands it each row, it posts or edits the message. A request's response still lists what the bot
said in answer: the hub waits for the relay to post this update's rows before it answers.

A document (/export) is built into its file when it is posted (bot/export_files.py), kept in the
transcript's files, and posted as a message whose text is its caption and the file's download link on
this server (`GET /files/{token}/{filename}`), one message per file.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Any
from urllib.parse import quote
from uuid import uuid4

from bot import export_files
from bot.outbox_relay import OutboxRelay
from bot.playground.transcript import Chat, Message, StoredFile, Transcript
from commerce.domain.money import format_money
from commerce.domain.outbox import OutboxItem
from handlers import card_moved, outbox
from handlers.app import ChatApp, update_key
from handlers.texts import t
from handlers.types import ChatKind, Reply, Request

log = logging.getLogger(__name__)

PLATFORM = "playground"
BOT_NAME = "Tuan"
FRIENDS = {"amy": "Amy", "bob": "Bob", "cat": "Cat", "dan": "Dan"}
DEFAULT_GROUPS = ("family", "neighbours")
KEEP_ALIVE_SECONDS = 15.0
DRAIN_SECONDS = 30.0
Event = dict[str, Any]


class PlaygroundError(Exception):
    """A request the playground refuses, with the HTTP status and what to tell the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def display_name(user: str) -> str:
    """How a user id shows on a bubble: the friends' names, else the id with a capital."""
    return FRIENDS.get(user, user[:1].upper() + user[1:])


class Hub:
    """Chats, the ChatApp and the open tabs, wired together."""

    def __init__(
        self,
        *,
        app: ChatApp,
        transcript: Transcript,
        admins: Iterable[str] = (),
        base_url: str = "http://127.0.0.1:8080",
    ) -> None:
        """`base_url`: where this server is reached, the start of the download links of files."""
        self.app = app
        self.base_url = base_url.rstrip("/")
        self.transcript = transcript
        self.admins = frozenset(admins)
        self._lock = asyncio.Lock()
        self._listeners: set[asyncio.Queue[Event | None]] = set()
        self._closing = False
        self.relay: OutboxRelay | None = None  # set when replies come from the outbox
        self._posting = asyncio.Lock()  # the sink's: the request lock is held while it waits for the sink
        self._answered: dict[str, list[tuple[int, Event]]] = {}

    async def start(self) -> None:
        """Create the default group chats (the tables come from the migrations)."""
        for name in DEFAULT_GROUPS:
            await self.transcript.add_chat(name, ChatKind.GROUP.value)

    # -- what people do ----------------------------------------------------------------------------
    async def say(self, *, chat: str, user: str, text: str, update_id: int | None = None) -> dict[str, Any]:
        """`user` types `text` in `chat`: their bubble, then the bot's replies."""
        async with self._lock:
            kind = await self._chat_kind(chat, user)
            first = await self._first_answer(chat, update_id)
            if first is not None:
                message_id = int(first["message_id"])
            else:
                mine = await self.transcript.add(chat=chat, author=user, name=display_name(user), text=text)
                self._publish_message(mine)
                message_id = mine.id
            request = self._request(
                chat,
                user,
                kind,
                text=text,
                message_id=message_id,
                update_id=update_id,
                auto=f"msg-{message_id}",
            )
            return await self._handle(request, first, update_id)

    async def tap(
        self, *, chat: str, user: str, message_id: int, data: str, update_id: int | None = None
    ) -> dict[str, Any]:
        """`user` taps the button carrying `data` on message `message_id` of `chat`."""
        async with self._lock:
            kind = await self._chat_kind(chat, user)
            message = await self.transcript.message(message_id)
            if message is None or message.chat != chat:
                raise PlaygroundError(404, f"there is no message {message_id} in chat {chat!r}")
            first = await self._first_answer(chat, update_id)
            request = self._request(
                chat,
                user,
                kind,
                button=data,
                message_id=message_id,
                update_id=update_id,
                auto=f"tap-{uuid4().hex}",
            )
            return await self._handle(request, first, update_id)

    async def deliver(self, replies: Sequence[Reply]) -> list[Event]:
        """Replies nobody asked for right now (a deadline passed): the scheduler's delivery callback
        (with the outbox, the relay posts them: they are rows already)."""
        if self.relay is not None:
            return []
        async with self._lock:
            return await self._deliver(replies, origin=None)

    async def sink(self, item: OutboxItem) -> None:
        """The relay's sender: post (or edit) one outbox row's reply in its chat."""
        delivery = outbox.delivery(item)
        async with self._posting:
            [event] = await self._deliver([delivery.reply], origin=delivery.chat)
        if delivery.update is not None and delivery.request is not None:
            key = update_key(PLATFORM, delivery.request.chat_id, delivery.update)
            self._answered.setdefault(key, []).append((delivery.item_id, event))

    # -- reading -----------------------------------------------------------------------------------
    async def chats(self) -> list[Chat]:
        return await self.transcript.chats()

    async def users(self) -> list[dict[str, str]]:
        ids = list(FRIENDS)
        ids += [u for u in await self.transcript.authors() if u not in FRIENDS]
        return [{"id": user, "name": display_name(user)} for user in ids]

    async def messages(self, chat: str) -> list[Message]:
        return await self.transcript.messages(chat)

    async def file(self, token: str, filename: str) -> StoredFile:
        """A file the bot sent, by its link; 404 for any link that names none."""
        found = await self.transcript.file(token)
        if found is None or found.filename != filename:
            raise PlaygroundError(404, "there is no such file here")
        return found

    async def add_group(self, name: str) -> Chat:
        """A new group chat (names of people are their private chats)."""
        found = await self.transcript.chat(name)
        if found is not None and found.kind != ChatKind.GROUP.value:
            raise PlaygroundError(409, f"{name!r} is {display_name(name)}'s private chat with {BOT_NAME}")
        if found is None and name in {u["id"] for u in await self.users()}:
            raise PlaygroundError(409, f"{name!r} is a person's name: pick another name for a group")
        async with self._lock:
            chat = await self.transcript.add_chat(name, ChatKind.GROUP.value)
        if found is None:
            self._publish({"type": "chat", "chat": {"name": chat.name, "kind": chat.kind}})
        return chat

    # -- tabs listening ----------------------------------------------------------------------------
    def listen(self) -> AsyncIterator[Event | None]:
        """Every new or edited message and new chat from now on; None now and then to keep alive."""
        queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize=1000)
        self._listeners.add(queue)
        return self._drain(queue)

    async def _drain(self, queue: asyncio.Queue[Event | None]) -> AsyncIterator[Event | None]:
        try:
            while True:
                try:
                    event = await asyncio.wait_for(queue.get(), timeout=KEEP_ALIVE_SECONDS)
                except TimeoutError:
                    if self._closing:
                        return
                    yield None
                    continue
                if event is None:  # closing: what was queued before it has been sent
                    return
                yield event
        finally:
            self._listeners.discard(queue)

    def close_listeners(self) -> None:
        """End every stream (shutting down): open tabs reconnect to the next server."""
        self._closing = True
        for queue in list(self._listeners):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(None)

    def _publish(self, event: Event) -> None:
        for queue in list(self._listeners):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:  # a tab that stopped reading: drop it, it will reload
                self._listeners.discard(queue)

    def _publish_message(self, message: Message) -> None:
        self._publish({"type": "message", "message": message.to_json()})

    # -- the adapter's work ------------------------------------------------------------------------
    async def _first_answer(self, chat: str, update_id: int | None) -> dict[str, Any] | None:
        """What the playground answered the first time it saw this update id in this chat (None: never
        seen). Keyed as the ChatApp claims it: the same id in another chat is another update."""
        if update_id is None:
            return None
        return await self.transcript.response(update_key(PLATFORM, chat, str(update_id)))

    async def _handle(
        self, request: Request, first: dict[str, Any] | None, update_id: int | None
    ) -> dict[str, Any]:
        """Give the request to the ChatApp and deliver its replies.

        A repeated update still reaches the ChatApp, as it would from any platform, and is answered from
        its idempotency record; the transcript already shows the first answer, so nothing is posted again
        and the caller gets the first response back.
        """
        replies = await self.app.handle(request)
        if first is not None:
            return {**first, "duplicate": True}
        if self.relay is not None:
            delivered = await self._posted(request, replies)
        else:
            delivered = await self._deliver(replies, origin=request.chat_id)
        response = {"message_id": int(request.message_id or 0), "replies": delivered}
        if update_id is not None:
            key = update_key(PLATFORM, request.chat_id, str(update_id))
            await self.transcript.save_response(key, response)
        return {**response, "duplicate": False}

    async def _posted(self, request: Request, replies: Sequence[Reply]) -> list[Event]:
        """What the relay posted for this request (waiting for it), with the toasts in their places."""
        assert self.relay is not None
        if any(outbox.is_message(reply) for reply in replies) and not await self.relay.drain(DRAIN_SECONDS):
            log.warning(
                "the outbox did not post the answer to %s within %.0f s", request.update_id, DRAIN_SECONDS
            )
        key = update_key(PLATFORM, request.chat_id, request.update_id or "")
        posted = iter(event for _, event in sorted(self._answered.pop(key, [])))
        done: list[Event] = []
        for reply in replies:
            if outbox.is_message(reply):
                event = next(posted, None)
                if event is not None:
                    done.append(event)
            elif reply.toast:
                done.append(
                    {**self._delivered(None, edited=False, toast=reply.toast), "chat": request.chat_id}
                )
        return done

    async def _chat_kind(self, chat: str, user: str) -> ChatKind:
        """The chat's kind, creating it on first use; only its owner may write in a private chat, and a
        group's name is nobody's (their private replies would be posted in the group)."""
        own = await self.transcript.chat(user)
        if own is not None and own.kind == ChatKind.GROUP.value:
            raise PlaygroundError(409, f"{user!r} is a group chat, not a person: pick another user name")
        found = await self.transcript.chat(chat)
        if found is None:
            if chat != user and chat in {u["id"] for u in await self.users()}:
                raise PlaygroundError(403, self._not_yours(chat))
            kind = ChatKind.PRIVATE if chat == user else ChatKind.GROUP
            found = await self.transcript.add_chat(chat, kind.value)
            self._publish({"type": "chat", "chat": {"name": found.name, "kind": found.kind}})
        if found.kind == ChatKind.PRIVATE.value and chat != user:
            raise PlaygroundError(403, self._not_yours(chat))
        return ChatKind(found.kind)

    @staticmethod
    def _not_yours(chat: str) -> str:
        return f"{chat!r} is {display_name(chat)}'s private chat with {BOT_NAME}: only {chat} can write there"

    def _request(
        self,
        chat: str,
        user: str,
        kind: ChatKind,
        *,
        text: str = "",
        button: str | None = None,
        message_id: int | None,
        update_id: int | None,
        auto: str,
    ) -> Request:
        return Request(
            platform=PLATFORM,
            chat_id=chat,
            user_id=user,
            display_name=display_name(user),
            chat_kind=kind,
            text=text,
            button=button,
            message_id=None if message_id is None else str(message_id),
            update_id=str(update_id) if update_id is not None else f"{PLATFORM}-{auto}",
            is_admin=user in self.admins,
            # `@bob` is looked up among the chat's members (handlers.members), so `@Eve`, who never spoke
            # here, is "no such member", as on every platform
            username=user,
        )

    async def _deliver(self, replies: Sequence[Reply], *, origin: str | None) -> list[Event]:
        """Post (or, for a live card, edit) each reply in its chat; what was done, in order."""
        done: list[Event] = []
        for reply in replies:
            chat = await self._destination(reply, origin)
            if reply.card_of is not None:
                card = await self.app.render_card(reply.card_of)
                chat = chat or card.chat_id
                if chat is None:
                    log.warning("card of group buy %s has no chat; dropped", reply.card_of)
                    continue
                message, edited = await self._put_card(chat, card, reply.card_of, new=reply.new_card)
                done.append(self._delivered(message, edited=edited, toast=reply.toast))
            elif reply.text or reply.invoice is not None or reply.document is not None:
                if chat is None:
                    log.warning("reply without a chat dropped: %r", reply.text[:80])
                    continue
                text = self._text_of(reply)
                if reply.document is not None:
                    text = "\n".join(filter(None, [text, await self._download_link(chat, reply)]))
                message = await self.transcript.add(
                    chat=chat, author=None, name=BOT_NAME, text=text, buttons=reply.buttons
                )
                self._publish_message(message)
                done.append(self._delivered(message, edited=False, toast=reply.toast))
            elif reply.toast:  # only the tapper sees it: nothing is posted
                done.append({**self._delivered(None, edited=False, toast=reply.toast), "chat": chat})
        return done

    def _text_of(self, reply: Reply) -> str:
        """What a reply shows here; an invoice (no Telegram Payments in the playground) as a line of text."""
        invoice = reply.invoice
        if invoice is None:
            return reply.text
        shown = t(
            reply.language or self.app.config.default_language,
            "invoice_text",
            order=invoice.order_id,
            title=invoice.title,
            total=format_money(invoice.amount, invoice.currency),
        )
        return f"{reply.text}\n{shown}" if reply.text else shown

    async def _download_link(self, chat: str, reply: Reply) -> str:
        """Build the reply's file, keep it, and say where to download it."""
        assert reply.document is not None
        built = export_files.build(reply.document)
        token = secrets.token_urlsafe(16)
        await self.transcript.add_file(
            token=token, chat=chat, filename=built.filename, mime=built.mime, content=built.content
        )
        url = f"{self.base_url}/files/{token}/{quote(built.filename)}"
        lang = reply.language or self.app.config.default_language
        return t(lang, "document_download", filename=built.filename, url=url)

    async def _destination(self, reply: Reply, origin: str | None) -> str | None:
        if reply.private_to is not None:
            await self.transcript.add_chat(reply.private_to, ChatKind.PRIVATE.value)
            return reply.private_to
        return reply.chat_id or origin

    async def _put_card(
        self, chat: str, card: Reply, group_buy_id: int, *, new: bool
    ) -> tuple[Message, bool]:
        """Edit the live card of this group buy in `chat`, or post it if there is none (or `new`: then
        every older copy there becomes the one-line pointer to it, without buttons)."""
        live = None if new else await self.transcript.latest_card(chat, group_buy_id)
        if live is not None:
            message = await self.transcript.edit(live, text=card.text, buttons=card.buttons)
        else:
            message = await self.transcript.add(
                chat=chat,
                author=None,
                name=BOT_NAME,
                text=card.text,
                buttons=card.buttons,
                card_of=group_buy_id,
            )
        self._publish_message(message)
        if new:
            await self._point_older_copies(chat, group_buy_id, message.id)
        return message, live is not None

    async def _point_older_copies(self, chat: str, group_buy_id: int, newest: int) -> None:
        older = await self.transcript.older_cards(chat, group_buy_id, before=newest)
        if not older:
            return
        pointer = await card_moved.pointer(self.app, group_buy_id)
        for copy in older:
            if (copy.text, copy.buttons) != (pointer.text, ()):
                self._publish_message(await self.transcript.edit(copy, text=pointer.text, buttons=()))

    @staticmethod
    def _delivered(message: Message | None, *, edited: bool, toast: str | None) -> Event:
        """One reply as the API reports it: where it went, what it says, whether a card was edited."""
        shown = message.to_json() if message is not None else {}
        return {
            "chat": shown.get("chat"),
            "message_id": shown.get("message_id"),
            "text": shown.get("text", ""),
            "buttons": shown.get("buttons", []),
            "card_of": shown.get("card_of"),
            "edited": edited,
            "toast": toast,
        }
