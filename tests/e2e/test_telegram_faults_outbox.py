"""A worker SIGKILLed between the commit of an answer and its sending, on a webhook and PostgreSQL.

- The organiser's `/close` commits the group's announcement and each buyer's order message to the
  outbox; Telegram keeps refusing the buyers' chats for now (429) when the worker is killed. Started
  again, the bot sends each message once, and `/close` delivered again changes nothing.
- A member's `+1` is being committed when the worker dies: PostgreSQL finishes the commit it was asked
  for, but Telegram never got its 200 and sends the update again. The bot started again answers it
  200 without adding a second unit, and the member's line and "is in" message appear once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.e2e.telegram_faults import (
    WebhookBot,
    backend_gone,
    database,
    install_stall,
    people,
    release_stall,
    remove_stall,
    sent_texts,
    stalled_backend,
)
from tests.services import create_database

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

GROUP = -100452
AMY, BOB, CAT = people("Amy", "Bob", "Cat")
BUYERS = (BOB, CAT)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def card(api: FakeBotAPI) -> str:
    return next((m.text for m in api.messages[GROUP].values() if m.text.startswith("🛒")), "")


def orders(api: FakeBotAPI, user: User) -> list[str]:
    """The order messages Telegram accepted for `user` (a 429 is no delivery)."""
    return [text for text in sent_texts(api, user.id) if text.startswith("Your order #1-")]


def announcements(api: FakeBotAPI) -> list[str]:
    return [text for text in sent_texts(api, GROUP) if "Plums (#1) succeeded" in text]


def refused_for_now(api: FakeBotAPI) -> set[int]:
    """The buyers' chats Telegram answered 429."""
    return {
        int(call.params["chat_id"])
        for call in api.calls
        if call.method == "sendMessage" and call.status == 429 and int(call.params["chat_id"]) > 0
    }


async def test_an_answer_telegram_refused_for_now_goes_out_once_after_a_kill_and_a_repeat(
    api: FakeBotAPI, tmp_path: Path, postgres_url: str
) -> None:
    bot = WebhookBot(tmp_path, api, await create_database(postgres_url, "tuan_fault_held"))
    await bot.start()
    api.started.update(buyer.id for buyer in BUYERS)
    api.push(api.message(GROUP, AMY, "/groupbuy Plums price 10 target 2 ends 2h"))
    for buyer in BUYERS:
        api.push(api.message(GROUP, buyer, "+1"))
    await api.wait_for(lambda: "2/2" in card(api))
    api.held.update(buyer.id for buyer in BUYERS)  # their order messages wait in the outbox
    close = api.push(api.message(GROUP, AMY, "/close"))
    await api.wait_for(lambda: refused_for_now(api) >= {buyer.id for buyer in BUYERS}, within=30)
    assert api.webhook is not None
    assert api.webhook.accepted(close["update_id"]) == 1  # answered 200: the close was committed
    await bot.kill()
    assert all(orders(api, buyer) == [] for buyer in BUYERS)

    api.held.clear()
    await bot.restart()
    api.push(close)  # Telegram sends it again: delivery is at least once
    await api.wait_for(lambda: announcements(api) and all(orders(api, b) for b in BUYERS), within=30)
    await api.webhook.settled(within=30)
    await bot.stop()  # after sending whatever it still held

    assert api.webhook.accepted(close["update_id"]) == 2
    for buyer in BUYERS:
        [order] = orders(api, buyer)
        assert "1 × ¥10" in order, order
    assert len(announcements(api)) == 1, sent_texts(api, GROUP)
    async with database(bot.database_url) as conn:
        assert await conn.fetchval("SELECT count(*) FROM orders") == len(BUYERS)
        closes = "SELECT count(*) FROM group_buy_status_changes WHERE to_status = 'succeeded'"
        assert await conn.fetchval(closes) == 1


async def test_a_join_committed_after_its_worker_died_is_answered_once_when_telegram_sends_it_again(
    api: FakeBotAPI, tmp_path: Path, postgres_url: str
) -> None:
    bot = WebhookBot(tmp_path, api, await create_database(postgres_url, "tuan_fault_commit"))
    await bot.start()
    api.push(api.message(GROUP, AMY, "/groupbuy Plums price 10 target 2 ends 2h"))
    api.push(api.message(GROUP, BOB, "+1"))
    await api.wait_for(lambda: "1/2" in card(api))
    async with database(bot.database_url) as conn:
        await install_stall(conn, "outbox", when="true", at_commit=True)
        join = api.push(api.message(GROUP, CAT, "+1"))
        pid = await stalled_backend(conn)  # in the join's COMMIT
        await bot.kill()
        await release_stall(conn)  # PostgreSQL finishes the commit it was asked for
        await backend_gone(conn, pid)
        await remove_stall(conn, "outbox")
        lines = "SELECT display_name, quantity FROM participants ORDER BY id"
        assert [tuple(row) for row in await conn.fetch(lines)] == [("Bob", 1), ("Cat", 1)]
        unsent = await conn.fetchval("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        assert unsent >= 1  # the answer, committed and never sent
    assert "Cat" not in card(api) and not any("Cat is in" in text for text in sent_texts(api, GROUP))
    assert api.webhook is not None
    assert api.webhook.accepted(join["update_id"]) == 0  # Telegram never got its 200

    await bot.restart()
    await api.wait_for(lambda: "Cat ×" in card(api) and "Cat is in" in "".join(sent_texts(api, GROUP)))
    await api.webhook.settled(within=30)
    await bot.stop()  # after sending whatever it still held

    attempts = [a.status for a in api.webhook.attempts if a.update_id == join["update_id"]]
    assert attempts[-1] == 200 and attempts.count(200) == 1 and len(attempts) >= 2  # sent again
    assert "2. Cat ×1" in card(api) and "Cat ×2" not in card(api), card(api)
    assert sum(text.count("Cat is in") for text in sent_texts(api, GROUP)) == 1, sent_texts(api, GROUP)
    async with database(bot.database_url) as conn:
        assert [tuple(row) for row in await conn.fetch(lines)] == [("Bob", 1), ("Cat", 1)]
        assert await conn.fetchval("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0
