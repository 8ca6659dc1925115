"""The Telegram adapter's own tables, on SQLite and PostgreSQL: the card map survives a restart, and an
update's answer is delivered once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from bot.telegram.store import TelegramStore
from storage.db import make_engine


async def test_the_live_card_is_remembered_and_replaced_and_an_update_is_delivered_once(
    database_url: str,
) -> None:
    engine = make_engine(database_url)
    chat, key = f"-{uuid4().int % 10**12}", f"telegram:{uuid4()}"
    try:
        store = TelegramStore(engine)
        await store.forget_old_deliveries()
        await store.put(chat, 3, 41)
        await store.put(chat, 3, 57)  # the card was posted anew
        first, again = await store.first_delivery(key), await store.first_delivery(key)

        restarted = TelegramStore(engine)
        await restarted.forget_old_deliveries()

        assert await restarted.get(chat, 3) == 57
        assert await restarted.get(chat, 4) is None and await restarted.get(chat + "0", 3) is None
        assert await restarted.card_at(chat, 57) == 3 and await restarted.card_at(chat, 41) is None
        assert (first, again) == (True, False)
        assert await restarted.first_delivery(key) is False
        await restarted.forget_deliveries(before=datetime.now(UTC) + timedelta(seconds=1))
        assert await restarted.first_delivery(key) is True
    finally:
        await engine.dispose()


async def test_spooled_updates_are_read_back_oldest_first_per_bot_until_taken_off(database_url: str) -> None:
    engine = make_engine(database_url)
    bot, other = uuid4().int % 10**9, uuid4().int % 10**9 + 10**9
    try:
        store = TelegramStore(engine)
        await store.spool(bot, [(12, '{"update_id":12}'), (10, '{"update_id":10}')])
        await store.spool(bot, [(10, '{"update_id":10,"again":1}'), (11, '{"update_id":11}')])  # 10 kept
        await store.spool(other, [(10, '{"update_id":10,"bot":"other"}')])

        restarted = TelegramStore(engine)
        assert await restarted.spooled(bot) == ['{"update_id":10}', '{"update_id":11}', '{"update_id":12}']
        await restarted.unspool(bot, [10, 12])
        assert await restarted.spooled(bot) == ['{"update_id":11}']
        assert await restarted.spooled(other) == ['{"update_id":10,"bot":"other"}']
    finally:
        await engine.dispose()


async def test_an_upgraded_groups_topics_are_its_new_ids_too(database_url: str) -> None:
    """A basic group upgraded to a supergroup: the topics its group buys were opened in are the new
    chat's too (one the new chat has already of the same group buy stays), the old id's kept (a message
    made for the old id before the upgrade was known); again, nothing more changes."""
    engine = make_engine(database_url)
    old, new = f"-{uuid4().int % 10**12}", f"-100{uuid4().int % 10**10}"
    try:
        store = TelegramStore(engine)
        await store.set_thread(old, 1, 77)
        await store.set_thread(old, 2, 0)  # opened in General
        await store.set_thread(old, 3, 5)
        await store.set_thread(new, 3, 9)  # the new chat's own, kept
        await store.move_threads(old, new)
        await store.move_threads(old, new)

        assert [await store.thread(new, n) for n in (1, 2, 3)] == [77, None, 9]
        assert [await store.thread(old, n) for n in (1, 2, 3)] == [77, None, 5]
        await store.set_thread(new, 2, 44)  # General was kept as first set: a later topic does not take it
        assert await store.thread(new, 2) is None
    finally:
        await engine.dispose()
