"""Migration 0061's marks on both engines: a note typed in private is kept as private until a note typed in
the group replaces it (rep99 #7); a line the organiser made for a member keeps her name until the member
joins it herself, while the organiser adding more keeps it (rep100 #3). And the week's sharers leave out a
buyer who brought the sharer first (the loop rule, rep99 #9)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from commerce.domain.group_buy import Participant
from commerce.services import group_buys as service
from storage.tables import orders
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, close, join, open_buy


async def _line(factory: SqlUnitOfWorkFactory, group_buy_id: int, user: str) -> Participant:
    async with factory() as uow:
        found = await uow.group_buys.participant(group_buy_id, user, "", "")
    assert found is not None
    return found


async def _join(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, user: str, group_buy_id: int, **given: object
) -> None:
    async with factory() as uow:
        await service.join(
            uow,
            chat_id=CHAT,
            group_buy_id=group_buy_id,
            user_id=user,
            display_name=user.title(),
            quantity=1,
            now=clock.now(),
            whole_member=False,
            **given,  # type: ignore[arg-type]
        )
        await uow.commit()


async def test_a_private_note_stays_private_until_the_group_reads_another(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await _join(uow_factory, clock, "jie", group_buy.id, note="5号楼302", private=True)
    first = await _line(uow_factory, group_buy.id, "jie")
    await _join(uow_factory, clock, "jie", group_buy.id)  # a plain +1 keeps the note and its mark
    kept = await _line(uow_factory, group_buy.id, "jie")
    await _join(uow_factory, clock, "jie", group_buy.id, note="北门")
    replaced = await _line(uow_factory, group_buy.id, "jie")

    assert (first.note, first.note_private) == ("5号楼302", True)
    assert (kept.quantity, kept.note, kept.note_private) == (2, "5号楼302", True)
    assert (replaced.note, replaced.note_private) == ("北门", False)


async def test_a_line_the_organiser_made_is_hers_once_she_joins_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    await _join(uow_factory, clock, "fay", group_buy.id, added_by="Amy")
    await _join(uow_factory, clock, "fay", group_buy.id, added_by="Amy")
    made = await _line(uow_factory, group_buy.id, "fay")
    await _join(uow_factory, clock, "fay", group_buy.id)
    hers = await _line(uow_factory, group_buy.id, "fay")
    await _join(uow_factory, clock, "bob", group_buy.id)
    await _join(uow_factory, clock, "bob", group_buy.id, added_by="Amy")
    bobs = await _line(uow_factory, group_buy.id, "bob")

    assert (made.quantity, made.added_by) == (2, "Amy")
    assert (hers.quantity, hers.added_by) == (3, "")
    assert (bobs.quantity, bobs.added_by) == (2, "")


async def test_the_sharer_a_buyer_brought_first_is_not_ranked_for_him(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    rice = await open_buy(uow_factory, clock, target=1)
    assert rice.id is not None
    await join(uow_factory, clock, "mia", group_buy_id=rice.id)
    clock.advance(seconds=60)
    await join(uow_factory, clock, "lee", group_buy_id=rice.id)  # through Mia's link
    clock.advance(seconds=60)
    berries = await open_buy(uow_factory, clock, target=1)
    assert berries.id is not None
    await join(uow_factory, clock, "lee", group_buy_id=berries.id)
    clock.advance(seconds=60)
    await join(uow_factory, clock, "mia", group_buy_id=berries.id)  # through Lee's: brought back
    await join(uow_factory, clock, "gus", group_buy_id=berries.id)  # through Lee's
    await close(uow_factory, clock, rice.id)
    await close(uow_factory, clock, berries.id)
    async with uow_factory.engine.begin() as conn:
        for group_buy_id, buyer, sharer in (
            (rice.id, "lee", "mia"),
            (berries.id, "mia", "lee"),
            (berries.id, "gus", "lee"),
        ):
            mine = (orders.c.group_buy_id == group_buy_id) & (orders.c.buyer_id == buyer)
            await conn.execute(update(orders).where(mine).values(sharer_id=sharer))

    async with uow_factory() as uow:
        week = await uow.orders.top_sharers(CHAT, since=clock.now() - timedelta(days=7), limit=10)

    assert week == [("lee", 1), ("mia", 1)]
