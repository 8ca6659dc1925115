"""What the Telegram adapter remembers across restarts, in two small tables of its own.

`telegram_cards`: which message is the live card of group buy N in chat C, so after a restart the bot
still edits the same card instead of posting another; `telegram_topics`: the forum topic it was opened
in, where its card and the group's messages about it go. `telegram_delivered`: the updates whose answer
was sent, so an update Telegram delivers twice is answered once (the ChatApp already makes the second
delivery change nothing; this keeps its answer from being posted twice). `telegram_spool`: updates long
polling confirmed to Telegram before they were handled, until they are (bot/telegram/polling.py).

They belong to the Telegram adapter alone, not to the domain, but alembic owns them like every table:
they are defined in storage/adapter_tables.py and created by `tuan migrate`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.telegram.outbox import LiveCard
from storage import direct
from storage.adapter_tables import telegram_cards as cards_table
from storage.adapter_tables import telegram_delivered as delivered_table
from storage.adapter_tables import telegram_spool as spool_table
from storage.adapter_tables import telegram_topics as topics_table

KEEP_DELIVERIES = timedelta(days=2)  # Telegram keeps an unconfirmed update for 24 hours
# Read before every card edit: bound parameters, so storage.direct compiles each once.
LIVE_CARD = sa.select(cards_table.c.message_id, cards_table.c.shown).where(
    cards_table.c.chat_id == sa.bindparam("chat"), cards_table.c.group_buy_id == sa.bindparam("gid")
)
TOPIC = sa.select(topics_table.c.thread_id).where(
    topics_table.c.chat_id == sa.bindparam("chat"), topics_table.c.group_buy_id == sa.bindparam("gid")
)
CARD_AT = sa.select(cards_table.c.group_buy_id).where(
    cards_table.c.chat_id == sa.bindparam("chat"), cards_table.c.message_id == sa.bindparam("mid")
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class TelegramStore:
    """The card map (`bot.telegram.outbox.CardMap`) and the delivered updates; one short transaction
    per call."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def forget_old_deliveries(self) -> None:
        """At start-up: forget deliveries older than Telegram ever redelivers."""
        await self.forget_deliveries(before=datetime.now(UTC) - KEEP_DELIVERIES)

    async def forget_deliveries(self, *, before: datetime) -> None:
        cutoff = before.astimezone(UTC).isoformat(timespec="milliseconds")
        async with self.engine.begin() as conn:
            await conn.execute(sa.delete(delivered_table).where(delivered_table.c.delivered_at < cutoff))

    async def get(self, chat_id: str, group_buy_id: int) -> int | None:
        found = await self.live(chat_id, group_buy_id)
        return None if found is None else found.message_id

    async def live(self, chat_id: str, group_buy_id: int) -> LiveCard | None:
        found = await self._read_row(LIVE_CARD, {"chat": chat_id, "gid": group_buy_id})
        return None if found is None else LiveCard(int(found[0]), found[1])

    async def put(self, chat_id: str, group_buy_id: int, message_id: int, shown: str | None = None) -> None:
        where = (cards_table.c.chat_id == chat_id, cards_table.c.group_buy_id == group_buy_id)
        values = {"message_id": message_id, "shown": shown, "updated_at": _now()}
        async with self.engine.begin() as conn:
            changed = await conn.execute(sa.update(cards_table).where(*where).values(**values))
            if changed.rowcount == 0:
                await conn.execute(
                    sa.insert(cards_table).values(chat_id=chat_id, group_buy_id=group_buy_id, **values)
                )

    async def thread(self, chat_id: str, group_buy_id: int) -> int | None:
        found = await self._read_one(TOPIC, {"chat": chat_id, "gid": group_buy_id})
        return None if found is None else int(found) or None  # 0: opened in General

    async def set_thread(self, chat_id: str, group_buy_id: int, thread: int) -> None:
        """The topic it was opened in; kept as first set (a repeat changes nothing)."""
        with contextlib.suppress(sa.exc.IntegrityError):
            async with self.engine.begin() as conn:
                await conn.execute(
                    sa.insert(topics_table).values(
                        chat_id=chat_id, group_buy_id=group_buy_id, thread_id=thread
                    )
                )

    async def move_threads(self, old: str, new: str) -> None:
        """Group `old` is chat `new` now (upgraded to a supergroup): its group buys' topics are copied to
        `new` (a row `new` has already of the same group buy stays, as `storage.chat_moves` keeps the new
        chat's); again, nothing more is copied. Copied at once, before the chat's move: the old id's are
        dropped by that move, in its transaction (`uow.chats.move`). Two workers copying at once: the
        second's insert meets the first's rows and leaves them."""
        if old == new:
            return
        there = topics_table.alias("there")
        taken = sa.exists(
            sa.select(sa.literal(1))
            .select_from(there)
            .where(there.c.chat_id == new, there.c.group_buy_id == topics_table.c.group_buy_id)
        )
        kept = sa.select(sa.literal(new), topics_table.c.group_buy_id, topics_table.c.thread_id).where(
            topics_table.c.chat_id == old, ~taken
        )
        columns = ["chat_id", "group_buy_id", "thread_id"]
        with contextlib.suppress(sa.exc.IntegrityError):
            async with self.engine.begin() as conn:
                await conn.execute(sa.insert(topics_table).from_select(columns, kept))

    async def card_at(self, chat_id: str, message_id: int) -> int | None:
        """The card (group buy id, or a note's negated id) whose live message is `message_id` here."""
        found = await self._read_one(CARD_AT, {"chat": chat_id, "mid": message_id})
        return None if found is None else int(found)

    async def _read_one(self, query: sa.Select[Any], params: dict[str, Any]) -> Any:
        """The first column of the first row, or None."""
        found = await self._read_row(query, params)
        return None if found is None else found[0]

    async def _read_row(self, query: sa.Select[Any], params: dict[str, Any]) -> Sequence[Any] | None:
        """The first row, or None. On PostgreSQL one round trip straight to the
        driver (storage.direct: a read alone needs no BEGIN, so no ROLLBACK when the connection goes
        back either) instead of three through SQLAlchemy: a busy worker reads the live card before
        every edit. Elsewhere (SQLite, whose direct reads would take the write lock) through `execute`."""
        async with self.engine.connect() as conn:
            driver = direct.driver_of(conn)
            if driver is not None and driver.reads_alone:
                found = await direct.rows(conn, driver, query, params)
            else:
                found = list(await conn.execute(query, params))
        return tuple(found[0]) if found else None

    async def first_delivery(self, update_key: str) -> bool:
        """Record that the answer to `update_key` goes out now; False if it already went."""
        with contextlib.suppress(sa.exc.IntegrityError):
            async with self.engine.begin() as conn:
                await conn.execute(
                    sa.insert(delivered_table).values(update_key=update_key, delivered_at=_now())
                )
            return True
        return False

    # -- the spool of long polling (bot.telegram.polling.Spool) -------------------------------------------
    async def spool(self, bot_id: int, updates: Sequence[tuple[int, str]]) -> None:
        """Keep these updates (id, JSON), in one transaction; one kept already stays as it is."""
        ids = [update_id for update_id, _ in updates]
        async with self.engine.begin() as conn:
            kept = await conn.execute(
                sa.select(spool_table.c.update_id).where(
                    spool_table.c.bot_id == bot_id, spool_table.c.update_id.in_(ids)
                )
            )
            known = {int(update_id) for (update_id,) in kept}
            rows = [
                {"bot_id": bot_id, "update_id": update_id, "update_json": text, "spooled_at": _now()}
                for update_id, text in updates
                if update_id not in known
            ]
            if rows:
                await conn.execute(sa.insert(spool_table), rows)

    async def spooled(self, bot_id: int) -> list[str]:
        """The updates kept for this bot, oldest first, as JSON."""
        async with self.engine.connect() as conn:
            found = await conn.execute(
                sa.select(spool_table.c.update_json)
                .where(spool_table.c.bot_id == bot_id)
                .order_by(spool_table.c.update_id)
            )
            return [str(text) for (text,) in found]

    async def unspool(self, bot_id: int, update_ids: Sequence[int]) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.delete(spool_table).where(
                    spool_table.c.bot_id == bot_id, spool_table.c.update_id.in_(list(update_ids))
                )
            )
