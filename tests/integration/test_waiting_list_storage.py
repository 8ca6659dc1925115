"""The waiting list on SQLite and PostgreSQL (fast and stock paths): the repository's contract, and the
races: two members taking the last unit while a third leaves, a leave moving a waiting member in while
others join, two leaves at once moving one waiting member in once. Stock is never oversold."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from commerce.domain.waiting import WaitingEntry
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import join, open_buy, stored, wait
from tests.integration.conftest import leave_and_move_in as leave
from tests.integration.conftest import outcome as _outcome

ROUNDS = 4


async def lines(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> dict[str, int]:
    async with factory() as uow:
        return {line.user_id: line.quantity for line in await uow.group_buys.participants(group_buy_id)}


async def waiting(factory: SqlUnitOfWorkFactory, group_buy_id: int) -> list[tuple[str, int]]:
    async with factory() as uow:
        return [(e.user_id, e.quantity) for e in await uow.waiting.queue(group_buy_id)]


async def sold_out_buy(factory: SqlUnitOfWorkFactory, clock: FakeClock, stock: int = 3) -> int:
    """A group buy of `stock` units, all taken: `first` holds 1, `rest` the others."""
    group_buy = await open_buy(factory, clock, stock=stock, target=1, tiers=())
    assert group_buy.id is not None
    await join(factory, clock, "first", 1, group_buy_id=group_buy.id)
    await join(factory, clock, "rest", stock - 1, group_buy_id=group_buy.id)
    return group_buy.id


# -- the repository ------------------------------------------------------------------------------------
async def test_entries_keep_their_place_and_are_taken_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await sold_out_buy(uow_factory, clock)
    now = clock.now()
    async with uow_factory() as uow:
        dan = await uow.waiting.put(WaitingEntry(gid, "dan", "Dan", 2, now))
        eve = await uow.waiting.put(WaitingEntry(gid, "eve", "Eve", 1, now))  # same time: by id
        early = await uow.waiting.put(WaitingEntry(gid, "fay", "Fay", 1, now - timedelta(minutes=1)))
        again = await uow.waiting.put(WaitingEntry(gid, "dan", "Dan D", 3, now + timedelta(hours=1)))
        await uow.commit()
    assert (again.id, again.created_at, again.quantity, again.display_name) == (dan.id, now, 3, "Dan D")
    async with uow_factory() as uow:
        assert [(e.user_id, e.quantity) for e in await uow.waiting.queue(gid)] == [
            ("fay", 1),
            ("dan", 3),
            ("eve", 1),
        ]
        assert [await uow.waiting.position(e) for e in (early, again, eve)] == [1, 2, 3]
        assert await uow.waiting.counts(gid) == {"": 3}
        assert await uow.waiting.sizes(gid) == {"": (3, 1)}
        assert await uow.waiting.waiting_among([gid, gid + 1], "eve") == {gid}
        assert await uow.waiting.get(gid, "nobody") is None
        assert not await uow.waiting.take(dan)  # it asks for 3 now, not 2: not this entry any more
        assert await uow.waiting.take(again)
        assert not await uow.waiting.take(again)  # once
        await uow.waiting.restore(again)  # put back in its place
        assert [e.user_id for e in await uow.waiting.queue(gid)] == ["fay", "dan", "eve"]
        removed = await uow.waiting.remove(gid, "eve")
        assert [entry.quantity for entry in removed] == [1]
        assert await uow.waiting.remove(gid, "eve") == []
        await uow.commit()
    async with uow_factory() as uow:
        assert [e.user_id for e in await uow.waiting.drain(gid)] == ["fay", "dan"]
        assert await uow.waiting.counts(gid) == {}
        await uow.commit()


async def test_who_waited_at_the_close_is_kept_and_taken_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await sold_out_buy(uow_factory, clock)
    now = clock.now()
    async with uow_factory() as uow:
        await uow.waiting.put(WaitingEntry(gid, "dan", "Dan", 2, now))
        await uow.waiting.put(WaitingEntry(gid, "eve", "Eve", 1, now - timedelta(minutes=1), option="5斤"))
        await uow.waiting.keep_left_out(await uow.waiting.drain(gid))
        await uow.commit()
    async with uow_factory() as uow:
        kept = await uow.waiting.take_left_out(gid)
        assert [(e.user_id, e.quantity, e.option, e.display_name) for e in kept] == [
            ("eve", 1, "5斤", "Eve"),
            ("dan", 2, "", "Dan"),
        ]
        assert await uow.waiting.take_left_out(gid) == []  # once
        assert await uow.waiting.queue(gid) == []
        await uow.commit()


async def test_a_leave_and_the_move_in_it_allows_are_stored_together(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await sold_out_buy(uow_factory, clock, stock=4)
    await wait(uow_factory, clock, "dan", 2, group_buy_id=gid)
    await wait(uow_factory, clock, "eve", 1, group_buy_id=gid)

    departure = await leave(
        uow_factory, clock, "first", group_buy_id=gid
    )  # 1 free: Eve's 1 fits, Dan's 2 do not

    assert [(p.entry.user_id, p.line.quantity) for p in departure.promoted] == [("eve", 1)]
    assert await lines(uow_factory, gid) == {"rest": 3, "eve": 1}
    assert await waiting(uow_factory, gid) == [("dan", 2)]
    final = await stored(uow_factory, gid)
    assert final.sold == 4
    async with uow_factory() as uow:
        assert await uow.group_buys.count_lines(gid) == 2


# -- races ---------------------------------------------------------------------------------------------
async def test_two_members_taking_the_last_unit_while_a_third_leaves_never_oversell(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    for _ in range(ROUNDS):
        gid = await sold_out_buy(uow_factory, clock)

        outcomes = await asyncio.gather(
            _outcome(join(uow_factory, clock, "m1", group_buy_id=gid)),
            _outcome(leave(uow_factory, clock, "first", group_buy_id=gid)),
            _outcome(join(uow_factory, clock, "m2", group_buy_id=gid)),
        )

        assert outcomes[1] == "ok"
        joined = [user for user, outcome in (("m1", outcomes[0]), ("m2", outcomes[2])) if outcome == "ok"]
        assert len(joined) <= 1  # one unit came free: at most one of them has it
        assert {outcomes[0], outcomes[2]} <= {"ok", "sold_out", "busy_try_again"}
        final = await stored(uow_factory, gid)
        held = await lines(uow_factory, gid)
        assert held == {"rest": 2, **dict.fromkeys(joined, 1)}
        assert final.sold == sum(held.values()) == 2 + len(joined) <= 3


async def test_a_leave_moves_the_waiting_member_in_before_two_joiners_can_take_the_unit(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The move-in commits with the leave, so the unit it frees is never seen free by anyone else."""
    for _ in range(ROUNDS):
        gid = await sold_out_buy(uow_factory, clock)
        await wait(uow_factory, clock, "w", 1, group_buy_id=gid)

        outcomes = await asyncio.gather(
            _outcome(join(uow_factory, clock, "m1", group_buy_id=gid)),
            _outcome(leave(uow_factory, clock, "first", group_buy_id=gid)),
            _outcome(join(uow_factory, clock, "m2", group_buy_id=gid)),
        )

        assert outcomes[1] == "ok"
        assert {outcomes[0], outcomes[2]} <= {"sold_out", "busy_try_again"}
        assert await lines(uow_factory, gid) == {"rest": 2, "w": 1}
        assert (await stored(uow_factory, gid)).sold == 3
        assert await waiting(uow_factory, gid) == []


async def test_two_leaves_at_once_move_one_waiting_member_in_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    for _ in range(ROUNDS):
        group_buy = await open_buy(uow_factory, clock, stock=4, target=1, tiers=())
        gid = group_buy.id
        assert gid is not None
        for user in ("a", "b", "c", "d"):
            await join(uow_factory, clock, user, group_buy_id=gid)
        await wait(uow_factory, clock, "w", 1, group_buy_id=gid)

        departures = await asyncio.gather(
            leave(uow_factory, clock, "a", group_buy_id=gid), leave(uow_factory, clock, "b", group_buy_id=gid)
        )

        moved = Counter(p.entry.user_id for d in departures for p in d.promoted)
        assert moved == {"w": 1}
        assert await lines(uow_factory, gid) == {"c": 1, "d": 1, "w": 1}
        assert (await stored(uow_factory, gid)).sold == 3  # one unit left for the next +1
        assert await waiting(uow_factory, gid) == []


async def test_two_leaves_at_once_move_two_waiting_members_in_in_queue_order(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await sold_out_buy(uow_factory, clock, stock=4)
    await wait(uow_factory, clock, "w1", 1, group_buy_id=gid)
    await wait(uow_factory, clock, "w2", 2, group_buy_id=gid)
    await wait(uow_factory, clock, "w3", 1, group_buy_id=gid)

    await asyncio.gather(
        leave(uow_factory, clock, "first", group_buy_id=gid),
        leave(uow_factory, clock, "rest", 1, group_buy_id=gid),
    )

    held = await lines(uow_factory, gid)
    assert (await stored(uow_factory, gid)).sold == sum(held.values()) <= 4
    # 2 came free, one at a time: w1 takes the first; w2's 2 never fit one unit; w3 takes the second
    assert held == {"rest": 2, "w1": 1, "w3": 1}
    assert await waiting(uow_factory, gid) == [("w2", 2)]
