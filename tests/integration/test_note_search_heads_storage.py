"""A product's short name on SQLite and PostgreSQL (stock and fast paths): `芒果` finds the notes on 贵妃芒
(in their text, or their group buy's title) below those that say 芒果, never one with 芒 in another word
(芒种); with another word, every word first (by the head or not), else any."""

from __future__ import annotations

from commerce.domain.group_buy import Terms
from commerce.services import group_buys as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, post_note


async def test_a_short_name_finds_the_notes_on_what_it_heads(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        opened = await service.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=Terms(title="海南贵妃芒 5斤", unit_price=8800, target=1),
            now=clock.now(),
            lang="zh",
        )
        await uow.commit()
    on_it = await post_note(uow_factory, clock, "amy", "皮薄肉厚，孩子爱吃", group_buy_id=opened.id)
    said = await post_note(uow_factory, clock, "bob", "金煌芒好大一个")
    await post_note(uow_factory, clock, "cat", "芒种前后的荔枝最好吃")
    exact = await post_note(uow_factory, clock, "dan", "这次的芒果超甜")
    async with uow_factory() as uow:
        found = await uow.note_search.search(CHAT, "芒果", limit=5)
        assert [hit.note_id for hit in found] == [exact.id, said.id, on_it.id]
        assert found[0].score > found[1].score > found[2].score
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "芒果", limit=2)] == [
            exact.id,
            said.id,
        ]
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "芒果 孩子", limit=5)] == [on_it.id]
        assert [hit.note_id for hit in await uow.note_search.search(CHAT, "芒果 很大", limit=5)] == [
            exact.id,
            said.id,
            on_it.id,
        ]
        assert await uow.note_search.search(CHAT, "水果", limit=5) == []


async def test_an_english_product_word_finds_the_notes_on_its_kinds(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`mango` by its one-character Chinese name (芒 of `in_chinese`): 贵妃芒, below a note saying mangoes;
    not 光芒. `oranges`: 砂糖橘 (橘), 沃柑 (柑)."""
    kind = await post_note(uow_factory, clock, "amy", "贵妃芒超甜")
    await post_note(uow_factory, clock, "bob", "这光芒真好看")
    said = await post_note(uow_factory, clock, "cat", "The mangoes were great")
    sugar = await post_note(uow_factory, clock, "dan", "砂糖橘很甜")
    wo = await post_note(uow_factory, clock, "eve", "沃柑也不错")
    async with uow_factory() as uow:
        found = await uow.note_search.search(CHAT, "mango", limit=5)
        assert [hit.note_id for hit in found] == [said.id, kind.id]
        oranges = await uow.note_search.search(CHAT, "oranges", limit=5)
        assert sorted(hit.note_id for hit in oranges) == sorted([sugar.id, wo.id])
        assert await uow.note_search.search(CHAT, "lychee", limit=5) == []
