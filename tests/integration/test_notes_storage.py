"""Notes (种草) on SQLite and PostgreSQL: a note is stored and read back with its counts, a like tapped
twice at once counts once (the unique key), a like is taken back, comments come back in order, and a
paid order (of the group buy or of an earlier one of the same product) verifies its author."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from commerce.domain.notes import Mark
from commerce.services import notes as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, bought_then_again, open_buy, post_note


async def _like(factory: SqlUnitOfWorkFactory, clock: FakeClock, note_id: int, member: str) -> bool:
    async with factory() as uow:
        liked = await service.like(uow, note_id=note_id, chat_id=CHAT, member_id=member, now=clock.now())
        await asyncio.sleep(0.1)  # the other tap runs while this one holds its row uncommitted
        await uow.commit()
    return liked


async def test_a_like_tapped_twice_at_once_counts_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    note = await post_note(uow_factory, clock, "bob", "楼下新开的面包店不错", per_day=5, advance=False)
    assert note.id is not None

    outcomes = await asyncio.gather(
        _like(uow_factory, clock, note.id, "cat"), _like(uow_factory, clock, note.id, "cat")
    )

    assert sorted(outcomes) == [False, True]
    async with uow_factory() as uow:
        stored = await uow.notes.get(note.id)
        assert stored is not None and stored.likes == 1
        assert await uow.notes.unlike(note.id, "cat") and not await uow.notes.unlike(note.id, "cat")
        await uow.commit()
    async with uow_factory() as uow:
        again = await uow.notes.get(note.id)
    assert again == replace(note, likes=0, comments=0)


async def test_comments_recent_notes_and_marks_read_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    second = await bought_then_again(uow_factory, clock)
    assert second.id is not None

    cats = await post_note(
        uow_factory, clock, "cat", "Sweet!", group_buy_id=second.id, per_day=5, advance=False
    )
    dans = await post_note(
        uow_factory, clock, "dan", "Looks good", group_buy_id=second.id, per_day=5, advance=False
    )
    assert cats.id is not None and dans.id is not None
    async with uow_factory() as uow:
        for who, text in (("dan", "Agreed"), ("eve", "When is pickup?")):
            await service.comment(
                uow,
                note_id=cats.id,
                chat_id=CHAT,
                author_id=who,
                author_name=who.title(),
                text=text,
                now=clock.now(),
            )
        await uow.commit()

    async with uow_factory() as uow:
        shown = await service.show(uow, note_id=cats.id, chat_id=CHAT, with_comments=True)
        assert shown.note.comments == 2 and shown.marks == (Mark.VERIFIED,)
        assert [(c.author_name, c.text) for c in shown.comments] == [
            ("Dan", "Agreed"),
            ("Eve", "When is pickup?"),
        ]
        assert (await service.show(uow, note_id=dans.id, chat_id=CHAT)).marks == ()
        assert [n.id for n in await uow.notes.recent_of("cat", since=clock.now())] == [cats.id]
        assert [(b.group_buy_id, b.title) for b in await uow.notes.bought_titles("cat")] == [
            (second.id - 1, second.terms.title)
        ]  # the first, bought
        assert not await uow.notes.sells(second.id, "cat")
        assert await uow.notes.get(2**40) is None


async def test_a_note_posted_before_its_group_buy_is_linked_and_found_by_its_title(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    early = await post_note(uow_factory, clock, "eve", "推荐一个洗碗机，西门子的很好用")
    other = await post_note(uow_factory, clock, "bob", "楼下新开的面包店不错", chat="elsewhere")
    group_buy = await open_buy(uow_factory, clock)
    assert early.id is not None and other.id is not None and group_buy.id is not None
    async with uow_factory() as uow:
        unlinked = await uow.notes.unlinked_in(CHAT, since=early.created_at)
        assert [n.id for n in unlinked] == [early.id]
        linked = await service.link(
            uow, note_id=early.id, chat_id=CHAT, group_buy_id=group_buy.id, member_id="eve", now=clock.now()
        )
        await uow.commit()
    assert linked[2]
    async with uow_factory() as uow:
        stored = await uow.notes.get(early.id)
        assert stored is not None and stored.group_buy_id == group_buy.id
        assert await uow.notes.unlinked_in(CHAT, since=early.created_at) == []
        hits = await uow.note_search.search(CHAT, "贵妃芒", limit=5)  # its group buy's title is its words
    assert [hit.note_id for hit in hits] == [early.id]
