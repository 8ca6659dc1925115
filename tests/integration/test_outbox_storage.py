"""The outbox table (storage/outbox.py) on SQLite and PostgreSQL: rows written with a change exist only if
it commits; the relay's query gives unsent due rows of a topic in order; sent rows are forgotten later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain.outbox import OutboxItem, send_topic
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
