"""A note's group buy on SQLite and PostgreSQL (stock and fast paths): a note counts its group buy's title
among its words, segmented (阳光玫瑰葡萄 -> 葡萄), so `搜索 葡萄` finds a note on it that never says 葡萄;
and a note without `#12` is linked to the one open group buy whose product it names (海南贵妃芒 for
`海南贵妃芒 5斤`, 普洱茶 for 云南普洱茶), to none when it names several alike; a chat's notes about a group
buy are read newest first (their cards follow its price); a rename (修改) indexes its notes again, and
migration 0039 gave the notes indexed before titles counted their group buy's title."""

from __future__ import annotations

from alembic import command
from sqlalchemy.engine import Connection

from commerce.domain.group_buy import Terms
from commerce.services import group_buys as service
from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, post_note


async def _open(factory: SqlUnitOfWorkFactory, clock: FakeClock, title: str) -> int:
    async with factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=Terms(title=title, unit_price=3900, target=1),
            now=clock.now(),
            lang="zh",
        )
        await uow.commit()
    assert opened.id is not None
    return opened.id


async def test_a_note_is_found_by_the_words_of_its_group_buys_title(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    grapes = await _open(uow_factory, clock, "阳光玫瑰葡萄")
    on_it = await post_note(uow_factory, clock, "amy", "很脆很甜，孩子爱吃", group_buy_id=grapes)
    await post_note(uow_factory, clock, "bob", "楼下的咖啡不错")
    async with uow_factory() as uow:
        found = await uow.note_search.search(CHAT, "葡萄", limit=5)
        assert [hit.note_id for hit in found] == [on_it.id]
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "玫瑰 脆", limit=5)] == [on_it.id]


async def test_a_note_naming_one_open_product_is_linked_and_one_naming_several_is_not(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    mangoes = await _open(uow_factory, clock, "海南贵妃芒 5斤")
    tea = await _open(uow_factory, clock, "云南普洱茶")
    assert (
        await post_note(uow_factory, clock, "amy", "海南贵妃芒超好吃，我买了五斤")
    ).group_buy_id == mangoes
    assert (await post_note(uow_factory, clock, "bob", "贵妃芒皮薄肉厚")).group_buy_id == mangoes
    assert (await post_note(uow_factory, clock, "cat", "普洱茶很香，回甘明显")).group_buy_id == tea
    await _open(uow_factory, clock, "贵妃芒 10斤")
    assert (await post_note(uow_factory, clock, "dan", "贵妃芒真的甜")).group_buy_id is None


async def test_the_notes_about_a_group_buy_are_read_for_their_cards_newest_first(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    grapes = await _open(uow_factory, clock, "阳光玫瑰葡萄")
    tea = await _open(uow_factory, clock, "云南普洱茶")
    first = await post_note(uow_factory, clock, "amy", "很脆很甜", group_buy_id=grapes)
    await post_note(uow_factory, clock, "bob", "回甘明显", group_buy_id=tea)
    second = await post_note(uow_factory, clock, "cat", "孩子爱吃", group_buy_id=grapes)
    await post_note(uow_factory, clock, "dan", "阳光玫瑰也很甜", chat="elsewhere")  # no group buy there
    async with uow_factory() as uow:
        assert await uow.notes.about(grapes, CHAT, limit=5) == [second.id, first.id]
        assert await uow.notes.about(grapes, CHAT, limit=1) == [second.id]
        assert await uow.notes.about(grapes, "elsewhere", limit=5) == []


async def test_a_renamed_group_buys_notes_are_found_by_its_new_name_not_the_old(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    grapes = await _open(uow_factory, clock, "阳光玫瑰葡萄")
    on_it = await post_note(uow_factory, clock, "amy", "很脆很甜，孩子爱吃", group_buy_id=grapes)
    async with uow_factory() as uow:
        await uow.note_search.retitle(grapes, "巨峰提子")
        await uow.commit()
    async with uow_factory() as uow:
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "提子", limit=5)] == [on_it.id]
        assert await uow.note_search.search(CHAT, "葡萄", limit=5) == []
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "孩子", limit=5)] == [on_it.id]


async def test_the_migration_gives_notes_indexed_before_titles_counted_their_group_buys_title(
    uow_factory: SqlUnitOfWorkFactory, database_url: str, clock: FakeClock
) -> None:
    grapes = await _open(uow_factory, clock, "阳光玫瑰葡萄")
    on_it = await post_note(uow_factory, clock, "amy", "很脆很甜，孩子爱吃", group_buy_id=grapes)
    async with uow_factory() as uow:
        await uow.note_search.retitle(grapes, "")  # as a note was indexed before: its own words only
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.note_search.search(CHAT, "葡萄", limit=5) == []
    await uow_factory.dispose()

    def back_to_before(conn: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0038")

    engine = make_engine(database_url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(back_to_before)
    finally:
        await engine.dispose()
    await upgrade(database_url)

    again = SqlUnitOfWorkFactory(make_engine(database_url))
    try:
        async with again() as uow:
            assert [hit.note_id for hit in await uow.note_search.search(CHAT, "葡萄", limit=5)] == [on_it.id]
            assert [hit.note_id for hit in await uow.note_search.search(CHAT, "孩子", limit=5)] == [on_it.id]
    finally:
        await again.dispose()
