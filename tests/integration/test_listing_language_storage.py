"""A listing keeps the language its help-seller listed it in (`group_buy_listings.lang`, migration 0041),
on SQLite and PostgreSQL: stored with the listing, set anew when a help-seller takes over the organiser's
own listing, and NULL (None: the group buy's language) for a listing made before it was kept."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from commerce.services import listings
from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import ORGANISER, open_buy

OFFICE = "office"


async def _open_listed(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> int:
    group_buy = await open_buy(factory, clock)
    assert group_buy.id is not None
    async with factory() as uow:
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=1000)
        await uow.commit()
    return group_buy.id


async def _list(factory: SqlUnitOfWorkFactory, clock: FakeClock, gid: int, seller: str, lang: str) -> None:
    async with factory() as uow:
        await listings.list_here(
            uow,
            group_buy_id=gid,
            chat_id=OFFICE,
            seller_id=seller,
            seller_name="S",
            now=clock.now(),
            lang=lang,
        )
        await uow.commit()


async def _language(factory: SqlUnitOfWorkFactory, gid: int) -> str | None:
    async with factory() as uow:
        found = await uow.listings.in_chat(gid, OFFICE)
    assert found is not None
    return found.lang


async def test_a_listing_keeps_its_language_and_a_takeover_sets_it_anew(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock)
    await _list(uow_factory, clock, gid, ORGANISER, "en")  # her own group buy in another group of hers
    assert await _language(uow_factory, gid) == "en"

    await _list(uow_factory, clock, gid, "bob", "zh")  # a help-seller there takes it over

    assert await _language(uow_factory, gid) == "zh"


def _downgrade(conn: sa.Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.downgrade(config, revision)


async def test_a_listing_made_before_0041_has_no_language(tmp_path: Path, clock: FakeClock) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    engine = make_engine(url)
    try:
        factory = SqlUnitOfWorkFactory(engine)
        group_buy = await open_buy(factory, clock)  # written as today, then the schema taken back to 0040
        async with engine.begin() as conn:
            await conn.run_sync(lambda sync: _downgrade(sync, "0040"))
        async with engine.begin() as conn:
            await conn.execute(
                sa.text(
                    "INSERT INTO group_buy_listings"
                    " (group_buy_id, chat_id, seller_id, seller_name, created_at)"
                    " VALUES (:gid, 'office', 'bob', 'Bob', '2026-12-01 00:00:00.000000')"
                ),
                {"gid": group_buy.id},
            )
        await upgrade(url)
        async with factory() as uow:
            found = await uow.listings.in_chat(group_buy.id or 0, OFFICE)
    finally:
        await engine.dispose()
    assert found is not None and found.lang is None
