"""A worker SIGKILLed between Telegram's `successful_payment` and the order's write, on a webhook and
PostgreSQL: the payment's transaction is held in a trigger on `orders` (the guarded status write),
the process is killed there, and PostgreSQL rolls the transaction back. Telegram never got its 200, so
it sends the update again; the bot started again on the same database records the payment once (one
payment row, the order paid once, the ledger balanced) and the buyer reads "paid" once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI
from tests.e2e.telegram_faults import (
    WebhookBot,
    backend_gone,
    buttons,
    database,
    install_stall,
    people,
    quiet,
    release_stall,
    remove_stall,
    sent_texts,
    stalled_backend,
)
from tests.services import create_database

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

GROUP = -100451
AMY, BOB = people("Amy", "Bob")
STARS = 50


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def card(api: FakeBotAPI) -> str:
    return next((m.text for m in api.messages[GROUP].values() if m.text.startswith("🛒")), "")


def receipts(api: FakeBotAPI) -> list[str]:
    """The messages telling Bob his order is paid."""
    return [text for text in sent_texts(api, BOB.id) if "Payment received" in text]


async def test_a_worker_killed_inside_the_payment_records_it_once_after_telegram_sends_it_again(
    api: FakeBotAPI, tmp_path: Path, postgres_url: str
) -> None:
    bot = WebhookBot(tmp_path, api, await create_database(postgres_url, "tuan_fault_payment"))
    await bot.start()
    api.started.add(BOB.id)
    api.push(api.message(GROUP, AMY, f"/groupbuy Stickers price {STARS}⭐ target 1 ends 2h"))
    api.push(api.message(GROUP, BOB, "+1"))
    api.push(api.message(GROUP, AMY, "/close"))
    [(message_id, pay)] = await api.wait_for(lambda: buttons(api, BOB.id, "od:pay:"), within=30)
    api.push(api.tap(BOB.id, BOB, message_id, pay))
    [invoice] = await api.wait_for(lambda: api.sent("sendInvoice", BOB.id), within=30)
    payload = str(invoice.params["payload"])
    await quiet(api, 1.0)  # the invoice's row marked sent: Telegram will not get it twice

    async with database(bot.database_url) as conn:
        await install_stall(conn, "orders", when="NEW.status = 'paid' AND OLD.status <> 'paid'")
        paid = api.push(api.paid(BOB, payload=payload, currency="XTR", total_amount=STARS, charge_id="ch-9"))
        pid = await stalled_backend(conn)  # the payment's transaction is inside the order's write
        await bot.kill()
        await release_stall(conn)  # the dead worker's backend goes on, to find its client gone
        await backend_gone(conn, pid)  # PostgreSQL noticed the dead client: rolled back
        await remove_stall(conn, "orders")
        assert await conn.fetchval("SELECT count(*) FROM order_payments") == 0
        assert await conn.fetchval("SELECT status FROM orders") == "pending_payment"
    assert receipts(api) == []
    assert api.webhook is not None
    assert api.webhook.accepted(paid["update_id"]) == 0  # Telegram is still waiting for its 200

    await bot.restart()
    await api.webhook.settled(within=30)
    await api.wait_for(lambda: receipts(api) and "1/1 paid" in card(api), within=30)
    await bot.stop()  # after sending whatever it still held

    assert api.webhook.accepted(paid["update_id"]) == 1
    assert len(receipts(api)) == 1, sent_texts(api, BOB.id)
    async with database(bot.database_url) as conn:
        payments = await conn.fetch("SELECT kind, amount, reference FROM order_payments")
        assert [tuple(row) for row in payments] == [("paid", STARS, "ch-9")]
        assert await conn.fetchval("SELECT status FROM orders") == "paid"
        history = await conn.fetch("SELECT to_status FROM order_status_changes ORDER BY id")
        assert [row[0] for row in history].count("paid") == 1
        keys = await conn.fetch("SELECT business_key FROM ledger_transactions ORDER BY id")
        assert [key for (key,) in keys if key.endswith(":paid")] == ["order:1:paid"]
        unbalanced = await conn.fetch(
            "SELECT transaction_id, currency FROM ledger_postings "
            "GROUP BY transaction_id, currency HAVING sum(amount) <> 0"
        )
        assert unbalanced == []
        assert await conn.fetchval("SELECT count(*) FROM ledger_postings") > 0
