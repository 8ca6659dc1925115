"""Review 47 (WeChat): the rows the sender gave up on (a room that removed the bot: `GaveUp`) were marked
sent, so the outbox said a card went to a room that never saw it. Now such a row is given up: `sent_at`
stays empty, `gave_up_at` says when, `last_error` why; it is no longer pending nor tried again, a row
sent beside it is marked sent as before, and both are pruned alike (migration 0054)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from bot.outbox_relay import GaveUp, OutboxRelay
from commerce.domain.outbox import OutboxItem, send_topic
from handlers import outbox as outbox_rows
from handlers.types import Reply
from storage.tables import outbox
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

GONE, STILL = "gone@chatroom", "still@chatroom"
WHY = "the room gone@chatroom no longer takes the bot's messages (removed from it?)"


async def test_a_row_for_a_room_that_removed_the_bot_is_given_up_not_sent(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    clock = FakeClock()
    tried: list[str] = []

    async def sink(items: Sequence[OutboxItem]) -> dict[int, str | datetime | None]:
        tried.extend(item.chat_id for item in items)
        return {item.id or 0: GaveUp(WHY) if item.chat_id == GONE else None for item in items}

    relay = OutboxRelay(
        uow_factory=uow_factory,
        clock=clock,
        topic_prefix=send_topic("wechat"),
        batch_sink=sink,
        poll_seconds=0.05,
        leases=False,
    )
    replies = [Reply(text="水蜜桃（#2）截单了", chat_id=GONE), Reply(text="西瓜（#1）截单了", chat_id=STILL)]
    async with uow_factory() as uow:
        await uow.outbox.add(outbox_rows.rows(replies, platform="wechat", request=None, now=clock.now()))
        await uow.commit()

    relay.start()
    try:
        assert await relay.drain(5)
        clock.advance(seconds=3600)  # long past any back-off: nothing is tried again
        relay.wake()
        assert await relay.drain(5)
    finally:
        await relay.close()

    assert tried == [GONE, STILL]
    async with uow_factory.engine.connect() as conn:
        rows = (
            await conn.execute(
                sa.select(
                    outbox.c.chat_id, outbox.c.sent_at, outbox.c.gave_up_at, outbox.c.last_error
                ).order_by(outbox.c.id)
            )
        ).all()
    (gone, gone_sent, gave_up_at, error), (still, still_sent, still_gave_up, _) = rows
    assert (gone, gone_sent, error) == (GONE, None, WHY)
    assert gave_up_at is not None
    assert (still, still_gave_up) == (STILL, None)
    assert still_sent is not None
    async with uow_factory() as uow:
        assert await uow.outbox.pending(send_topic("wechat")) == 0
        assert await uow.outbox.prune_sent(clock.now() + timedelta(days=1)) == 2
        await uow.commit()
