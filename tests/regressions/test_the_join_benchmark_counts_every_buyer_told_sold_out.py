"""Session 26: sold-out refusals in a group came to start with whom they answer (`Bob: Mangoes is sold
out…`), and bench/join_contention.py, which counted the answers starting with the sold-out text, found
none and printed "correctness: WRONG" for a round that was right. Its check now finds the sold-out
text anywhere in an answer; here a small round on SQLite must come out correct: exactly the stock
sold, every other buyer told it is sold out."""

from __future__ import annotations

from pathlib import Path

from bench.join_contention import PRODUCTION, _correct, _factory, joins
from bot.clock import SystemClock
from handlers.app import ChatApp
from storage.db import make_engine
from storage.migrate import upgrade

BUYERS = 40


async def test_a_small_round_of_the_join_benchmark_is_counted_correct(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    await upgrade(url)
    engine = make_engine(url)
    try:
        app = ChatApp(uow_factory=_factory(engine), clock=SystemClock(), config=PRODUCTION)
        played = await joins(app, "bench-chat", BUYERS)
    finally:
        await engine.dispose()
    assert (played.sold, played.told_sold_out) == (BUYERS // 2, BUYERS // 2)
    assert _correct(played, BUYERS)
