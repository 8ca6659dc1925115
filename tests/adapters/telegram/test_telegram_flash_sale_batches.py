"""A flash sale served by long polling: the `+1`s that getUpdates brings together for one group are handed
to the ChatApp together (bot/telegram/polling.py, `TelegramAdapter.on_messages_together`) and answered in
one batch pass (handlers.rush), in the order Telegram numbered them: the first to ask get the units, each
gets her 👌 or her "sold out", and the database holds exactly the stock sold."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from storage.tables import group_buys, participants
from storage.uow import SqlUnitOfWorkFactory
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import polled_bot

GROUP = -100
AMY = User(1, "Amy", language_code="en")
BUYERS = [User(100 + i, f"Buyer{i}", language_code="en") for i in range(30)]


async def test_a_polled_flash_sale_is_answered_in_batches_in_telegrams_order(
    api: FakeBotAPI, grouped: SqlUnitOfWorkFactory, batch_passes: list[int]
) -> None:
    async with polled_bot(api, grouped) as polled:
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        api.push(api.message(GROUP, AMY, "/groupbuy Mangoes price 88 stock 10"))
        await api.wait_for(lambda: api.join_card(GROUP), within=20)
        await poller.stop(polling, 5)

        for buyer in BUYERS:  # all queued before the next getUpdates: one batch of 30 for the group
            api.push(api.message(GROUP, buyer, "+1"))
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        try:
            said = lambda: "\n".join(api.texts(GROUP))  # noqa: E731 - the chat's messages, joined
            await api.wait_for(lambda: said().count("Sorry, Mangoes is sold out.") == 20, within=30)
            await api.wait_for(lambda: len(api.acknowledged(GROUP)) == 9, within=10)
        finally:
            await poller.stop(polling, 5)

    assert sum(batch_passes) >= 25  # the first alone, the rest together
    assert sorted(api.acknowledged(GROUP)) == sorted(f"Buyer{i}" for i in range(9))  # each a 👌
    lines = said().splitlines()  # the last unit's taker is told it sold out; the others, in order
    assert "Buyer9 is in: 1 × Mangoes (#1). Now ¥88 each. 🈵 Sold out!" in lines
    refused = [line.split(":")[0] for line in lines if "Sorry, Mangoes is sold out." in line]
    assert refused == [f"Buyer{i}" for i in range(10, 30)]
    async with grouped.engine.connect() as conn:
        assert (await conn.execute(select(group_buys.c.sold))).scalar_one() == 10
        joined = (await conn.execute(select(participants.c.user_id).order_by(participants.c.id))).scalars()
        assert list(joined) == [str(100 + i) for i in range(10)]  # in the order Telegram numbered them
