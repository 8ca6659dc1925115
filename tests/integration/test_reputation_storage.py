"""Reputation on SQLite and PostgreSQL: a chat's activity is read back (likes once per member, comments,
a join of the note's group buy through the note and not one before it or by another way, the author's
paid orders), trust is stored per chat and member, recomputed by likes and comments, and another chat's
activity is not read."""

from __future__ import annotations

import pytest

from commerce.domain.reputation import Act, Kind, Level, NoteFacts
from commerce.domain.sharing import ShareVisit
from commerce.services import notes as service
from commerce.services import reputation
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, bought_then_again, join


async def test_activity_trust_and_levels_read_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    second = await bought_then_again(uow_factory, clock, target=5)
    assert second.id is not None
    await join(uow_factory, clock, "early", 1)  # on the list before the note: led by nothing
    clock.advance(minutes=1)
    async with uow_factory() as uow:
        note = await service.post(
            uow,
            chat_id=CHAT,
            author_id="cat",
            author_name="Cat",
            text="Sweet!",
            photo=None,
            group_buy_id=second.id,
            now=clock.now(),
            per_day=5,
        )
        await uow.commit()
    assert note.id is not None
    clock.advance(minutes=1)
    async with uow_factory() as uow:  # Gus opens Cat's note's Join (her link), Ivy Dan's link
        await uow.visits.add(ShareVisit(second.id, "cat", "gus", clock.now()))
        await uow.visits.add(ShareVisit(second.id, "dan", "ivy", clock.now()))
        await uow.commit()
    await join(uow_factory, clock, "gus", 1)  # through the note
    await join(uow_factory, clock, "hal", 1)  # after the note, but not through it: led by nothing
    await join(uow_factory, clock, "ivy", 1)  # through another member's link: not the note's doing
    for member in ("dan", "eve", "fay", "dan"):
        async with uow_factory() as uow:
            await service.like(uow, note_id=note.id, chat_id=CHAT, member_id=member, now=clock.now())
            await uow.commit()
    async with uow_factory() as uow:
        await service.comment(
            uow,
            note_id=note.id,
            chat_id=CHAT,
            author_id="dan",
            author_name="Dan",
            text="Agreed",
            now=clock.now(),
        )
        await uow.commit()

    async with uow_factory() as uow:
        facts, acts = await uow.trust.activity(CHAT)
        assert facts == [NoteFacts(note.id, "cat", second.id, second.terms.title, note.created_at, note.text)]
        assert sorted(acts, key=lambda a: (a.kind, a.member)) == [
            Act(note.id, "dan", Kind.COMMENT),
            Act(note.id, "dan", Kind.LIKE),
            Act(note.id, "eve", Kind.LIKE),
            Act(note.id, "fay", Kind.LIKE),
            Act(note.id, "gus", Kind.PURCHASE),
        ]
        assert await uow.trust.activity("another chat") == ([], [])
        bought = await uow.trust.bought_titles_of(["cat", "dan"])
        assert {m: [(b.group_buy_id, b.title) for b in mine] for m, mine in bought.items()} == {
            "cat": [(second.id - 1, second.terms.title)]
        }
        assert bought["cat"][0].at <= note.created_at  # the order came before the note
        stored = await uow.trust.stored(CHAT)
        assert stored["cat"] == pytest.approx(3.0)  # 1 + 4 distinct members × ½
        assert stored["dan"] == 1.0
        assert await uow.trust.trust_of(CHAT, "cat") == pytest.approx(3.0)
        assert await uow.trust.trust_of(CHAT, "nobody") == 1.0
        assert await reputation.level_of(uow, CHAT, "cat") is Level.INSIDER
        assert (await service.show(uow, note_id=note.id, chat_id=CHAT)).level is Level.INSIDER

    for member in ("eve", "fay"):
        async with uow_factory() as uow:
            await service.unlike(uow, note_id=note.id, chat_id=CHAT, member_id=member)
            await uow.commit()
    async with uow_factory() as uow:
        assert await uow.trust.trust_of(CHAT, "cat") == pytest.approx(2.0)
        assert await reputation.level_of(uow, CHAT, "cat") is Level.NEWCOMER
        await uow.trust.save(CHAT, {"cat": 7.0, "new": 1.0})  # an upsert: updated and added
        assert (await uow.trust.stored(CHAT))["cat"] == 7.0
        assert (await uow.trust.stored(CHAT))["new"] == 1.0
