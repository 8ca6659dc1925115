"""Session 14's review (fm, D1): in long polling, Bob's `successful_payment` arriving while the database
was down was logged ("update failed; not tried again") and confirmed to Telegram: the Stars were taken,
the order stayed unpaid, Bob got no receipt, and Telegram never sent it again. The adapter records a
payment outside the ChatApp's answer, so the failure was not `Unanswered`. Now the poller counts a
database/connection failure as not handled (bot/telegram/polling.py `is_outage`): it tries the update
again until the database is back, never confirming it before, and the charge id records it once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.polled import polled_bot
from tests.e2e.telegram_faults import buttons, sent_texts
from tests.fakes import DownFactory

GROUP = -100
AMY = User(1, "Amy", language_code="en")
BOB = User(2, "Bob", language_code="en")
STARS = 50


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    yield server
    await server.stop()


def receipts(api: FakeBotAPI) -> list[str]:
    return [text for text in sent_texts(api, BOB.id) if "Payment received" in text]


def card(api: FakeBotAPI) -> str:
    return next((m.text for m in api.messages[GROUP].values() if m.text.startswith("🛒")), "")


async def test_a_polled_payment_during_a_database_outage_is_recorded_once_when_it_is_back(
    api: FakeBotAPI,
) -> None:
    factory = DownFactory()
    async with polled_bot(api, factory) as polled:
        poller = polled.poller()
        polling = asyncio.create_task(poller.run())
        try:
            api.started.add(BOB.id)
            api.push(api.message(GROUP, AMY, f"/groupbuy Stickers price {STARS}⭐ target 1 ends 2h"))
            api.push(api.message(GROUP, BOB, "+1"))
            api.push(api.message(GROUP, AMY, "/close"))
            [(message_id, pay)] = await api.wait_for(lambda: buttons(api, BOB.id, "od:pay:"), within=20)
            api.push(api.tap(BOB.id, BOB, message_id, pay))
            [invoice] = await api.wait_for(lambda: api.sent("sendInvoice", BOB.id), within=20)

            factory.down = True  # the database goes while Telegram tells the bot Bob paid
            paid = api.push(
                api.paid(
                    BOB,
                    payload=str(invoice.params["payload"]),
                    currency="XTR",
                    total_amount=STARS,
                    charge_id="ch-9",
                )
            )
            await api.wait_for(lambda: poller.tries >= 3, within=20)
            assert receipts(api) == []
            offsets = [int(call.params.get("offset") or 0) for call in api.sent("getUpdates")]
            assert max(offsets) <= paid["update_id"]  # never confirmed to Telegram while not recorded

            factory.down = False
            await api.wait_for(lambda: receipts(api) and "1/1 paid" in card(api), within=20)
            # Telegram sends the same charge again (as after a crash): nothing more is recorded or said
            api.push(dict(paid))
            await api.wait_for(
                lambda: poller.offset is not None and poller.offset > paid["update_id"], within=20
            )
            await asyncio.sleep(0.5)
            assert len(receipts(api)) == 1, sent_texts(api, BOB.id)
            assert "1/1 paid" in card(api)
        finally:
            factory.down = False
            await poller.stop(polling, 5)
