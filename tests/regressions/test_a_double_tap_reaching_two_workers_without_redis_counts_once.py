"""Issue #15: several workers on PostgreSQL WITHOUT Redis. A card's `+1 more` tapped twice in a row
(two updates: a tap that seemed slow, tapped again) counts once on one worker (handlers.taps), but the
counted tap was kept in each worker's own memory: when Telegram's two updates reached two workers, both
counted, and Kim bought two durians for the one she meant. Without Redis on PostgreSQL the counted taps
are now kept in the database (`shared_values`, on an engine of their own: `bot.bootstrap.build`), so the
second tap, on the other worker, is answered as one worker answers it; Leave alike.

Two Tuans built as production builds them, on one real PostgreSQL database, no TUAN_REDIS_URL; the taps
come within the same second of real time (the repeat window is 3 s)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat

pytestmark = pytest.mark.postgres


@pytest.fixture
def workers(workers_without_redis: tuple[Chat, Chat]) -> tuple[Chat, Chat]:
    return workers_without_redis


async def test_more_tapped_twice_on_two_workers_buys_one(workers: tuple[Chat, Chat]) -> None:
    a, b = workers
    await a.say("amy", "/lang en")
    await a.say("amy", "/groupbuy Durian price 120 target 3 limit 5 ends 3d")

    assert a.toast(await a.tap("kim", "gb:more:1")) == "You're in: 1 × Durian"
    again = b.toast(await b.tap("kim", "gb:more:1"))  # the same tap again, on the other worker

    expected = "Counted once: you now have 1 × Durian. To add one more, tap again in a moment, or send +1."
    assert again == expected
    assert "Kim ×1" in await b.card()


async def test_leave_tapped_twice_on_two_workers_takes_one_off(workers: tuple[Chat, Chat]) -> None:
    a, b = workers
    await a.say("amy", "接龙 榴莲 价格 120 成团 3 限购 5 截止 3天")
    await b.say("bob", "+2")

    assert b.toast(await b.tap("bob", "gb:leave:1")) == "已减 1 份：现在是 1 × 榴莲。要整条退出，发 退出。"
    again = a.toast(await a.tap("bob", "gb:leave:1"))

    assert again == "连点只算一次：现在是 1 × 榴莲。要再减，稍等片刻再点，或发 -1。"
    assert "Bob ×1" in await a.card()
