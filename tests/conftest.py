"""Shared fixtures: the PostgreSQL server of the run, and databases on SQLite and PostgreSQL.

- `postgres_url` (session): one real PostgreSQL server for the whole run, started on first use; its URL
  (maintenance database `postgres`) is also exported as `TUAN_TEST_POSTGRES_URL` for subprocess tests,
  which make their own database with `tests.services.create_database`.
- `database_url`: a migrated, empty database, parametrised over SQLite (a fresh file per test) and
  PostgreSQL (one migrated database, truncated before each test). PostgreSQL cases carry the `postgres`
  mark, and `-m "not postgres"` never starts the server.
- `uow_factory`: a `SqlUnitOfWorkFactory` on `database_url`.
- `engine_path` picks both: "sqlite" and "postgres" (storage's fast path where the installed versions
  allow it: storage.db); tests/integration adds "sqlite-stock" and "postgres-stock" (SQLAlchemy's stock
  adapters), so the storage contract tests run on both paths.
- `redis_url` (session): one real `redis-server` for the whole run (no persistence), started on first use.
- Console passwords are hashed with argon2id at its lowest cost for the whole run (`_cheap_password_hashing`).
- Hypothesis runs without its per-example deadline (profile "tuan"): a deadline is a timing assertion, and
  on a shared, loaded machine an example that takes 800 ms instead of 5 ms says nothing about the code.
A server that cannot start fails the tests that need it; nothing is skipped.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from hypothesis import settings

from bot.console import passwords
from handlers.failures import DATABASE
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.services import ServiceError, create_database, emptied, start_postgres, start_redis

settings.register_profile("tuan", deadline=None)
settings.load_profile("tuan")

POSTGRES_ENV = "TUAN_TEST_POSTGRES_URL"
ENGINES = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(autouse=True)
def _no_database_outage_yet() -> None:
    """Each test starts with no database outage told in this process (handlers.failures.DATABASE): one
    test's outage would otherwise shorten the next one's log."""
    DATABASE.reset()


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> Iterator[None]:
    """argon2id at its lowest cost instead of its default (64 MiB, 3 passes: ~0.1 s a hash or check on
    this machine): the console's tests log in hundreds of times. Still argon2id, so a stored hash, a
    wrong password and an unknown username behave as in production; only the cost differs (a hash names
    its own parameters, so a default-cost hash still verifies)."""
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_HASHER", cheap)
        patch.setattr(passwords, "_DUMMY", cheap.hash("tuan-console-no-such-account"))
        yield


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        url, stop = start_postgres(tmp_path_factory.mktemp("postgres"))
    except ServiceError as exc:
        pytest.fail(f"the PostgreSQL server for the tests could not start: {exc}", pytrace=False)
    previous = os.environ.get(POSTGRES_ENV)
    os.environ[POSTGRES_ENV] = url
    try:
        yield url
    finally:
        stop()
        if previous is None:
            os.environ.pop(POSTGRES_ENV, None)
        else:
            os.environ[POSTGRES_ENV] = previous


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis on a free loopback port; a missing or failing redis-server fails the test."""
    try:
        url, stop = start_redis(tmp_path_factory.mktemp("redis"))
    except ServiceError as exc:
        pytest.fail(f"the Redis server for the tests could not start: {exc}", pytrace=False)
    try:
        yield url
    finally:
        stop()


@pytest.fixture(scope="session")
async def _postgres_contract_database(postgres_url: str) -> str:
    url = await create_database(postgres_url, "tuan_contract")
    await upgrade(url)
    return url


@pytest.fixture(scope="session")
async def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "tuan.db"
    await upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture
async def _clean_postgres_database(_postgres_contract_database: str) -> str:
    """The contract database, emptied."""
    return await emptied(_postgres_contract_database)


@pytest.fixture
async def _empty_postgres_database(postgres_url: str) -> str:
    return await create_database(postgres_url, "tuan_empty")


@pytest.fixture(params=ENGINES)
def engine_path(request: pytest.FixtureRequest) -> str:
    """The engine, and "-stock" for SQLAlchemy's stock adapter instead of storage's fast path."""
    return str(request.param)


# The two fixtures below are synchronous on purpose: they pick their async helpers by engine with
# `getfixturevalue`, which pytest-asyncio cannot do from inside a running async fixture.
@pytest.fixture
def database_url(engine_path: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database on each engine."""
    if engine_path.startswith("postgres"):
        return str(request.getfixturevalue("_clean_postgres_database"))
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "tuan.db"
    shutil.copyfile(template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(params=ENGINES)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database without any table, on each engine (for migration tests)."""
    if request.param == "postgres":
        return str(request.getfixturevalue("_empty_postgres_database"))
    (tmp_path / "empty").mkdir()  # `tuan migrate` makes no folder but the default's
    return f"sqlite+aiosqlite:///{tmp_path / 'empty' / 'tuan.db'}"


@pytest.fixture
def batch_passes() -> Iterator[list[int]]:
    """The members each join batch's pass took (handlers.rush), in order (0: its first ran alone)."""
    from handlers import rush

    taken: list[int] = []
    original = rush.Rush._together

    async def together(self: rush.Rush, batch: list[rush.Queued], **again: Any) -> int:
        count = await original(self, batch, **again)
        if not again:  # a pass run again under its lock (`locked`) is counted once, by its first try
            taken.append(count)
        return count

    rush.Rush._together = together  # type: ignore[method-assign]
    try:
        yield taken
    finally:
        rush.Rush._together = original  # type: ignore[method-assign]


@pytest.fixture
async def grouped(database_url: str, engine_path: str) -> AsyncIterator[SqlUnitOfWorkFactory]:
    """Units of work with group commit on, as every bot process makes them (TUAN_GROUP_COMMIT)."""
    engine = make_engine(database_url, fast_path=not engine_path.endswith("-stock"))
    factory = SqlUnitOfWorkFactory(engine, group_commit=True)
    try:
        yield factory
    finally:
        await factory.dispose()


@pytest.fixture
async def uow_factory(database_url: str, engine_path: str) -> AsyncIterator[SqlUnitOfWorkFactory]:
    factory = SqlUnitOfWorkFactory(make_engine(database_url, fast_path=not engine_path.endswith("-stock")))
    try:
        yield factory
    finally:
        await factory.dispose()
