"""Fixtures the adapters' tests share: several bot processes on one real Redis."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

import pytest

from commerce.state import SharedState
from storage.state import make_state

Processes = Callable[[], SharedState]


@pytest.fixture
async def processes(redis_url: str) -> AsyncIterator[Processes]:
    """Each call: the shared state of one more bot process (its own Redis client, the same keys)."""
    prefix = f"test-{uuid.uuid4().hex[:12]}:"
    opened: list[SharedState] = []

    def process() -> SharedState:
        opened.append(make_state(redis_url, prefix=prefix))
        return opened[-1]

    yield process
    for state in opened:
        await state.aclose()
