"""Migration 0045: a group buy's unit stored as an English word before session 22 (`dozen`, `KG`, `jin`)
is kept as the Chinese unit it names (打, 公斤, 斤), one spelling for the API and the export; a unit no
Chinese unit names (`tray`) and one stored in Chinese stay as they are."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import open_buy

BEFORE = {"dozen": "打", "KG": "公斤", "grams": "克", "jin": "斤", "tray": "tray", "打": "打", "": ""}


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_english_units_stored_before_0045_become_their_chinese_unit(
    tmp_path: Path, clock: FakeClock
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    engine = make_engine(url)
    try:
        factory = SqlUnitOfWorkFactory(engine)
        ids = {typed: (await open_buy(factory, clock)).id for typed in BEFORE}
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0044"))
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
