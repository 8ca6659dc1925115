"""The fast path (storage.sqlite_driver, storage.direct) is optional: only on the releases it was tested with.

It reaches into private members of SQLAlchemy and aiosqlite, so any other release, or `fast_path=False`,
gets SQLAlchemy's stock adapter; the storage contract tests run on both (tests/integration/conftest.py).
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from sqlalchemy import text

import storage.db
from storage import direct
from storage.db import make_engine

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_path(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _route(url: str, *, fast_path: bool = True) -> tuple[bool, str]:
    """Whether the engine's connections go the direct way, and the name of the DBAPI adapter."""
    engine = make_engine(url, fast_path=fast_path)
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
            raw = await conn.get_raw_connection()
            return direct.driver_of(conn) is not None, type(raw.dbapi_connection).__name__
    finally:
        await engine.dispose()


def _released(monkeypatch: pytest.MonkeyPatch, distribution: str, release: str) -> None:
    monkeypatch.setattr(
        storage.db, "version", lambda name: release if name == distribution else version(name)
    )


async def test_the_tested_releases_take_the_fast_path(database_url: str) -> None:
    assert storage.db.fast_path_supported()
    fast, adapter = await _route(database_url)
    assert fast
    if database_url.startswith("sqlite"):
        assert adapter == "OneHopConnection"


async def test_fast_path_false_takes_the_stock_adapter(database_url: str) -> None:
    assert await _route(database_url, fast_path=False) in (
        (False, "AsyncAdapt_aiosqlite_connection"),
        (False, "AsyncAdapt_asyncpg_connection"),
    )


@pytest.mark.parametrize(
    ("distribution", "release", "postgres_too"),
    [("sqlalchemy", "2.2.0", True), ("sqlalchemy", "2.0.44", True), ("aiosqlite", "0.23.0", False)],
)
async def test_an_untested_release_takes_the_stock_adapter(
    database_url: str, monkeypatch: pytest.MonkeyPatch, distribution: str, release: str, postgres_too: bool
) -> None:
    """PostgreSQL's direct route depends on SQLAlchemy's asyncpg adapter only, not on aiosqlite."""
    _released(monkeypatch, distribution, release)
    assert not storage.db.fast_path_supported()
    fast, adapter = await _route(database_url)
    if database_url.startswith("sqlite"):
        assert (fast, adapter) == (False, "AsyncAdapt_aiosqlite_connection")
    else:
        assert fast is not postgres_too


def test_storage_imports_and_serves_sqlite_where_the_driver_cannot_import(tmp_path: Path) -> None:
    """As on SQLAlchemy 2.0 (no `sqlalchemy.util.concurrency.await_`): nothing imports storage.sqlite_driver
    until make_engine has checked the releases, and the stock path serves a unit of work."""
    script = f"""
import asyncio, sys
sys.modules["storage.sqlite_driver"] = None  # importing it now raises ImportError
import storage.db, storage.direct, storage.repositories, storage.uow
from storage.migrate import upgrade
real = storage.db.version
storage.db.version = lambda name: "2.0.44" if name == "sqlalchemy" else real(name)
url = "sqlite+aiosqlite:///{tmp_path / "old.db"}"

async def main():
    await upgrade(url)
    factory = storage.uow.SqlUnitOfWorkFactory(storage.db.make_engine(url))
    async with factory() as uow:
        await uow.chats.set_language("c", "en")
        await uow.commit()
    async with factory() as uow:
        print(await uow.chats.language("c"))
    await factory.dispose()

asyncio.run(main())
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "en"), done.stderr[-2000:]
