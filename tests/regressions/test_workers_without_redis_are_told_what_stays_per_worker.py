"""Several workers without Redis: chat locks, Telegram's limits and caches stay per worker. A group's
upgrade to a supergroup and the bot's removal from a group were per worker too (each other worker met
Telegram's refusal once, told the organisers again, or kept skipping a group the bot was added back to);
since s33 they go through the database (`shared_values`), and the start-up warning says so."""

from __future__ import annotations

import logging

import pytest

from bot.settings import Settings
from bot.telegram.workers import check_shared_state


async def test_the_warning_names_what_stays_per_worker(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    await check_shared_state(Settings(redis_url=None, database_url="postgresql+asyncpg://x/y"))
    [said] = [record.getMessage() for record in caplog.records]
    assert said == (
        "TUAN_REDIS_URL is not set: with several workers, chat locks, Telegram's limits and caches are kept "
        "per worker (the database keeps every change exact); a chat's /lang, a card's taps counted, what a "
        "worker learns of a group (the bot removed from it, its upgrade to a supergroup) and the questions a "
        "member answers by a bare reply (which group buy, which option, the join hint) are shared through "
        "the database; set it to share them all"
    )
