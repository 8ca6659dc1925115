"""The outbox's chat leases (storage/outbox.py) on SQLite and PostgreSQL: what lets several workers drain
one outbox. A worker reads only the rows of chats it leased; a chat another worker holds is refused
until that lease lapses, then taken over; a renewed lease keeps it; a released one is free at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from commerce.domain.outbox import EVENT, OutboxItem, event_topic, send_topic
from storage.tables import outbox
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)
TELEGRAM = send_topic("telegram")
ALICE, BOB = "host-a:1:aaaa", "host-b:2:bbbb"


async def add(factory: SqlUnitOfWorkFactory, *rows: tuple[str, str]) -> None:
    """Rows (chat, payload) for Telegram, due at NOW."""
    async with factory() as uow:
        await uow.outbox.add([OutboxItem(TELEGRAM, payload, NOW, chat_id=chat) for chat, payload in rows])
        await uow.commit()


async def take(
    factory: SqlUnitOfWorkFactory, owner: str, *, at: datetime = NOW, limit: int = 10, family: str = TELEGRAM
) -> tuple[list[str], list[str]]:
    """What a relay's round does: lease, then read its chats' rows; (chats held, payloads read)."""
    async with factory() as uow:
        chats = await uow.outbox.lease_chats(family, owner=owner, now=at, until=at + LEASE, limit=limit)
        rows = await uow.outbox.due(family, now=at, limit=100, chats=chats)
        await uow.commit()
    return chats, [row.payload for row in rows]


async def test_a_chat_held_by_one_worker_is_refused_to_another_until_its_lease_lapses(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    await add(uow_factory, ("-1", "a1"), ("-2", "b1"), ("-1", "a2"))

    assert await take(uow_factory, ALICE) == (["-1", "-2"], ["a1", "b1", "a2"])
    assert await take(uow_factory, BOB, at=NOW + LEASE - timedelta(seconds=1)) == ([], [])
    async with uow_factory() as uow:
        assert await uow.outbox.lease_owners(TELEGRAM) == [ALICE]
        assert await uow.outbox.lease_owners(EVENT) == []
    # Alice died: once her leases lapsed, Bob takes the chats over, with the rows she did not mark
    assert await take(uow_factory, BOB, at=NOW + LEASE + timedelta(seconds=1)) == (
        ["-1", "-2"],
        ["a1", "b1", "a2"],
    )
    assert await take(uow_factory, ALICE, at=NOW + LEASE + timedelta(seconds=2)) == ([], [])


async def test_a_renewed_lease_keeps_the_chat_and_a_released_one_is_free_at_once(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    await add(uow_factory, ("-1", "a1"), ("-2", "b1"))
    assert (await take(uow_factory, ALICE))[0] == ["-1", "-2"]

    later = NOW + timedelta(seconds=50)
    assert (await take(uow_factory, ALICE, at=later))[0] == ["-1", "-2"]  # renewed until later + LEASE
    assert await take(uow_factory, BOB, at=NOW + LEASE + timedelta(seconds=1)) == ([], [])

    async with uow_factory() as uow:  # b1 was sent: its chat is given up with the mark, -1 kept
        [b1] = [row for row in await uow.outbox.due(TELEGRAM, now=later, limit=10) if row.payload == "b1"]
        assert b1.id is not None
        await uow.outbox.mark_sent([b1.id], at=later)
        await uow.outbox.release_chats(TELEGRAM, owner=ALICE, keep={"-1"})
        await uow.commit()
    await add(uow_factory, ("-2", "b2"))
    assert await take(uow_factory, BOB, at=later) == (["-2"], ["b2"])


async def test_a_round_renews_its_own_chats_first_and_takes_new_ones_oldest_row_first(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    await add(uow_factory, ("-1", "a1"), ("-2", "b1"), ("-3", "c1"))
    assert await take(uow_factory, ALICE, limit=1) == (["-1"], ["a1"])
    assert await take(uow_factory, BOB, limit=1) == (["-2"], ["b1"])
    assert await take(uow_factory, ALICE, limit=1) == (["-1"], ["a1"])  # its own before the free -3
    assert await take(uow_factory, ALICE, limit=2) == (["-1", "-3"], ["a1", "c1"])


async def test_rows_without_a_chat_are_leased_by_their_topic(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.outbox.add(
            [OutboxItem(event_topic(name), name, NOW) for name in ("digest", "ledger", "digest")]
        )
        await uow.commit()

    assert await take(uow_factory, ALICE, limit=1, family=EVENT) == (["event:digest"], ["digest", "digest"])
    assert await take(uow_factory, BOB, family=EVENT) == (["event:ledger"], ["ledger"])


async def test_a_row_marked_sent_twice_keeps_its_first_time(uow_factory: SqlUnitOfWorkFactory) -> None:
    await add(uow_factory, ("-1", "a1"))
    async with uow_factory() as uow:
        [row] = await uow.outbox.due(TELEGRAM, now=NOW, limit=10)
        assert row.id is not None
        await uow.outbox.mark_sent([row.id], at=NOW)
        await uow.outbox.mark_sent([row.id], at=NOW + timedelta(seconds=5))
        await uow.commit()
    engine = uow_factory.engine
    async with engine.connect() as conn:
        sent_at = (await conn.execute(sa.select(outbox.c.sent_at))).scalar_one()
    assert sent_at == NOW
