"""Schema migrations (alembic) run from code: `tuan migrate` (the release step), the playground, tests.

No alembic.ini: the configuration is built here and points at the migrations shipped in this package.
Alembic owns every table (`models()`); the bot runners only check the database is at `head()`
(`is_current`), so N workers never race to migrate it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from storage.db import async_url, make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SEARCH_ONLY = ("note_search_fts", "ix_note_search_tsv")  # storage.note_search: no model has them


def alembic_config(url: str | None = None) -> Config:
    """An alembic `Config` for this package's migrations (`url` for commands that connect by themselves)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        # ConfigParser interpolation: a literal % must be doubled (percent-encoded passwords).
        rendered = async_url(url).render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def models() -> MetaData:
    """Every table the migrations create: the domain's (storage.tables) and the adapters'
    (storage.adapter_tables), which share one metadata. Autogenerate and the tests compare against it."""
    import storage.adapter_tables  # noqa: F401  (registers its tables)
    from storage.tables import metadata

    return metadata


def include_name(name: str | None, type_: Any, parent_names: Any) -> bool:
    """Alembic's `include_name`: what the schema comparison looks at. The search index's own parts
    (storage.note_search.SEARCH_ONLY: SQLite's FTS5 table and its shadow tables, PostgreSQL's expression
    index) are made by migration 0025 and described by no model, so they are left out."""
    return not (name is not None and name.startswith(SEARCH_ONLY))


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this version of Tuan ships."""
    newest = _scripts().get_current_head()
    assert newest is not None, "no migrations found"
    return newest


def knows(revision: str) -> bool:
    """Whether `revision` is one of this version's migrations (False: a newer Tuan migrated the database)."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at `url` to `revision` (default: the newest); a no-op when it is there."""
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(_upgrade, revision)
    finally:
        await engine.dispose()


async def current(url: str) -> str | None:
    """The revision the database at `url` is at (None before the first migration)."""
    from alembic.runtime.migration import MigrationContext

    def read(connection: Connection) -> str | None:
        # Reading is not migrating: without this, every runner's start-up check logs alembic's two
        # "Context impl ..." lines, and a refusal is no longer one line.
        chatty = logging.getLogger("alembic.runtime.migration")
        level = chatty.level
        chatty.setLevel(max(level, logging.WARNING))
        try:
            return MigrationContext.configure(connection).get_current_revision()
        finally:
            chatty.setLevel(level)

    engine = make_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(read)
    finally:
        await engine.dispose()


async def is_current(url: str) -> bool:
    """Whether the database at `url` is at `head()`: nothing for `tuan migrate` to do."""
    return await current(url) == head()
