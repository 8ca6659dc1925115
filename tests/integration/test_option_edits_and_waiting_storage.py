"""Options (多规格) changed live and waited for, on SQLite and PostgreSQL (fast and stock paths): an option's
price and stock saved (its `group_buy_options` row holds the new stock for the joins' guard), a stock
below what is taken refused by the database, the group buy's guard failing puts the option's stock back;
a waiting entry per member and option, counted and placed per option, moved in by a leave of that option
in the leave's own transaction, and two leaves at once moving one waiting member in once."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from commerce.domain.edits import TermsChange
from commerce.domain.group_buy import GroupBuy, PriceTier, ProductOption
from commerce.domain.reach import Where
from commerce.domain.waiting import WaitingEntry
from commerce.services import edits
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_options, stored, wait
from tests.integration.conftest import leave_and_move_in as leave
from tests.integration.conftest import outcome as _outcome

SMALL, BIG = ProductOption("3斤", 5800, 2), ProductOption("5斤", 8800)


async def open_mangoes(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, *options: ProductOption, stock: int | None = None
) -> int:
    """From 4 units in total, ¥5 off every option."""
    tiers = (PriceTier(4, 5300),)
    group_buy = await open_options(factory, clock, *(options or (SMALL, BIG)), stock=stock, tiers=tiers)
    assert group_buy.id is not None
    return group_buy.id


async def edit(factory: SqlUnitOfWorkFactory, clock: FakeClock, gid: int, **change: object) -> GroupBuy:
    async with factory() as uow:
        found = await edits.reach(uow, Where(CHAT), gid, ORGANISER)
        changed = await edits.edit(
            uow,
            group_buy=found,
            actor=ORGANISER,
            is_admin=False,
            change=TermsChange(**change),  # type: ignore[arg-type]
            now=clock.now(),
        )
        await uow.commit()
    return changed.group_buy


async def holdings(factory: SqlUnitOfWorkFactory, gid: int) -> dict[tuple[str, str], int]:
    async with factory() as uow:
        return {(line.user_id, line.option): line.quantity for line in await uow.group_buys.participants(gid)}


async def queue(factory: SqlUnitOfWorkFactory, gid: int) -> list[tuple[str, str, int]]:
    async with factory() as uow:
        return [(e.user_id, e.option, e.quantity) for e in await uow.waiting.queue(gid)]


# -- /edit of an option ----------------------------------------------------------------------------------
async def test_an_options_price_and_stock_are_saved_and_its_joins_follow_the_new_stock(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_mangoes(uow_factory, clock)
    await join(uow_factory, clock, "bob", 2, option="3斤")
    assert await _outcome(join(uow_factory, clock, "cat", 1, option="3斤")) == "option_sold_out"

    below = await _outcome(edit(uow_factory, clock, gid, title="3斤", stock=1))
    await edit(uow_factory, clock, gid, title="3斤", unit_price=5000, stock=4)
    await join(uow_factory, clock, "cat", 2, option="3斤")

    assert below == "edit_option_stock_below_sold"  # told from a fresh read: the guard refused it

    found = await stored(uow_factory, gid)
    assert found.terms.options == (ProductOption("3斤", 5000, 4), BIG)
    assert (found.terms.unit_price, found.terms.tiers) == (5000, (PriceTier(4, 4500),))  # still ¥5 off
    assert found.option_sold == {"3斤": 4, "5斤": 0}
    assert (
        await _outcome(join(uow_factory, clock, "dan", 1, option="3斤")) == "option_sold_out"
    )  # 4 is the stock
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, gid)}
    assert [(line.quantity, line.unit_price) for line in orders["bob"].lines] == [(2, 4500)]


async def test_an_options_stock_below_what_is_taken_is_refused_by_the_database(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_mangoes(uow_factory, clock, ProductOption("3斤", 5800, 5), BIG, stock=6)
    await join(uow_factory, clock, "bob", 3, option="3斤")

    async with uow_factory() as uow:  # a snapshot from before Bob's join: the domain would allow 2
        stale = await uow.group_buys.get(gid)
        assert stale is not None
        small = replace(stale.terms.options[0], stock=2)
        stale.terms = replace(stale.terms, options=(small, BIG))
        assert not await uow.edits.save_terms(stale, option="3斤")
        raised = replace(small, stock=6)
        stale.terms = replace(stale.terms, options=(raised, BIG), stock=2)  # the group buy's guard: 3 sold
        assert not await uow.edits.save_terms(stale, option="3斤")  # the option's stock put back
        await uow.commit()

    found = await stored(uow_factory, gid)
    assert found.terms.options[0] == ProductOption("3斤", 5800, 5) and found.terms.stock == 6
    await join(uow_factory, clock, "cat", 2, option="3斤")
    assert await _outcome(join(uow_factory, clock, "dan", 1, option="3斤")) == "option_sold_out"  # 5, not 6


# -- the waiting list per option -------------------------------------------------------------------------
async def test_entries_are_kept_per_member_and_option_and_counted_and_placed_per_option(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_mangoes(uow_factory, clock)
    now = clock.now()
    async with uow_factory() as uow:
        dan_small = await uow.waiting.put(WaitingEntry(gid, "dan", "Dan", 2, now, option="3斤"))
        dan_big = await uow.waiting.put(WaitingEntry(gid, "dan", "Dan", 1, now, option="5斤"))
        eve_small = await uow.waiting.put(WaitingEntry(gid, "eve", "Eve", 1, now, option="3斤"))
        again = await uow.waiting.put(WaitingEntry(gid, "dan", "Dan", 3, now, option="3斤"))
        await uow.commit()
    assert again.id == dan_small.id and dan_big.id != dan_small.id
    async with uow_factory() as uow:
        assert await uow.waiting.counts(gid) == {"3斤": 2, "5斤": 1}
        assert await uow.waiting.sizes(gid) == {"3斤": (2, 1), "5斤": (1, 1)}  # and the least waited for
        assert [await uow.waiting.position(e) for e in (again, dan_big, eve_small)] == [1, 1, 2]
        found = await uow.waiting.get(gid, "dan", "5斤")
        assert found is not None and found.quantity == 1
        assert await uow.waiting.get(gid, "dan") is None  # no entry without an option
        assert [e.option for e in await uow.waiting.remove(gid, "dan", "5斤")] == ["5斤"]
        assert await uow.waiting.remove(gid, "eve", "5斤") == []
        await uow.waiting.put(WaitingEntry(gid, "eve", "Eve", 1, now, option="5斤"))
        assert [e.option for e in await uow.waiting.remove(gid, "eve", None)] == ["3斤", "5斤"]
        await uow.commit()
    assert await queue(uow_factory, gid) == [("dan", "3斤", 3)]


async def test_a_leave_of_an_option_moves_its_waiting_member_in_with_the_leave(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_mangoes(uow_factory, clock)
    await join(uow_factory, clock, "bob", 2, option="3斤")
    await wait(uow_factory, clock, "dan", 2, option="3斤")
    await wait(uow_factory, clock, "eve", 1, option="3斤")

    lowered = await leave(uow_factory, clock, "bob", 1, option="3斤")  # 1 free: Eve's 1 fits

    assert [(p.entry.user_id, p.entry.option, p.line.quantity) for p in lowered.promoted] == [
        ("eve", "3斤", 1)
    ]
    assert await holdings(uow_factory, gid) == {("bob", "3斤"): 1, ("eve", "3斤"): 1}
    assert await queue(uow_factory, gid) == [("dan", "3斤", 2)]
    found = await stored(uow_factory, gid)
    assert (found.sold, found.option_sold) == (2, {"3斤": 2, "5斤": 0})


async def test_two_leaves_of_an_option_at_once_move_one_waiting_member_in_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    for _ in range(3):
        gid = await open_mangoes(uow_factory, clock, ProductOption("3斤", 5800, 2), BIG)
        await join(uow_factory, clock, "a", 1, option="3斤")
        await join(uow_factory, clock, "b", 1, option="3斤")
        await wait(uow_factory, clock, "w", 1, option="3斤")

        departures = await asyncio.gather(
            leave(uow_factory, clock, "a", option="3斤"), leave(uow_factory, clock, "b", option="3斤")
        )

        moved = [p.entry.user_id for d in departures for p in d.promoted]
        assert moved == ["w"]
        assert await holdings(uow_factory, gid) == {("w", "3斤"): 1}
        found = await stored(uow_factory, gid)
        assert (found.sold, found.option_sold["3斤"]) == (1, 1)
        assert await queue(uow_factory, gid) == []
        await close(uow_factory, clock, gid)  # the next round's group buy is the chat's only open one
