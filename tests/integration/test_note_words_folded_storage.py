"""Search's folding on SQLite and PostgreSQL (stock and fast paths): an English word finds its plural and
its singular (`mango`: "The mangoes were great", then 贵妃芒, a kind of mango; `berry`: berries;
`avocados`: avocado), a one-character Chinese search finds a note whose word has it (`甜`: 超甜), and
migration 0039 indexes the notes indexed before that way again (with their group buy's title, and those
on none)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Connection

from commerce.domain.group_buy import Terms
from commerce.services import group_buys as service
from commerce.services.note_search import search_notes
from storage.db import make_engine
from storage.migrate import alembic_config, upgrade
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, post_note


async def _found(factory: SqlUnitOfWorkFactory, words: str) -> list[int]:
    async with factory() as uow:
        return [hit.note.id or 0 for hit in await search_notes(uow, CHAT, words, 5)]


async def test_an_english_word_finds_its_plural_and_one_chinese_character_its_words(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    mangoes = await post_note(uow_factory, clock, "amy", "The mangoes were great, very sweet")
    avocado = await post_note(uow_factory, clock, "bob", "One avocado was creamy")
    berries = await post_note(uow_factory, clock, "cat", "Berries were fresh, peaches too")
    sweet = await post_note(uow_factory, clock, "dan", "贵妃芒超甜，孩子爱吃")

    # 贵妃芒 is a kind of mango: found below the note saying the word (storage.segment.heads_of)
    assert await _found(uow_factory, "mango") == [mangoes.id, sweet.id]
    assert await _found(uow_factory, "Mangoes") == [mangoes.id, sweet.id]
    assert await _found(uow_factory, "avocados") == [avocado.id]
    assert await _found(uow_factory, "berry") == [berries.id]
    assert await _found(uow_factory, "peach") == [berries.id]
    assert await _found(uow_factory, "甜") == [sweet.id, mangoes.id]  # "sweet" below: `qualities`
    assert await _found(uow_factory, "超甜") == [sweet.id, mangoes.id]  # the whole word as before
    assert await _found(uow_factory, "sweets") == [mangoes.id, sweet.id]
    assert await _found(uow_factory, "榴莲") == []


async def test_migration_0039_indexes_notes_indexed_before_with_folded_words(
    uow_factory: SqlUnitOfWorkFactory, database_url: str, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=Terms(title="Avocados", unit_price=3000, target=1),
            now=clock.now(),
            lang="en",
        )
        await uow.commit()
    on_it = await post_note(uow_factory, clock, "amy", "贵妃芒超甜", group_buy_id=opened.id)
    alone = await post_note(uow_factory, clock, "bob", "The mangoes were great")
    old_words = {on_it.id: "贵妃 芒 超甜 avocados", alone.id: "the mangoes were great"}
    await uow_factory.dispose()

    def indexed_the_old_way_at_0038(conn: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0038")
        for note_id, words in old_words.items():
            if conn.dialect.name == "sqlite":
                new = conn.execute(text("SELECT words FROM note_search WHERE note_id = :id"), {"id": note_id})
                forget = (
                    "INSERT INTO note_search_fts (note_search_fts, rowid, words) VALUES ('delete', :id, :old)"
                )
                conn.execute(text(forget), {"id": note_id, "old": new.scalar_one()})
                add = "INSERT INTO note_search_fts (rowid, words) VALUES (:id, :words)"
                conn.execute(text(add), {"id": note_id, "words": words})
            reword = "UPDATE note_search SET words = :words WHERE note_id = :id"
            conn.execute(text(reword), {"id": note_id, "words": words})

    engine = make_engine(database_url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(indexed_the_old_way_at_0038)
    finally:
        await engine.dispose()
    # At 0038 search cannot run (today's search reads columns added later): the index is read as it was
    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(text("SELECT note_id, words FROM note_search ORDER BY note_id"))
            assert {note_id: words for note_id, words in rows} == old_words
    finally:
        await engine.dispose()
    await upgrade(database_url)

    again = SqlUnitOfWorkFactory(make_engine(database_url))
    try:
        assert await _found(again, "mango") == [alone.id, on_it.id]  # 贵妃芒 below the word itself
        assert await _found(again, "甜") == [on_it.id]
        assert await _found(again, "avocado") == [on_it.id]  # its group buy's title, folded too
    finally:
        await again.dispose()
