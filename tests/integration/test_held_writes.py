"""Writes held back to ride with the next statement (storage.direct.defer: a member's sighting, outbox
rows) keep the guarantees of any write, on every engine path: what a unit of work wrote is what it
reads, it commits with the change or not at all, and the order of writes to one table is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from commerce.domain.outbox import OutboxItem, send_topic
from storage.outbox import HELD_ROWS
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, open_buy

AT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TOPIC = send_topic("telegram")


def _sighting(user: str, name: str, at: datetime = AT, chat_id: str | None = CHAT) -> dict[str, Any]:
    return {
        "platform": "telegram",
        "user_id": user,
        "display_name": name,
        "username": None,
        "language": "en",
        "chat_id": chat_id,
        "alias": None,
        "at": at,
    }


def _rows(*payloads: str) -> list[OutboxItem]:
    return [OutboxItem(TOPIC, payload, AT, chat_id=CHAT) for payload in payloads]


async def _payloads(factory: SqlUnitOfWorkFactory) -> list[str]:
    async with factory() as uow:
        return [row.payload for row in await uow.outbox.due(TOPIC, now=AT, limit=100)]


async def test_a_unit_of_work_reads_the_member_it_just_recorded(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "Amy"))
        [amy] = await uow.members.find_in_chat(CHAT, "Amy")  # held back until now: sent before the read
        assert amy.identity == "telegram:1"
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.members.name_of("telegram:1") == "Amy"


async def test_held_writes_commit_with_the_change_even_after_reads_of_other_tables(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """A read of another table runs before them (they wait for a write); the commit sends them."""
    group_buy = await open_buy(uow_factory, clock)
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "Amy"))
        await uow.outbox.add(_rows("a", "b"))
        assert await uow.group_buys.get(group_buy.id or 0) is not None
        await uow.commit()
    assert await _payloads(uow_factory) == ["a", "b"]
    async with uow_factory() as uow:
        assert [m.user_id for m in await uow.members.find_in_chat(CHAT, "Amy")] == ["1"]


async def test_a_rollback_drops_the_held_writes_and_later_ones_commit(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """As a refused `+1` does: its sighting is dropped, its answer's outbox row is written."""
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "Amy"))
        await uow.outbox.add(_rows("dropped"))
        await uow.rollback()
        await uow.outbox.add(_rows("kept"))
        await uow.commit()
    assert await _payloads(uow_factory) == ["kept"]
    async with uow_factory() as uow:
        assert await uow.members.get("telegram:1") is None


async def test_a_repeated_update_writes_none_of_its_held_rows(uow_factory: SqlUnitOfWorkFactory) -> None:
    """The claim that ends a join carries the held writes; a claim that finds the key taken commits
    nothing, and leaving the unit of work rolls them back."""
    async with uow_factory() as uow:
        await uow.outbox.add(_rows("first"))
        assert await uow.updates.record("telegram:room:1", "[]")
        await uow.commit()
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("2", "Bob"))
        await uow.outbox.add(_rows("repeat"))
        assert not await uow.updates.record("telegram:room:1", "[]")
    assert await _payloads(uow_factory) == ["first"]
    async with uow_factory() as uow:
        assert await uow.members.get("telegram:2") is None


async def test_sightings_of_one_member_in_one_unit_of_work_keep_their_order(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """PostgreSQL cannot upsert one row twice in one statement: the second sighting sends the first."""
    later = AT + timedelta(hours=2)
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "Amy"))
        await uow.members.seen(**_sighting("1", "Amy Wang", at=later))
        await uow.members.seen(**_sighting("1", "Amy Wang", at=later, chat_id=None))
        await uow.commit()
    async with uow_factory() as uow:
        amy = await uow.members.get("telegram:1")
    assert amy is not None and (amy.display_name, amy.first_seen, amy.last_seen) == ("Amy Wang", AT, later)


async def test_rows_beyond_what_one_held_insert_takes_keep_their_order(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    many = [str(i) for i in range(HELD_ROWS + 1)]  # sent at once, after the held ones before them
    async with uow_factory() as uow:
        await uow.outbox.add(_rows("first"))
        await uow.outbox.add(_rows(*many))
        await uow.outbox.add(_rows("last"))
        await uow.commit()
    assert await _payloads(uow_factory) == ["first", *many, "last"]
