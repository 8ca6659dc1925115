"""Migration 0046: a group buy's unit stored as `千克` or `市斤` (typed so before session 23) is kept as its
one spelling, `公斤` and `斤`, as `kg` and `jin` are (0045); other units stay as they are."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import open_buy

BEFORE = {"千克": "公斤", "市斤": "斤", "公斤": "公斤", "斤": "斤", "tray": "tray", "": ""}


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_chinese_spellings_stored_before_0046_become_the_units_one_spelling(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    engine = make_engine(url)
    try:
        factory = SqlUnitOfWorkFactory(engine)
        ids = {typed: (await open_buy(factory, clock)).id for typed in BEFORE}
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0045"))
            for typed, gid in ids.items():
                await conn.execute(
                    sa.text("UPDATE group_buys SET unit = :u WHERE id = :id"), {"u": typed, "id": gid}
                )
        await upgrade(url)
        async with factory() as uow:
            stored = {typed: (await uow.group_buys.get(gid or 0)) for typed, gid in ids.items()}
    finally:
        await engine.dispose()
    assert {typed: g.terms.unit for typed, g in stored.items() if g is not None} == BEFORE
