"""Several workers without Redis: a group's upgrade to a supergroup and the bot's removal from a group
are kept in the shared state, which is then each worker's memory. The start-up warning named only chat
locks and rate limits as per worker; it now names these too, and what they cost (each other worker meets
Telegram's refusal once)."""

from __future__ import annotations

import logging

import pytest

from bot.settings import Settings
from bot.telegram.workers import check_shared_state


async def test_the_warning_names_what_a_worker_learns_of_a_group(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    await check_shared_state(Settings(redis_url=None, database_url="postgresql+asyncpg://x/y"))
    [said] = [record.getMessage() for record in caplog.records]
    assert said == (
        "TUAN_REDIS_URL is not set: with several workers, chat locks, Telegram's limits and what a worker "
        "learns of a group (the bot removed from it, its upgrade to a supergroup: each other worker meets "
        "Telegram's refusal once) are kept per worker (the database keeps every change exact); set it to "
        "share them"
    )
