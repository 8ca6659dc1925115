"""Reputation (issue #12): how long recomputing a chat's trust takes, on SQLite.

A chat of 500 members and 100 notes (by 100 of them; about no group buy, so unverified: the
authors' paid orders are still looked up) with 5,000 likes, each from a member drawn at random (never
the note's author; each member likes a note at most once). The recompute
(`commerce.services.reputation.recompute`: read the chat's notes, likes, comments and joins, the
authors' paid orders, rank, write the trust that moved) is timed cold (nothing stored yet: a row per
member written) and warm, after one more like through `commerce.services.notes.like` (which
recomputes in its transaction; the like's own time included), the median of `--repeat`. Goal: well
under 1 s. Baseline, in the same run on the same database: one read of the chat's 5,000 likes (the
likes query alone), so the ratio says what ranking and writing add.

Run: `python bench/reputation.py` (`--members 2000 --likes 20000` for a bigger chat).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from commerce.services import notes as note_service
from commerce.services import reputation
from storage.db import make_engine
from storage.migrate import upgrade
from storage.reputation import _statements
from storage.tables import note_likes, notes
from storage.uow import SqlUnitOfWorkFactory

CHAT = "bench-chat"
NOW = datetime(2026, 12, 1, tzinfo=UTC)


async def _fill(factory: SqlUnitOfWorkFactory, members: int, note_count: int, likes: int, seed: int) -> None:
    """Rows straight into the tables (the bench times the recompute, not the filling)."""
    rng = random.Random(seed)
    names = [f"m{i}" for i in range(members)]
    authors = names[:note_count]
    async with factory() as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        note_rows = [
            {
                "chat_id": CHAT,
                "author_id": a,
                "author_name": a,
                "text": f"note {i}",
                "photo": "",
                "group_buy_id": None,
                "lang": "zh",
                "created_at": NOW,
            }
            for i, a in enumerate(authors)
        ]
        await conn.execute(insert(notes), note_rows)
        pairs: set[tuple[int, str]] = set()
        while len(pairs) < likes:
            note = rng.randrange(note_count)
            member = rng.choice(names)
            if member != authors[note]:
                pairs.add((note + 1, member))
        await conn.execute(
            insert(note_likes), [{"note_id": n, "member_id": m, "created_at": NOW} for n, m in sorted(pairs)]
        )
        await uow.commit()


async def _timed(call: object) -> float:
    started = time.perf_counter()
    await call  # type: ignore[misc]
    return time.perf_counter() - started


async def main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        await upgrade(url)
        engine = make_engine(url)
        factory = SqlUnitOfWorkFactory(engine)
        try:
            await _fill(factory, args.members, args.notes, args.likes, args.seed)
            async with factory() as uow:
                cold = await _timed(reputation.recompute(uow, CHAT))
                await uow.commit()
            warm, baseline = [], []
            for i in range(args.repeat):
                async with factory() as uow:
                    warm.append(
                        await _timed(
                            note_service.like(
                                uow,
                                note_id=1 + i % args.notes,
                                chat_id=CHAT,
                                member_id=f"new{i}",
                                now=NOW + timedelta(minutes=i),
                            )
                        )
                    )
                    await uow.commit()
                async with factory() as uow:
                    started = time.perf_counter()
                    await uow.connection.execute(  # type: ignore[attr-defined]
                        _statements("sqlite").likes, {"chat": CHAT}
                    )
                    baseline.append(time.perf_counter() - started)
        finally:
            await engine.dispose()
    warm_s, base_s = statistics.median(warm), statistics.median(baseline)
    print(f"chat: {args.members} members, {args.notes} notes, {args.likes} likes (SQLite)")
    print(f"recompute, cold ({args.members} rows written): {cold * 1000:.0f} ms")
    warm_ms = warm_s * 1000
    print(f"a like with its recompute, warm: median {warm_ms:.0f} ms of {args.repeat} (goal: well under 1 s)")
    print(f"baseline, reading the chat's likes alone: median {base_s * 1000:.1f} ms")
    print(f"ratio warm / baseline: {warm_s / base_s:.1f}x")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--likes", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(main(parser.parse_args()))
