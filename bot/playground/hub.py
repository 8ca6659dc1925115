"""The playground's platform adapter: chats in the database, the ChatApp behind them, tabs listening.

The hub does what Telegram does for the Telegram adapter: it turns a typed line or a button tap into a
`handlers.Request`, gives it to the ChatApp, and puts the `Reply`s where they belong (the request's chat,
another chat, someone's private chat; a live card edited in place). Every new or edited message is
pushed to every open tab. Requests of different chats run at the same time, those of one chat one
after another, in order (bot/playground/chat_locks.py); one lock keeps the posting consistent (a card is
edited, not posted twice); the ChatApp and its database do the real concurrency work.

With the outbox (`build(settings, platform="playground")`, as `tuan playground` runs: `open_hub` in
bot/playground/server.py), the bot's replies are rows written in the change's transaction, and the hub
is the playground's sender (`post_rows`, the relay's batch sink): the relay hands it the due rows, it
posts or edits their messages in one transcript transaction (the cards rendered before it, once per
group buy; a card edited several times in a batch is written once). A request's response still lists
what the bot said in answer: the hub waits for the relay to post the rows of this request's own change
(bot/playground/own_rows.py), not for other chats' rows. A big close answers with its card, its
message and its first orders; the ChatApp writes the other orders after it (`ChatApp.finish_later`:
here, in a task of the hub's, whose units of work give way to everyone else's: storage.uow.background),
and the relay posts them behind the answer.

A document (/export) is built into its file when it is posted (bot/export_files.py), kept in the
transcript's files, and posted as a message whose text is its caption and the file's download link on
this server (`GET /files/{token}/{filename}`), one message per file.

An image a member attaches (bot/playground/images.py) is kept the same way and shown on their message;
its token is the request's `photo`, so a group buy it opens is a photo card, which shows the image too.

A reply's reaction (`Reply.reaction`: a typed like's 👍) is put on the member's message as Telegram
shows it: kept with the message (`reaction` in its JSON), pushed to the tabs as a `reaction` event (the
message again, not a new one), and reported in the request's response (`reaction` of the reply).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import secrets
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote
from uuid import uuid4

from bot import export_files
from bot.outbox_relay import BatchOutcome, OutboxRelay
from bot.playground.chat_locks import ChatLocks
from bot.playground.images import Image
from bot.playground.own_rows import Awaited, OwnRows
from bot.playground.transcript import Chat, Draft, Message, StoredFile, Transcript
from bot.waits import within
from commerce.domain.money import format_money
from commerce.domain.outbox import OutboxItem
from handlers import card_moved, outbox
from handlers.app import ChatApp, Unanswered, update_key
from handlers.texts import t
from handlers.types import ChatKind, Reaction, Reply, Request
from storage.uow import background

log = logging.getLogger(__name__)

PLATFORM = "playground"
BOT_NAME = "Tuan"
# the bot named as members see it (`@Tuan 芒果多少钱`), not `@tuan_bot` nor `@Tuanzhang`; either `@`
_AT_BOT = re.compile(rf"(?<![\w@＠])[@＠]{BOT_NAME}(?![\w])", re.IGNORECASE)
FRIENDS = {"amy": "Amy", "bob": "Bob", "cat": "Cat", "dan": "Dan"}
DEFAULT_GROUPS = ("family", "neighbours")
KEEP_ALIVE_SECONDS = 15.0
DRAIN_SECONDS = 30.0  # the longest a response waits for the relay to post its rows
FINISH_GRACE_SECONDS = 10.0  # on shutdown, for the orders of a big close being written
Event = dict[str, Any]


@dataclass
class _Batch:
    """The relay's batch being posted in one transcript transaction: the cards and pointers rendered
    before it (the ChatApp's reads need the connection the transaction holds on SQLite), and the
    messages to push to the tabs once it committed."""

    cards: dict[int, Reply]
    pointers: dict[int, Reply]
    published: list[Event] = field(default_factory=list)


_BATCH: contextvars.ContextVar[_Batch | None] = contextvars.ContextVar("playground_batch", default=None)


@dataclass(frozen=True)
class Typed:
    """A member's typed message as the hub hands it to the ChatApp (kept while it is unanswered)."""

    chat: str
    user: str
    text: str
    update_id: int | None
    photo: str | None  # the attached image's token

    def to_json(self) -> dict[str, Any]:
        return {
            "chat": self.chat,
            "user": self.user,
            "text": self.text,
            "update_id": self.update_id,
            "photo": self.photo,
        }

    @classmethod
    def from_json(cls, saved: Mapping[str, Any]) -> Typed:
        return cls(saved["chat"], saved["user"], saved["text"], saved.get("update_id"), saved.get("photo"))


class PlaygroundError(Exception):
    """A request the playground refuses, with the HTTP status and what to tell the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _check_button(message: Message, data: str, live: Message | None) -> None:
    """Refuse a tap whose `data` is on none of the buttons `message` shows now (as the transcript keeps
    it, re-rendered with its card), nor on the `live` copy of its card: on Telegram a tap carries only
    what a button of its message holds."""
    shown = [button.data for row in message.buttons for button in row]
    if live is not None:
        shown += [button.data for row in live.buttons for button in row if button.data not in shown]
    if data in shown:
        return
    if not shown:
        raise PlaygroundError(422, f"message {message.id} has no buttons: there is nothing on it to tap")
    listed = ", ".join(repr(d) for d in shown)
    raise PlaygroundError(
        422, f"message {message.id} has no button with data {data!r}: its buttons carry {listed}"
    )


def display_name(user: str) -> str:
    """How a user id shows on a bubble when she never typed her name with capitals: the friends'
    names, else the id with a capital (`Hub.name_of`: as she spelt it, `阿May`)."""
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
        self._chats = ChatLocks()  # a request holds its chat's lock (also while it waits for its rows)
        self._listeners: set[asyncio.Queue[Event | None]] = set()
        self._closing = False
        self.relay: OutboxRelay | None = None  # set by `attach` when replies come from the outbox
        self._posting = asyncio.Lock()  # one writer of messages at a time: a card is never posted twice
        self._own = OwnRows()
        self._finishing: set[asyncio.Task[object]] = set()  # big closes' later orders being written
        self._spelt: dict[str, str] = {}  # a user id's name as she last typed it with capitals (`阿May`)

    def name_of(self, user: str) -> str:
        """How user id `user` shows (her bubbles, her name in the bot's messages): as she last spelt it
        with capitals (`阿May`, never `阿may`: rep85 #8), else `display_name`."""
        return self._spelt.get(user) or display_name(user)

    def _user(self, typed: str) -> str:
        """The user id of a name as typed (`阿May`: `阿may`, the same member whatever the case); a spelling
        with capitals is how she shows from now on."""
        user = typed.lower()
        if typed != user:
            self._spelt[user] = typed
        return user

    async def start(self) -> None:
        """Create the default group chats (the tables come from the migrations)."""
        for name in DEFAULT_GROUPS:
            await self.transcript.add_chat(name, ChatKind.GROUP.value)
        for user, name in (await self.transcript.author_names()).items():  # as they spelt it last run
            if name != display_name(user) and name.lower() == user:
                self._spelt[user] = name

    # -- what people do ----------------------------------------------------------------------------
    async def say(
        self, *, chat: str, user: str, text: str, update_id: int | None = None, image: Image | None = None
    ) -> dict[str, Any]:
        """`user` types `text` in `chat` (with an `image` attached: its caption): their bubble, then the
        bot's replies. The bubble is kept with a claim to an answer (`Transcript.mark_pending`), dropped
        once answered: a process killed in between answers it at its next start (`redeliver`)."""
        user = self._user(user)
        async with self._chats.hold(chat):
            kind = await self._chat_kind(chat, user)
            first = await self._first_answer(chat, update_id)
            if first is not None:
                typed = Typed(chat, user, text, update_id, photo=None)
                request = self._typed_request(typed, kind, int(first["message_id"]))
                return await self._handle(request, first, update_id)
            link = None
            photo = None  # the image's token: the photo of a group buy the text opens
            if image is not None:
                photo, link = await self._keep_image(chat, image)
            typed = Typed(chat, user, text, update_id, photo)
            async with self.transcript.transaction():
                mine = await self.transcript.add(
                    chat=chat, author=user, name=self.name_of(user), text=text, image=link
                )
                await self.transcript.mark_pending(mine.id, typed.to_json())
            self._publish_message(mine)
            response = await self._handle(self._typed_request(typed, kind, mine.id), None, update_id)
            await self.transcript.answered(mine.id)
            return response

    async def redeliver(self) -> int:
        """Answer the members' messages the last run kept but never answered (killed between the bubble
        and the answer), oldest first, as Telegram delivers an unanswered update again: how many. One
        whose change committed after all is a repeat to the ChatApp (its update key is claimed), so
        nothing happens twice; the outbox posts its answer. A database still down leaves them for later."""
        answered = 0
        for message_id, saved in await self.transcript.pending():
            typed = Typed.from_json(saved)
            async with self._chats.hold(typed.chat):
                kind = await self._chat_kind(typed.chat, typed.user)
                first = await self._first_answer(typed.chat, typed.update_id)
                if first is None:
                    try:
                        await self._handle(
                            self._typed_request(typed, kind, message_id), None, typed.update_id
                        )
                    except Unanswered:
                        log.warning("message %d is still unanswered: the database is unreachable", message_id)
                        return answered
                    answered += 1
                await self.transcript.answered(message_id)
        return answered

    async def tap(
        self, *, chat: str, user: str, message_id: int, data: str, update_id: int | None = None
    ) -> dict[str, Any]:
        """`user` taps the button carrying `data` on message `message_id` of `chat`: a message of another
        chat is a 404, data on none of its buttons (as it shows them now) a 422, nothing changed."""
        user = self._user(user)
        async with self._chats.hold(chat):
            kind = await self._chat_kind(chat, user)
            message = await self.transcript.message(message_id)
            if message is None or message.chat != chat:
                raise PlaygroundError(404, f"there is no message {message_id} in chat {chat!r}")
            first = await self._first_answer(chat, update_id)
            if first is None:  # a repeat is answered as the first was: that tap was checked
                live = None  # an older copy of a card (a tab not refreshed) taps as the card shows now
                if message.card_of is not None:
                    live = await self.transcript.latest_card(chat, message.card_of)
                _check_button(message, data, live)
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
        async with self._posting:
            return await self._deliver(replies, origin=None)

    # -- the outbox --------------------------------------------------------------------------------
    def attach(self, relay: OutboxRelay) -> None:
        """Replies come from the outbox: `relay` (built with `batch_sink=hub.post_rows`) posts them.
        The hub learns from the ChatApp's `on_queued` which request committed rows, and writes the later
        orders of a big close in a task of its own, after the close was answered."""
        self.relay = relay
        wake = self.app.on_queued

        def queued() -> None:
            if wake is not None:
                wake()
            self._own.committed()

        self.app.on_queued = queued
        self.app.finish_later = self._finish_later

    async def post_rows(self, items: Sequence[OutboxItem]) -> Mapping[int, BatchOutcome]:
        """The relay's batch sink: post (or edit) the rows' messages in one transcript transaction;
        if that fails, each row in its own, so one bad row holds up no other."""
        try:
            return await self._post_batch(items)
        except Exception:
            log.exception("posting %d rows at once failed; posting them one by one", len(items))
        outcomes: dict[int, BatchOutcome] = {}
        for item in items:
            assert item.id is not None
            try:
                await self._post_batch([item])
            except Exception as exc:
                outcomes[item.id] = f"{type(exc).__name__}: {exc}"
            else:
                outcomes[item.id] = None
        return outcomes

    async def _post_batch(self, items: Sequence[OutboxItem]) -> dict[int, BatchOutcome]:
        """Rows in one transcript transaction (the cards they show rendered before it: the ChatApp needs
        the connection it holds on SQLite); then the tabs see them and the requests waiting are told."""
        deliveries = [outbox.delivery(item) for item in items]
        latest = _latest_of_each_card(deliveries)
        cards = {d.reply.card_of for d in deliveries if d.reply.card_of is not None}
        batch = _Batch(
            cards={group_buy_id: await self.app.render_card(group_buy_id) for group_buy_id in cards},
            pointers={
                d.reply.card_of: await card_moved.pointer(self.app, d.reply.card_of)
                for d in deliveries
                if d.reply.card_of is not None and d.reply.new_card
            },
        )
        posted: dict[int, Event] = {}
        posting = {latest[i] for i, d in enumerate(deliveries) if d.reply.is_card and not d.reply.refresh}
        plain: list[tuple[int, outbox.Delivery]] = []  # in a row: posted in one statement
        token = _BATCH.set(batch)
        try:
            async with self._posting, self.transcript.transaction():
                for i, delivery in enumerate(deliveries):
                    if latest[i] != i:  # the same card edited again later in this batch: once is enough
                        continue
                    if _plain(delivery.reply):
                        plain.append((i, delivery))
                        continue
                    posted |= await self._post_plain(plain)  # before this one: messages keep their order
                    plain = []
                    reply = delivery.reply
                    if reply.refresh and i in posting:  # a posting of the card coalesced into this edit
                        reply = replace(reply, refresh=False)
                    done = await self._deliver([reply], origin=delivery.chat)
                    if done:
                        posted[i] = done[0]
                posted |= await self._post_plain(plain)
        finally:
            _BATCH.reset(token)
        for pushed in batch.published:  # committed: the tabs may see it
            self._publish(pushed)
        for i, delivery in enumerate(deliveries):
            event, key = posted.get(latest[i]), _key(delivery)
            if event is not None and key is not None:
                self._own.posted(key, delivery.item_id, event)
        return {delivery.item_id: None for delivery in deliveries}

    async def _post_plain(self, plain: Sequence[tuple[int, outbox.Delivery]]) -> dict[int, Event]:
        """Messages of a batch that are text alone (an invoice is text here), as `_deliver` posts them
        but in one statement, their private chats made in one: what each row's request is told."""
        if not plain:
            return {}
        privates = {d.reply.private_to for _, d in plain if d.reply.private_to is not None}
        await self.transcript.add_chats(privates, ChatKind.PRIVATE.value)
        drafts = [
            Draft(
                chat=d.reply.private_to or d.reply.chat_id or d.chat,
                author=None,
                name=BOT_NAME,
                text=self._text_of(d.reply),
                buttons=d.reply.buttons,
            )
            for _, d in plain
        ]
        messages = await self.transcript.add_many(drafts)
        for message in messages:
            self._publish_message(message)
        return {
            i: self._delivered(message, edited=False, toast=d.reply.toast)
            for (i, d), message in zip(plain, messages, strict=True)
        }

    def _finish_later(self, group_buy_id: int, request: Request) -> None:
        """A big close was answered: write its other orders now, in a task of their own (outside the
        request's context, so its response waits for none of their rows)."""
        task: asyncio.Task[object] = asyncio.create_task(
            self._finish(group_buy_id, request),
            name=f"playground:finish-orders:{group_buy_id}",
            context=contextvars.Context(),
        )
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)

    async def _finish(self, group_buy_id: int, request: Request) -> None:
        """Nobody waits for these orders: their units of work give way to everyone's commands and to the
        relay posting (SQLite has one connection; a `+1` elsewhere then waits for one batch at most)."""
        with background():
            await self.app.finish_orders(group_buy_id, request=request)

    async def aclose(self, grace: float = FINISH_GRACE_SECONDS) -> None:
        """Shutting down: give the orders of big closes being written `grace` seconds to finish (the
        deadline sweep finishes what is left after a restart)."""
        if not self._finishing:
            return
        _, late = await asyncio.wait(list(self._finishing), timeout=grace)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)

    # -- reading -----------------------------------------------------------------------------------
    async def chats(self) -> list[Chat]:
        return await self.transcript.chats()

    async def users(self) -> list[dict[str, str]]:
        ids = list(FRIENDS)
        ids += [u for u in await self.transcript.authors() if u not in FRIENDS]
        return [{"id": user, "name": self.name_of(user)} for user in ids]

    async def messages(self, chat: str) -> list[Message]:
        """The chat's messages, each card with its language (its header speaks it)."""
        found = await self.transcript.messages(chat)
        langs: dict[int, str] = {}
        for card_of in dict.fromkeys(m.card_of for m in found if m.card_of is not None):
            langs[card_of] = self._lang_of(await self.app.render_card(card_of))
        return [m if m.card_of is None else replace(m, lang=langs[m.card_of]) for m in found]

    def _lang_of(self, reply: Reply) -> str:
        return reply.language or self.app.config.default_language

    async def file(self, token: str, filename: str) -> StoredFile:
        """A file the bot sent, by its link; 404 for any link that names none."""
        found = await self.transcript.file(token)
        if found is None or found.filename != filename:
            raise PlaygroundError(404, "there is no such file here")
        return found

    async def add_group(self, name: str) -> tuple[Chat, bool]:
        """A new group chat (names of people are their private chats), and whether it is new: one of
        that name already there is kept as it is."""
        found = await self.transcript.chat(name)
        if found is not None and found.kind != ChatKind.GROUP.value:
            raise PlaygroundError(409, f"{name!r} is {self.name_of(name)}'s private chat with {BOT_NAME}")
        if found is None and name in {u["id"] for u in await self.users()}:
            raise PlaygroundError(409, f"{name!r} is a person's name: pick another name for a group")
        async with self._chats.hold(name):
            chat = await self.transcript.add_chat(name, ChatKind.GROUP.value)
        if found is None:
            self._publish({"type": "chat", "chat": {"name": chat.name, "kind": chat.kind}})
        return chat, found is None

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
                    event = await within(queue.get(), KEEP_ALIVE_SECONDS)
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
        batch = _BATCH.get()
        if batch is not None:  # posted in a transaction: pushed once it committed
            batch.published.append(event)
            return
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
        if self.relay is not None:
            key = update_key(PLATFORM, request.chat_id, request.update_id or "")
            with self._own.expect(key) as awaited:  # before the ChatApp: no row posted meanwhile is missed
                replies = await self.app.handle(request)
                if first is not None:
                    return {**first, "duplicate": True}
                delivered = await self._posted(request, replies, awaited)
        else:
            replies = await self.app.handle(request)
            if first is not None:
                return {**first, "duplicate": True}
            async with self._posting:
                delivered = await self._deliver(replies, origin=request.chat_id)
        response = {"message_id": int(request.message_id or 0), "replies": delivered}
        if update_id is not None:
            key = update_key(PLATFORM, request.chat_id, str(update_id))
            await self.transcript.save_response(key, response)
        return {**response, "duplicate": False}

    async def _posted(self, request: Request, replies: Sequence[Reply], awaited: Awaited) -> list[Event]:
        """What the relay posted of this request's own rows (waiting for them), with the toasts in their
        places. Its rows are the outbox rows of its replies, if its change committed any."""
        rows = outbox.rows(
            replies,
            platform=PLATFORM,
            request=request,
            now=self.app.clock.now(),
            toasts=self.app.config.outbox_toasts,
        )
        awaited.expect(len(rows) if awaited.committed else 0)
        if not await awaited.wait(DRAIN_SECONDS):
            log.warning(
                "the outbox did not post the answer to %s within %.0f s", request.update_id, DRAIN_SECONDS
            )
        posted = iter(awaited.events())
        done: list[Event] = []
        for reply in replies:
            if outbox.is_sent(reply):
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

    def _typed_request(self, typed: Typed, kind: ChatKind, message_id: int) -> Request:
        return self._request(
            typed.chat,
            typed.user,
            kind,
            text=typed.text,
            message_id=message_id,
            update_id=typed.update_id,
            auto=f"msg-{message_id}",
            photo=typed.photo,
        )

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
        photo: str | None = None,
    ) -> Request:
        unmentioned = _AT_BOT.sub(" ", text) if kind is ChatKind.GROUP else text
        return Request(
            platform=PLATFORM,
            chat_id=chat,
            user_id=user,
            display_name=self.name_of(user),
            chat_kind=kind,
            # the bot has no username here: `@Tuan 芒果多少钱`, its display name, asks it, as WeChat's
            # `@团购助手 …` does (`Request.to_bot`), the mention taken off (`@Tuan +1` joins); `@tuan_bot …`
            # is read by the handlers as on Telegram
            text=" ".join(unmentioned.split()) if unmentioned != text else text,
            to_bot=unmentioned != text,
            button=button,
            message_id=None if message_id is None else str(message_id),
            update_id=str(update_id) if update_id is not None else f"{PLATFORM}-{auto}",
            is_admin=user in self.admins,
            # `@bob` is looked up among the chat's members (handlers.members), so `@Eve`, who never spoke
            # here, is "no such member", as on every platform
            username=user,
            photo=photo,
            chat_title=chat if kind is ChatKind.GROUP else None,  # a playground chat's name is its id
        )

    async def _deliver(self, replies: Sequence[Reply], *, origin: str | None) -> list[Event]:
        """Post (or, for a live card, edit) each reply in its chat; what was done, in order."""
        done: list[Event] = []
        for reply in replies:
            chat = await self._destination(reply, origin)
            reaction = None
            if reply.reaction is not None and chat is not None:
                reaction = await self._react(chat, reply.reaction)
            if reply.card_of is not None:
                card = await self._card(reply.card_of)
                chat = chat or card.chat_id
                if chat is None:
                    log.warning("card of group buy %s has no chat; dropped", reply.card_of)
                    continue
                put = await self._put_card(
                    chat, card, reply.card_of, new=reply.new_card, refresh=reply.refresh
                )
                if put is None:  # a refresh of a card never shown here (`Reply.refresh`): nothing posted
                    continue
                message, edited = put
                done.append(self._delivered(message, edited=edited, toast=reply.toast, reaction=reaction))
            elif reply.text or reply.invoice is not None or reply.document is not None:
                if chat is None:
                    log.warning("reply without a chat dropped: %r", reply.text[:80])
                    continue
                text = self._text_of(reply)
                if reply.document is not None:
                    text = "\n".join(filter(None, [text, await self._download_link(chat, reply)]))
                image = await self._image_link(reply.photo)  # a photo card sent as a message (a copy of it)
                message = await self.transcript.add(
                    chat=chat, author=None, name=BOT_NAME, text=text, buttons=reply.buttons, image=image
                )
                self._publish_message(message)
                done.append(self._delivered(message, edited=False, toast=reply.toast, reaction=reaction))
            elif reply.toast or reply.reaction is not None:  # only the member sees the toast: nothing posted
                shown = self._delivered(None, edited=False, toast=reply.toast, reaction=reaction)
                done.append({**shown, "chat": chat})
        return done

    async def _react(self, chat: str, reaction: Reaction) -> Event | None:
        """Put the bot's reaction on a member's message of `chat` (an empty emoji takes it off) and show
        the tabs that message again; what the response reports of it (None: no such message there)."""
        message_id = int(reaction.message_id) if reaction.message_id.isdigit() else None
        message = None if message_id is None else await self.transcript.message(message_id)
        if message is None or message.chat != chat:
            log.warning("no message %s in chat %s to react to", reaction.message_id, chat)
            return None
        reacted = await self.transcript.react(message, reaction.emoji or None)
        self._publish({"type": "reaction", "message": reacted.to_json()})
        return {"message_id": reacted.id, "emoji": reaction.emoji}

    async def _card(self, group_buy_id: int) -> Reply:
        """The card as it stands (in a batch: as it was rendered before the batch's transaction)."""
        batch = _BATCH.get()
        return batch.cards[group_buy_id] if batch else await self.app.render_card(group_buy_id)

    def _text_of(self, reply: Reply) -> str:
        """What a reply shows here; an invoice (no Telegram Payments in the playground) as a line of text."""
        invoice = reply.invoice
        if invoice is None:
            return reply.text
        shown = t(
            reply.language or self.app.config.default_language,
            "invoice_text",
            order=invoice.number or invoice.order_id,
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

    async def _keep_image(self, chat: str, image: Image) -> tuple[str, str]:
        """Keep an attached image as a file of this chat: (its token, its link on this server)."""
        token = secrets.token_urlsafe(16)
        await self.transcript.add_file(
            token=token, chat=chat, filename=image.filename, mime=image.mime, content=image.content
        )
        return token, f"{self.base_url}/files/{token}/{image.filename}"

    async def _image_link(self, token: str | None) -> str | None:
        """The link of a kept image by its token (a photo card's photo); None for none."""
        found = None if not token else await self.transcript.file(token)
        return None if found is None else f"{self.base_url}/files/{found.token}/{quote(found.filename)}"

    async def _destination(self, reply: Reply, origin: str | None) -> str | None:
        if reply.private_to is not None:
            await self.transcript.add_chat(reply.private_to, ChatKind.PRIVATE.value)
            return reply.private_to
        return reply.chat_id or origin

    async def _put_card(
        self, chat: str, card: Reply, group_buy_id: int, *, new: bool, refresh: bool = False
    ) -> tuple[Message, bool] | None:
        """Edit the live card of this group buy in `chat`, or post it if there is none (or `new`: then
        every older copy there becomes the one-line pointer to it, without buttons); `refresh`: edit
        only, None where there is none."""
        live = None if new else await self.transcript.latest_card(chat, group_buy_id)
        if live is None and refresh and not new:
            return None
        image = await self._image_link(card.photo)  # a photo card shows its photo
        label = card.label  # its header: the group buy or note it shows (`card_of` is only its key)
        if live is not None:
            message = await self.transcript.edit(
                live, text=card.text, buttons=card.buttons, image=image, card_label=label
            )
        else:
            message = await self.transcript.add(
                chat=chat,
                author=None,
                name=BOT_NAME,
                text=card.text,
                buttons=card.buttons,
                card_of=group_buy_id,
                image=image,
                card_label=label,
            )
        message = replace(message, lang=self._lang_of(card))  # its header speaks the card's language
        self._publish_message(message)
        if new:
            await self._point_older_copies(chat, group_buy_id, message.id)
        return message, live is not None

    async def _point_older_copies(self, chat: str, group_buy_id: int, newest: int) -> None:
        older = await self.transcript.older_cards(chat, group_buy_id, before=newest)
        if not older:
            return
        batch = _BATCH.get()
        pointer = batch.pointers[group_buy_id] if batch else await card_moved.pointer(self.app, group_buy_id)
        for copy in older:  # one line: no buttons, and no photo either (Telegram cannot drop it)
            if (copy.text, copy.buttons, copy.image) != (pointer.text, (), None):
                edited = await self.transcript.edit(copy, text=pointer.text, buttons=(), drop_image=True)
                self._publish_message(replace(edited, lang=self._lang_of(pointer)))

    @staticmethod
    def _delivered(
        message: Message | None, *, edited: bool, toast: str | None, reaction: Event | None = None
    ) -> Event:
        """One reply as the API reports it: where it went, what it says, whether a card was edited, and
        the reaction it put on the member's message (`message_id`, `emoji`), if any."""
        shown = message.to_json() if message is not None else {}
        return {
            "chat": shown.get("chat"),
            "message_id": shown.get("message_id"),
            "text": shown.get("text", ""),
            "buttons": shown.get("buttons", []),
            "card_of": shown.get("card_of"),
            "card_label": shown.get("card_label"),
            "image": shown.get("image"),
            "lang": shown.get("lang"),
            "edited": edited,
            "toast": toast,
            "reaction": reaction,
        }


def _latest_of_each_card(deliveries: Sequence[outbox.Delivery]) -> list[int]:
    """For each row of a batch, the row that delivers it: itself, or for a card edit in place, the last
    edit of the same card in the same chat later in the batch (before a new copy of it), which shows
    the same card."""
    latest = list(range(len(deliveries)))
    later: dict[tuple[str, int], int] = {}
    for i in reversed(range(len(deliveries))):
        reply = deliveries[i].reply
        if reply.card_of is None:
            continue
        key = (deliveries[i].chat, reply.card_of)
        if reply.new_card:
            later.pop(key, None)
            continue
        latest[i] = later.setdefault(key, i)
    return latest


def _plain(reply: Reply) -> bool:
    """A message of text alone (or an invoice, said as text here): no card to render, no file to build,
    no photo to show, no reaction to put on a member's message."""
    plain = reply.card_of is None and reply.document is None and reply.photo is None and not reply.reaction
    return plain and bool(reply.text or reply.invoice)


def _key(delivery: outbox.Delivery) -> str | None:
    """The update key of the request a row answers (None: nobody asked, a deadline passed)."""
    if delivery.update is None or delivery.request is None:
        return None
    return update_key(PLATFORM, delivery.request.chat_id, delivery.update)
