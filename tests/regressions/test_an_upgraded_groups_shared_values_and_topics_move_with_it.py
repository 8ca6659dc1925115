"""Issue #15 (several workers on PostgreSQL without Redis). A basic group upgraded to a supergroup moves
its rows to the new chat id (`uow.chats.move`), but what the workers keep of a chat in the database's
shared values (`shared_values`: the bot out of the group, and any other value keyed by the chat) stayed
under the old id, read by nobody again, and the old id's forum topics (`telegram_topics`) were copied to
the new id and never cleaned up. Both now move in the move's own transaction: a worker reads them at the
new id; the key that says where the old group went (`telegram:moved:<old>`) stays; the new chat's own
live value stays; a move rolled back moves none of them. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

from uuid import uuid4

from bot.telegram.store import TelegramStore
from storage.state_db import DatabaseKeyValues
from storage.uow import SqlUnitOfWorkFactory


async def test_the_groups_values_and_topics_are_read_at_its_new_id(uow_factory: SqlUnitOfWorkFactory) -> None:
    old, new = f"-{uuid4().int % 10**12}", f"-100{uuid4().int % 10**10}"
    values = DatabaseKeyValues(uow_factory.engine, prefix=f"test-{uuid4().hex[:12]}:")
    topics = TelegramStore(uow_factory.engine)
    await values.set(f"telegram:bot-out:{old}", "2026-12-06T01:00:00+00:00", ttl=3600)
    await values.set(f"rate:cmd:{old}:amy", 3, ttl=60)  # the chat id inside a key
    await values.set(f"telegram:moved:{old}", new, ttl=3600)  # where the old id went: stays
    await values.set(f"chat:note:{old}", "the old chat's")
    await values.set(f"chat:note:{new}", "the new chat's own")  # kept: set there since
    await values.set(f"chat:note:{old}1", "another chat's")  # -…1: not this chat
    await topics.set_thread(old, 1, 77)
    await topics.set_thread(old, 2, 5)
    await topics.set_thread(new, 2, 9)  # the new chat's own topic of #2 stays

    async with uow_factory() as uow:  # not committed: nothing moved
        assert await uow.chats.move(old, new) > 0
        await uow.rollback()
    assert await values.get(f"telegram:bot-out:{old}") == "2026-12-06T01:00:00+00:00"
    assert await topics.thread(old, 1) == 77

    async with uow_factory() as uow:
        assert await uow.chats.move(old, new) > 0
        await uow.commit()

    assert await values.get_many(
        [f"telegram:bot-out:{new}", f"rate:cmd:{new}:amy", f"chat:note:{new}", f"telegram:moved:{old}"]
    ) == ["2026-12-06T01:00:00+00:00", 3, "the new chat's own", new]
    assert await values.get_many([f"telegram:bot-out:{old}", f"rate:cmd:{old}:amy", f"chat:note:{old}"]) == [
        None,
        None,
        None,
    ]
    assert await values.get(f"chat:note:{old}1") == "another chat's"
    assert [await topics.thread(new, n) for n in (1, 2)] == [77, 9]
    assert [await topics.thread(old, n) for n in (1, 2)] == [None, None]  # none left behind

    async with uow_factory() as uow:  # a second notice of the same move: nothing more
        assert await uow.chats.move(old, new) == 0
        await uow.commit()
