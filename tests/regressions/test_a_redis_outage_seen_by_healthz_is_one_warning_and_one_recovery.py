"""Issue #15, session 30 (operators): while Redis was down, every `/healthz` check (Docker asks every
15 s, a load balancer more often) logged its own WARNING "health: Redis does not answer", beside the
process's Redis outage story (storage/state_fallback.py). Now a PING the health check cannot get is told
as part of that story: one WARNING when the outage starts, none per check, and one "Redis answers again
after N s" when a check finds it back. On a real redis-server, stopped and started again on its port."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.health import HealthCheck
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state import make_state
from storage.state_fallback import FallbackSharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.services import ServiceError, free_port, start_redis


@pytest.fixture
async def factory(tmp_path: Path) -> AsyncIterator[SqlUnitOfWorkFactory]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'health.db'}"
    await upgrade(url)
    made = SqlUnitOfWorkFactory(make_engine(url))
    yield made
    await made.dispose()


def redis_on(folder: Path, port: int) -> object:
    try:
        return start_redis(folder, port=port)[1]
    except ServiceError as exc:
        pytest.fail(f"the Redis server for the test could not start: {exc}", pytrace=False)


async def test_healthz_checks_during_a_redis_outage_log_one_warning_and_one_recovery(
    factory: SqlUnitOfWorkFactory, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    stop = redis_on(tmp_path / "redis", port)
    state = make_state(f"redis://127.0.0.1:{port}/0")
    assert isinstance(state, FallbackSharedState)
    tuan = SimpleNamespace(
        engine=factory.engine,
        uow_factory=factory,
        state=state,
        clock=SimpleNamespace(now=lambda: datetime.now(UTC)),
        settings=SimpleNamespace(health_outbox_max_delay_seconds=300.0),
    )
    check = HealthCheck.of(tuan)  # type: ignore[arg-type]
    try:
        assert (await check()).as_json()["status"] == "ok"
        caplog.set_level(logging.INFO)
        stop()  # type: ignore[operator]
        answers = [await check() for _ in range(5)]  # five probes while Redis is down
        assert {(a.status_code, a.as_json()["status"]) for a in answers} == {(200, "degraded")}
        stop = redis_on(tmp_path / "redis", port)
        back = await check()
        again = await check()
    finally:
        stop()  # type: ignore[operator]
        await state.aclose()

    assert (back.status_code, back.as_json()["status"], again.as_json()["status"]) == (200, "ok", "ok")
    said = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert len(said) == 2, said
    assert said[0][0] == "WARNING"
    assert said[0][1].startswith("Redis cannot be reached (")
    assert said[0][1].endswith(
        f"locks, limits and claims are kept in this process ({os.getpid()}) until it is back"
    )
    assert re.fullmatch(
        rf"Redis answers again after \d+ s: process {os.getpid()} is back to the shared state", said[1][1]
    )
