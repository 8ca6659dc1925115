"""A serving process settles its heap once Tuan has started; one that did not ask keeps its collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from bot import heap
from bot.bootstrap import build, migrate
from bot.settings import Settings
from handlers.types import Reply


@pytest.fixture
def collector(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The module's switches fresh, and the collector as it was afterwards."""
    monkeypatch.setattr(heap, "_wanted", False)
    monkeypatch.setattr(heap, "_settled", False)
    threshold = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_process_that_did_not_ask_keeps_its_collector(collector: None) -> None:
    threshold = gc.get_threshold()
    assert heap.settle() is False
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == threshold


def test_a_serving_process_freezes_what_start_up_built_once(collector: None) -> None:
    kept = [[i] for i in range(1000)]  # long-lived, as start-up's objects are
    heap.settle_once_started()
    assert heap.settle() is True
    assert gc.get_freeze_count() >= len(kept)
    assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD
    assert heap.settle() is False  # once: a second start (the console beside the bot) changes nothing
    assert kept[999] == [999]


async def _nowhere(replies: Sequence[Reply]) -> None:
    """Deadlines' replies: none are due here."""


async def test_tuan_settles_the_heap_when_it_has_started(collector: None, tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    heap.settle_once_started()  # as `tuan playground` / `tuan run …` ask (bot.__main__)
    tuan = await build(settings)
    try:
        assert gc.get_freeze_count() == 0  # built, not started yet
        await tuan.start(_nowhere)
        assert gc.get_freeze_count() > 0
    finally:
        await tuan.aclose()
