"""SQLite stores an aware datetime as naive UTC text in SQLAlchemy's DATETIME format, whatever its time
zone, and reads it back aware in UTC: `UtcDateTime` binds it in one step (storage.tables), the same text
SQLAlchemy's two steps (`process_bind_param`, then SQLite's formatting) make."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator

from storage.db import make_engine
from storage.tables import UtcDateTime

BEIJING = timezone(timedelta(hours=8))
SAMPLES = [
    datetime(2026, 12, 5, 9, 3, 7, 40, tzinfo=UTC),
    datetime(2026, 12, 5, 0, 30, tzinfo=BEIJING),  # the day before in UTC
    datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
    datetime(999, 1, 2, 3, 4, 5, 999999, tzinfo=UTC),
]


def test_the_one_step_makes_sqlalchemys_text() -> None:
    dialect = sqlite.dialect()
    kind = UtcDateTime().dialect_impl(dialect)
    two_steps = TypeDecorator.bind_processor(kind, dialect)
    one_step = kind.bind_processor(dialect)
    assert two_steps is not None and one_step is not None
    for value in SAMPLES:
        assert one_step(value) == two_steps(value)
    assert one_step(None) is None
    with pytest.raises(ValueError, match="naive datetime"):
        one_step(datetime(2026, 12, 5, 9, 0))


async def test_stored_as_naive_utc_text_and_read_back_aware(tmp_path: Path) -> None:
    table = Table("moments", MetaData(), Column("id", Integer, primary_key=True), Column("at", UtcDateTime))
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'moments.db'}")
    try:
        async with engine.begin() as conn:
            await conn.run_sync(table.metadata.create_all)
            await conn.execute(insert(table), [{"id": n, "at": value} for n, value in enumerate(SAMPLES)])
        async with engine.connect() as conn:
            stored = (await conn.execute(text("SELECT at FROM moments ORDER BY id"))).scalars().all()
            read = (await conn.execute(select(table.c.at).order_by(table.c.id))).scalars().all()
    finally:
        await engine.dispose()
    assert stored == [
        "2026-12-05 09:03:07.000040",
        "2026-12-04 16:30:00.000000",
        "2026-01-01 05:30:00.000000",
        "0999-01-02 03:04:05.999999",
    ]
    assert read == SAMPLES
    assert all(value.tzinfo is UTC for value in read)
