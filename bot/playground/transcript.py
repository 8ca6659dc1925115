"""What the playground's chats show, kept in the database so it survives restarts and `tuan seed`.

Small tables that belong to the playground alone, not to the domain: chats, messages (a live card is
one message whose text is edited in place), the response given to each update id in each chat (a
repeated update gets the same answer and changes nothing; under the key `clock`, which no update's
`platform:chat:id` key can be, how far `POST /api/clock` moved the clock), and the files the bot
sent (/export), which the message's download link serves. They live in the same database as everything
else, so the transcript lives and dies with the data it shows; alembic owns them like every table (they
are defined in storage/adapter_tables.py and created by the migrations `tuan playground` runs).

Each call is its own short transaction, except inside `transaction()`: the hub posts a relay's batch of
rows there, in one transaction (the bot's plain messages in one multi-row INSERT, `add_many`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from commerce.ports import Clock
from handlers.types import Button
from storage.adapter_tables import playground_chats as chats_table
from storage.adapter_tables import playground_files as files_table
from storage.adapter_tables import playground_messages as messages_table
from storage.adapter_tables import playground_updates as updates_table
from storage.uow import FairGate

ButtonRows = tuple[tuple[Button, ...], ...]
CLOCK_KEY = "clock"  # its row in playground_updates (update keys are `platform:chat:id`)
PENDING_PREFIX = "pending:"  # + a member's message id: typed, not yet answered (`Transcript.pending`)


@dataclass(frozen=True)
class Chat:
    name: str
    kind: str  # "group" or "private" (handlers.types.ChatKind values)


@dataclass(frozen=True)
class StoredFile:
    """A file the bot sent in a chat, served at `/files/{token}/{filename}`."""

    token: str
    chat: str
    filename: str
    mime: str
    content: bytes


@dataclass(frozen=True)
class Draft:
    """A message about to be posted (`Transcript.add_many`)."""

    chat: str
    author: str | None
    name: str
    text: str
    buttons: ButtonRows = ()
    card_of: int | None = None
    image: str | None = None
    card_label: str | None = None


@dataclass(frozen=True)
class Message:
    """One bubble. A bot card carries `card_of` and may have been edited since it was sent. `image`: the
    download link of the image it shows (a member's attached photo, a photo card's photo). `reaction`:
    the bot's emoji on a member's message (👍 on a typed like), None for none. `lang`: a card's language
    (its chat's), which its header speaks too; not stored: the hub reads it off the card. `card_label`:
    what a card's header names (`团购 #2`, `笔记 #1`: `Reply.label`), whatever key `card_of` is."""

    id: int
    chat: str
    author: str | None
    name: str
    text: str
    buttons: ButtonRows
    card_of: int | None
    sent_at: str
    edited_at: str | None
    image: str | None = None
    reaction: str | None = None
    lang: str | None = None
    card_label: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "message_id": self.id,
            "chat": self.chat,
            "from": self.author,
            "name": self.name,
            "bot": self.author is None,
            "text": self.text,
            "buttons": _buttons_json(self.buttons),
            "card_of": self.card_of,
            "card_label": self.card_label,
            "sent_at": self.sent_at,
            "edited_at": self.edited_at,
            "image": self.image,
            "reaction": self.reaction,
            "lang": self.lang,
        }


def _buttons_json(rows: ButtonRows) -> list[list[dict[str, str]]]:
    return [[{"label": b.label, "data": b.data} for b in row] for row in rows]


def _buttons_from(text: str) -> ButtonRows:
    return tuple(tuple(Button(b["label"], b["data"]) for b in row) for row in json.loads(text))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _message(row: sa.Row[Any]) -> Message:
    return Message(
        id=row.id,
        chat=row.chat,
        author=row.author,
        name=row.name,
        text=row.text,
        buttons=_buttons_from(row.buttons),
        card_of=row.card_of,
        sent_at=row.sent_at,
        edited_at=row.edited_at,
        image=row.image,
        reaction=row.reaction,
        card_label=row.card_label,
    )


class Transcript:
    """Reads and writes the playground's tables; each call is its own short transaction, unless it is
    made inside `transaction()`."""

    def __init__(
        self, engine: AsyncEngine, *, gate: FairGate | None = None, clock: Clock | None = None
    ) -> None:
        """`clock`: Tuan's clock (the one `POST /api/clock` moves), which dates each message and edit, so
        a bubble's time reads on the same clock as the cards' (`截止 …`); the machine's when None.
        `gate`: the units of work's queue for a connection (`SqlUnitOfWorkFactory.gate`), so the
        transcript waits its turn with them instead of being overtaken by them (the pool lets a newcomer
        take a connection ahead of those waiting: a big close's 100 units of work in a row would hold
        the relay's posting back for their whole time)."""
        self.engine = engine
        self.gate = gate
        self.clock = clock
        # chats seen committed: a chat is never deleted nor changes its kind, so a request asks the
        # database once per chat, not twice per message
        self._known: dict[str, Chat] = {}
        # the connection of the transaction `transaction()` opened in this task, if any
        self._open: ContextVar[AsyncConnection | None] = ContextVar(f"transcript-{id(self)}", default=None)

    def _stamp(self) -> str:
        """When a message is sent or edited, on Tuan's clock."""
        if self.clock is None:
            return _now()
        return self.clock.now().astimezone(UTC).isoformat(timespec="milliseconds")

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Every call of this transcript inside it (in this task) is part of one transaction, committed
        at its end (rolled back if it raises): the relay's batch of rows is one write, not one per row.
        Nothing else may use the database inside it: on SQLite it holds the one connection."""
        if self._open.get() is not None:  # already inside one: part of it
            yield
            return
        async with self._turn(), self.engine.begin() as conn:
            token = self._open.set(conn)
            try:
                yield
            finally:
                self._open.reset(token)

    @contextlib.asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        """Wait for a connection in the units of work's queue (if given), and hold the place."""
        if self.gate is None:
            yield
            return
        held = await self.gate.acquire()
        try:
            yield
        finally:
            held.release()

    @contextlib.asynccontextmanager
    async def _connection(self, *, write: bool = False) -> AsyncIterator[AsyncConnection]:
        """The open transaction's connection, else a connection of its own (a transaction if `write`)."""
        conn = self._open.get()
        if conn is not None:
            yield conn
        elif write:
            async with self._turn(), self.engine.begin() as conn:
                yield conn
        else:
            async with self._turn(), self.engine.connect() as conn:
                yield conn

    def _insert_new(self, table: sa.Table) -> Any:
        """INSERT that leaves an existing row (same key) as it is, without an error that would end the
        transaction it is part of."""
        if self.engine.dialect.name == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing()
        return sqlite.insert(table).on_conflict_do_nothing()

    # -- chats -------------------------------------------------------------------------------------
    async def chat(self, name: str) -> Chat | None:
        known = self._known.get(name)
        if known is not None:
            return known
        async with self._connection() as conn:
            row = (await conn.execute(sa.select(chats_table).where(chats_table.c.name == name))).first()
        if row is None:
            return None
        found = Chat(row.name, row.kind)
        if self._open.get() is None:  # committed (inside a transaction it may be its own, uncommitted)
            self._known[name] = found
        return found

    async def chats(self) -> list[Chat]:
        async with self._connection() as conn:
            rows = (await conn.execute(sa.select(chats_table).order_by(chats_table.c.created_at))).all()
        return [Chat(row.name, row.kind) for row in rows]

    async def add_chat(self, name: str, kind: str) -> Chat:
        """The chat `name`, created with `kind` if it did not exist (an existing one keeps its kind)."""
        found = await self.chat(name)
        if found is not None:
            return found
        async with self._connection(write=True) as conn:  # a concurrent request or process may make it
            row = {"name": name, "kind": kind, "created_at": _now()}
            await conn.execute(self._insert_new(chats_table), row)
        created = await self.chat(name)
        assert created is not None
        return created

    async def add_chats(self, names: Iterable[str], kind: str) -> None:
        """Every chat of `names` that does not exist, created with `kind`, in one statement."""
        now = _now()
        rows = [{"name": name, "kind": kind, "created_at": now} for name in dict.fromkeys(names)]
        if rows:
            async with self._connection(write=True) as conn:
                await conn.execute(self._insert_new(chats_table), rows)

    async def authors(self) -> list[str]:
        """Everyone who has said something, in the order they first spoke."""
        query = (
            sa.select(messages_table.c.author, sa.func.min(messages_table.c.id).label("first"))
            .where(messages_table.c.author.is_not(None))
            .group_by(messages_table.c.author)
            .order_by("first")
        )
        async with self._connection() as conn:
            return [row.author for row in (await conn.execute(query)).all()]

    async def author_names(self) -> dict[str, str]:
        """Each author's name as her latest message shows it (`阿May`)."""
        query = (
            sa.select(messages_table.c.author, messages_table.c.name)
            .where(messages_table.c.author.is_not(None))
            .order_by(messages_table.c.id)
        )
        async with self._connection() as conn:
            return {row.author: row.name for row in (await conn.execute(query)).all()}

    # -- messages ----------------------------------------------------------------------------------
    async def messages(self, chat: str) -> list[Message]:
        query = sa.select(messages_table).where(messages_table.c.chat == chat).order_by(messages_table.c.id)
        async with self._connection() as conn:
            return [_message(row) for row in (await conn.execute(query)).all()]

    async def message(self, message_id: int) -> Message | None:
        query = sa.select(messages_table).where(messages_table.c.id == message_id)
        async with self._connection() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _message(row)

    async def latest_card(self, chat: str, group_buy_id: int) -> Message | None:
        """The live card of a group buy in a chat: the last card message sent for it there."""
        query = (
            sa.select(messages_table)
            .where(messages_table.c.chat == chat, messages_table.c.card_of == group_buy_id)
            .order_by(messages_table.c.id.desc())
            .limit(1)
        )
        async with self._connection() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _message(row)

    async def older_cards(self, chat: str, group_buy_id: int, *, before: int) -> list[Message]:
        """The copies of a group buy's card in a chat sent before message `before`, oldest first."""
        query = (
            sa.select(messages_table)
            .where(
                messages_table.c.chat == chat,
                messages_table.c.card_of == group_buy_id,
                messages_table.c.id < before,
            )
            .order_by(messages_table.c.id)
        )
        async with self._connection() as conn:
            return [_message(row) for row in (await conn.execute(query)).all()]

    async def add(
        self,
        *,
        chat: str,
        author: str | None,
        name: str,
        text: str,
        buttons: ButtonRows = (),
        card_of: int | None = None,
        image: str | None = None,
        card_label: str | None = None,
    ) -> Message:
        sent_at = self._stamp()
        async with self._connection(write=True) as conn:
            result = await conn.execute(
                sa.insert(messages_table).values(
                    chat=chat,
                    author=author,
                    name=name,
                    text=text,
                    buttons=json.dumps(_buttons_json(buttons), ensure_ascii=False),
                    card_of=card_of,
                    sent_at=sent_at,
                    image=image,
                    card_label=card_label,
                )
            )
            message_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        assert message_id is not None
        return Message(
            message_id,
            chat,
            author,
            name,
            text,
            buttons,
            card_of,
            sent_at,
            None,
            image,
            card_label=card_label,
        )

    async def add_many(self, drafts: Sequence[Draft]) -> list[Message]:
        """Post `drafts` in one statement, in their order (ids ascending): a relay's batch of the bot's
        messages (5,000 orders of a close are a few dozen statements, not 5,000 transactions)."""
        if not drafts:
            return []
        sent_at = self._stamp()
        keys = [(d.chat, d.text, json.dumps(_buttons_json(d.buttons), ensure_ascii=False)) for d in drafts]
        rows = [
            {
                "chat": chat,
                "author": d.author,
                "name": d.name,
                "text": text,
                "buttons": buttons,
                "card_of": d.card_of,
                "sent_at": sent_at,
                "image": d.image,
                "card_label": d.card_label,
            }
            for (chat, text, buttons), d in zip(keys, drafts, strict=True)
        ]
        m = messages_table.c
        # RETURNING's order is not the rows' (SQLite says it is arbitrary, and SQLAlchemy's way to sort it
        # costs six times the INSERT): each draft takes the lowest id returned for its chat and content
        insert = sa.insert(messages_table).returning(m.id, m.chat, m.text, m.buttons)
        async with self._connection(write=True) as conn:
            returned = (await conn.execute(insert, rows)).all()
        ids: dict[tuple[str, str, str], list[int]] = {}
        for row in sorted(returned, key=lambda row: -int(row.id)):
            ids.setdefault((row.chat, row.text, row.buttons), []).append(int(row.id))
        return [
            Message(
                ids[key].pop(),
                d.chat,
                d.author,
                d.name,
                d.text,
                d.buttons,
                d.card_of,
                sent_at,
                None,
                d.image,
                card_label=d.card_label,
            )
            for key, d in zip(keys, drafts, strict=True)
        ]

    async def edit(
        self,
        message: Message,
        *,
        text: str,
        buttons: ButtonRows,
        image: str | None = None,
        drop_image: bool = False,
        card_label: str | None = None,
    ) -> Message:
        """The message with a new text and buttons (and `image`, if given: else it keeps its own;
        `drop_image`: none, as a superseded card copy, a one-line pointer, shows; `card_label`, if
        given, a card's header anew: else it keeps its own)."""
        edited_at = self._stamp()
        image = None if drop_image else image or message.image
        card_label = card_label or message.card_label
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.update(messages_table)
                .where(messages_table.c.id == message.id)
                .values(
                    text=text,
                    buttons=json.dumps(_buttons_json(buttons), ensure_ascii=False),
                    edited_at=edited_at,
                    image=image,
                    card_label=card_label,
                )
            )
        return replace(
            message, text=text, buttons=buttons, edited_at=edited_at, image=image, card_label=card_label
        )

    async def react(self, message: Message, emoji: str | None) -> Message:
        """The message with the bot's reaction `emoji` on it (None: taken off); not an edit of what it
        says, so its `edited_at` stays."""
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.update(messages_table).where(messages_table.c.id == message.id).values(reaction=emoji)
            )
        return replace(message, reaction=emoji)

    # -- answered updates --------------------------------------------------------------------------
    async def response(self, key: str) -> dict[str, Any] | None:
        """The answer saved under `key` (`handlers.app.update_key`: platform, chat and update id)."""
        query = sa.select(updates_table.c.response).where(updates_table.c.update_id == key)
        async with self._connection() as conn:
            found = (await conn.execute(query)).scalar_one_or_none()
        return None if found is None else dict(json.loads(found))

    async def save_response(self, key: str, response: dict[str, Any]) -> None:
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.insert(updates_table).values(
                    update_id=key, response=json.dumps(response, ensure_ascii=False)
                )
            )

    # -- members' messages not yet answered -------------------------------------------------------
    async def mark_pending(self, message_id: int, request: dict[str, Any]) -> None:
        """`request` (what the hub needs to hand the message to the ChatApp again) is kept until
        `answered`: a process killed between the member's bubble and the bot's answer leaves it here, and
        the next start answers it (`Hub.redeliver`), as Telegram delivers an unanswered update again."""
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.insert(updates_table).values(
                    update_id=f"{PENDING_PREFIX}{message_id}",
                    response=json.dumps(request, ensure_ascii=False),
                )
            )

    async def answered(self, message_id: int) -> None:
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.delete(updates_table).where(updates_table.c.update_id == f"{PENDING_PREFIX}{message_id}")
            )

    async def pending(self) -> list[tuple[int, dict[str, Any]]]:
        """The members' messages typed but never answered, oldest first: (message id, its request)."""
        query = sa.select(updates_table.c.update_id, updates_table.c.response).where(
            updates_table.c.update_id.startswith(PENDING_PREFIX, autoescape=True)
        )
        async with self._connection() as conn:
            rows = (await conn.execute(query)).all()
        found = [(int(key.removeprefix(PENDING_PREFIX)), dict(json.loads(value))) for key, value in rows]
        return sorted(found, key=lambda one: one[0])

    # -- the moved clock -------------------------------------------------------------------------
    async def clock_offset(self) -> float:
        """How far `POST /api/clock` moved the clock, as last saved (0: never moved)."""
        query = sa.select(updates_table.c.response).where(updates_table.c.update_id == CLOCK_KEY)
        async with self._connection() as conn:
            found = (await conn.execute(query)).scalar_one_or_none()
        return 0.0 if found is None else float(json.loads(found)["offset_seconds"])

    async def save_clock_offset(self, seconds: float) -> None:
        """Keep the clock's offset for the next start (a restart must not move time back)."""
        async with self._connection(write=True) as conn:
            await conn.execute(sa.delete(updates_table).where(updates_table.c.update_id == CLOCK_KEY))
            await conn.execute(
                sa.insert(updates_table).values(
                    update_id=CLOCK_KEY, response=json.dumps({"offset_seconds": seconds})
                )
            )

    # -- files the bot sent ------------------------------------------------------------------------
    async def add_file(self, *, token: str, chat: str, filename: str, mime: str, content: bytes) -> None:
        async with self._connection(write=True) as conn:
            await conn.execute(
                sa.insert(files_table).values(
                    token=token, chat=chat, filename=filename, mime=mime, content=content, created_at=_now()
                )
            )

    async def file(self, token: str) -> StoredFile | None:
        query = sa.select(files_table).where(files_table.c.token == token)
        async with self._connection() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return StoredFile(row.token, row.chat, row.filename, row.mime, bytes(row.content))
