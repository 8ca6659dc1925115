"""The outbox's backlog (`OutboxRepository.backlog`, what `/healthz` reports) on SQLite and PostgreSQL:
unsent rows of a topic counted, and the earliest due time among those due; sent rows are not counted,
a row that failed has waited since it was made (its back-off included)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain.outbox import OutboxBacklog, OutboxItem, send_topic
from storage.uow import SqlUnitOfWorkFactory

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TELEGRAM, WECHAT = send_topic("telegram"), send_topic("wechat")


def made(topic: str, seconds_ago: float) -> OutboxItem:
    return OutboxItem(topic, "{}", NOW - timedelta(seconds=seconds_ago), chat_id="-100")


async def test_an_empty_outbox_has_no_backlog(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        assert await uow.outbox.backlog(now=NOW) == OutboxBacklog(0, None)


async def test_the_backlog_counts_unsent_rows_and_times_the_earliest_due(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        await uow.outbox.add([made(TELEGRAM, 90), made(TELEGRAM, 40), made(WECHAT, 70), made(TELEGRAM, 10)])
        await uow.commit()
    async with uow_factory() as uow:
        oldest, middle, _ = await uow.outbox.due(TELEGRAM, now=NOW, limit=10)
        assert oldest.id is not None and middle.id is not None
        await uow.outbox.mark_sent([oldest.id], at=NOW)  # 90 s: delivered
        await uow.outbox.retry_later(middle.id, due_at=NOW + timedelta(seconds=30), error="429")  # not due
        await uow.commit()
    async with uow_factory() as uow:
        everything = await uow.outbox.backlog(now=NOW)
        telegram = await uow.outbox.backlog(now=NOW, topic_prefix=TELEGRAM)
        later = await uow.outbox.backlog(now=NOW + timedelta(seconds=60), topic_prefix=TELEGRAM)
    assert everything == OutboxBacklog(3, NOW - timedelta(seconds=70))  # WeChat's row is the oldest due
    assert telegram == OutboxBacklog(2, NOW - timedelta(seconds=40))  # the failed row: waiting since made
    assert later == OutboxBacklog(2, NOW - timedelta(seconds=40))
    assert later.overdue_seconds(NOW + timedelta(seconds=60)) == 100.0
    assert OutboxBacklog(1, None).overdue_seconds(NOW) == 0.0
