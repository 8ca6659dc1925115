"""The test servers themselves: Redis starts, answers through storage.redis, and stops."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from storage.redis import make_redis
from tests.services import start_redis


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


async def test_redis_starts_answers_and_stops(tmp_path: Path) -> None:
    url, stop = start_redis(tmp_path)
    try:
        client = make_redis(url, decode_responses=True)
        try:
            await client.set("tuan:test", "团")
            assert await client.get("tuan:test") == "团"
        finally:
            await client.aclose()
    finally:
        stop()
    port = make_url(url).port
    assert port is not None and not _listening(port)
    stop()  # idempotent


@pytest.mark.postgres
def test_the_postgres_url_is_exported_for_subprocess_tests(postgres_url: str) -> None:
    assert os.environ["TUAN_TEST_POSTGRES_URL"] == postgres_url
    assert make_url(postgres_url).drivername == "postgresql+asyncpg"
