"""What the playground's chats show, kept in the database so it survives restarts and `tuan seed`.

Small tables that belong to the playground alone, not to the domain: chats, messages (a live card is
one message whose text is edited in place), the response given to each update id in each chat (a
repeated update gets the same answer and changes nothing), and the files the bot sent (/export), which
the message's download link serves. They live in the same database as everything
else, so the transcript lives and dies with the data it shows; alembic owns them like every table (they
are defined in storage/adapter_tables.py and created by the migrations `tuan playground` runs).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from handlers.types import Button
from storage.adapter_tables import playground_chats as chats_table
from storage.adapter_tables import playground_files as files_table
from storage.adapter_tables import playground_messages as messages_table
from storage.adapter_tables import playground_updates as updates_table

ButtonRows = tuple[tuple[Button, ...], ...]


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
class Message:
    """One bubble. A bot card carries `card_of` and may have been edited since it was sent."""

    id: int
    chat: str
    author: str | None
    name: str
    text: str
    buttons: ButtonRows
    card_of: int | None
    sent_at: str
    edited_at: str | None

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
            "sent_at": self.sent_at,
            "edited_at": self.edited_at,
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
    )


class Transcript:
    """Reads and writes the playground's tables; each call is its own short transaction."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    # -- chats -------------------------------------------------------------------------------------
    async def chat(self, name: str) -> Chat | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(chats_table).where(chats_table.c.name == name))).first()
        return None if row is None else Chat(row.name, row.kind)

    async def chats(self) -> list[Chat]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(chats_table).order_by(chats_table.c.created_at))).all()
        return [Chat(row.name, row.kind) for row in rows]

    async def add_chat(self, name: str, kind: str) -> Chat:
        """The chat `name`, created with `kind` if it did not exist (an existing one keeps its kind)."""
        found = await self.chat(name)
        if found is not None:
            return found
        with contextlib.suppress(sa.exc.IntegrityError):  # a concurrent request or process made it
            async with self.engine.begin() as conn:
                await conn.execute(sa.insert(chats_table).values(name=name, kind=kind, created_at=_now()))
        created = await self.chat(name)
        assert created is not None
        return created

    async def authors(self) -> list[str]:
        """Everyone who has said something, in the order they first spoke."""
        query = (
            sa.select(messages_table.c.author, sa.func.min(messages_table.c.id).label("first"))
            .where(messages_table.c.author.is_not(None))
            .group_by(messages_table.c.author)
            .order_by("first")
        )
        async with self.engine.connect() as conn:
            return [row.author for row in (await conn.execute(query)).all()]

    # -- messages ----------------------------------------------------------------------------------
    async def messages(self, chat: str) -> list[Message]:
        query = sa.select(messages_table).where(messages_table.c.chat == chat).order_by(messages_table.c.id)
        async with self.engine.connect() as conn:
            return [_message(row) for row in (await conn.execute(query)).all()]

    async def message(self, message_id: int) -> Message | None:
        query = sa.select(messages_table).where(messages_table.c.id == message_id)
        async with self.engine.connect() as conn:
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
        async with self.engine.connect() as conn:
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
        async with self.engine.connect() as conn:
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
    ) -> Message:
        sent_at = _now()
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.insert(messages_table).values(
                    chat=chat,
                    author=author,
                    name=name,
                    text=text,
                    buttons=json.dumps(_buttons_json(buttons), ensure_ascii=False),
                    card_of=card_of,
                    sent_at=sent_at,
                )
            )
            message_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
        assert message_id is not None
        return Message(message_id, chat, author, name, text, buttons, card_of, sent_at, None)

    async def edit(self, message: Message, *, text: str, buttons: ButtonRows) -> Message:
        edited_at = _now()
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(messages_table)
                .where(messages_table.c.id == message.id)
                .values(
                    text=text,
                    buttons=json.dumps(_buttons_json(buttons), ensure_ascii=False),
                    edited_at=edited_at,
                )
            )
        return replace(message, text=text, buttons=buttons, edited_at=edited_at)

    # -- answered updates --------------------------------------------------------------------------
    async def response(self, key: str) -> dict[str, Any] | None:
        """The answer saved under `key` (`handlers.app.update_key`: platform, chat and update id)."""
        query = sa.select(updates_table.c.response).where(updates_table.c.update_id == key)
        async with self.engine.connect() as conn:
            found = (await conn.execute(query)).scalar_one_or_none()
        return None if found is None else dict(json.loads(found))

    async def save_response(self, key: str, response: dict[str, Any]) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.insert(updates_table).values(
                    update_id=key, response=json.dumps(response, ensure_ascii=False)
                )
            )

    # -- files the bot sent ------------------------------------------------------------------------
    async def add_file(self, *, token: str, chat: str, filename: str, mime: str, content: bytes) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.insert(files_table).values(
                    token=token, chat=chat, filename=filename, mime=mime, content=content, created_at=_now()
                )
            )

    async def file(self, token: str) -> StoredFile | None:
        query = sa.select(files_table).where(files_table.c.token == token)
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return StoredFile(row.token, row.chat, row.filename, row.mime, bytes(row.content))
