"""The outbox table (storage/outbox.py) on SQLite and PostgreSQL: rows written with a change exist only if
it commits; the relay's query gives unsent due rows of a topic in order; sent rows are forgotten later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from commerce.domain.outbox import OutboxItem, send_topic
from storage.tables import outbox
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TELEGRAM, WECHAT = send_topic("telegram"), send_topic("wechat")


def item(topic: str, payload: str) -> OutboxItem:
    return OutboxItem(topic, payload, NOW, chat_id="-100")


async def test_rows_exist_only_when_their_unit_of_work_commits(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.outbox.add([item(TELEGRAM, "rolled back")])  # leaving without commit rolls it back
    async with uow_factory() as uow:
        await uow.outbox.add([item(TELEGRAM, "a"), item(WECHAT, "b"), item(TELEGRAM, "c")])
        await uow.commit()
    async with uow_factory() as uow:
        due = await uow.outbox.due(TELEGRAM, now=NOW, limit=10)
        assert [row.payload for row in due] == ["a", "c"]
        assert (await uow.outbox.pending(), await uow.outbox.pending(TELEGRAM)) == (3, 2)
        first = due[0].id
        assert first is not None
        assert [row.payload for row in await uow.outbox.due(TELEGRAM, now=NOW, limit=10, skip={first})] == [
            "c"
        ]
        assert [row.payload for row in await uow.outbox.due(TELEGRAM, now=NOW, limit=1)] == ["a"]


async def test_sent_rows_leave_the_queue_and_failed_ones_wait_for_their_back_off(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        await uow.outbox.add([item(TELEGRAM, "sent"), item(TELEGRAM, "failed")])
        await uow.commit()
    async with uow_factory() as uow:
        sent, failed = await uow.outbox.due(TELEGRAM, now=NOW, limit=10)
        assert sent.id is not None and failed.id is not None
        await uow.outbox.mark_sent([sent.id], at=NOW)
        await uow.outbox.retry_later(failed.id, due_at=NOW + timedelta(seconds=2), error="429 " + "x" * 900)
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.outbox.due(TELEGRAM, now=NOW + timedelta(seconds=1), limit=10) == []
        [again] = await uow.outbox.due(TELEGRAM, now=NOW + timedelta(seconds=2), limit=10)
        assert (again.payload, again.attempts) == ("failed", 1)
        assert await uow.outbox.prune_sent(NOW - timedelta(seconds=1)) == 0
        assert await uow.outbox.prune_sent(NOW + timedelta(seconds=1)) == 1  # only the sent row
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.outbox.pending() == 1


async def test_a_held_row_waits_is_withdrawn_unless_sent_and_is_brought_forward(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """The console batch's notice (bot/console/batch_notices.py): a row held back until a time, withdrawn
    by a later unit of work while unsent and not due (a sent or due one stays), and made due at once."""
    later = NOW + timedelta(minutes=1)

    def held(payload: str) -> OutboxItem:
        return OutboxItem(TELEGRAM, payload, NOW, chat_id="amy", due_at=later)

    async with uow_factory() as uow:
        await uow.outbox.add([held("one"), held("two"), item(TELEGRAM, "now")])  # the held-back route
        await uow.outbox.add([held(f"{n}") for n in range(9)])  # the many-rows route
        await uow.commit()
    async with uow_factory() as uow:
        assert [row.payload for row in await uow.outbox.due(TELEGRAM, now=NOW, limit=20)] == ["now"]
        waiting = await uow.outbox.due(TELEGRAM, now=later, limit=20)
        assert len(waiting) == 12
        await uow.outbox.mark_sent([row.id for row in waiting if row.payload == "0" and row.id], at=later)
        assert await uow.outbox.withdraw("amy", ["one", "0", "elsewhere"], now=NOW) == 1  # "0" went already
        assert await uow.outbox.withdraw("-100", ["two"], now=NOW) == 0  # another chat's
        assert await uow.outbox.withdraw("amy", ["two"], now=later) == 0  # due: perhaps on its way
        await uow.outbox.bring_forward("amy", ["two", "3"], due_at=NOW)
        await uow.commit()
    async with uow_factory() as uow:
        assert [row.payload for row in await uow.outbox.due(TELEGRAM, now=NOW, limit=20)] == [
            "two",
            "now",
            "3",
        ]
        assert await uow.outbox.pending() == 10


@pytest.mark.parametrize(
    "engine_path",
    [pytest.param(p, marks=pytest.mark.postgres) for p in ("postgres", "postgres-stock")],
    indirect=True,
)
async def test_rows_written_at_once_with_a_value_too_long_for_its_column_are_refused_never_cut(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """More rows than one held insert takes go to PostgreSQL as one statement over arrays: a chat id
    longer than its column (160) fails the write as a row alone would, nothing kept, never stored cut."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    items = [OutboxItem(topic="t", payload="{}", created_at=now, chat_id="c" * 200) for _ in range(9)]

    with pytest.raises(Exception, match="value too long"):
        async with uow_factory() as uow:
            await uow.outbox.add(items)
            await uow.commit()

    async with uow_factory.engine.connect() as conn:
        assert (await conn.execute(select(func.count()).select_from(outbox))).scalar_one() == 0
