"""The waiting list's use cases on the in-memory unit of work: a leave moves waiting members in, in queue
order and within stock and limits, atomically with the leave; the close empties the list."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.errors import DomainError
from commerce.domain.events import Joined
from commerce.domain.group_buy import GroupBuy, Terms
from commerce.domain.waiting import moving_in
from commerce.services import group_buys
from commerce.services import waiting as service
from commerce.services.waiting import Departure, Waiting
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

CHAT = "family"


async def open_buy(
    factory: FakeUnitOfWorkFactory, clock: FakeClock, stock: int, limit: int | None = None
) -> int:
    terms = Terms(
        title="Mangoes",
        unit_price=8800,
        stock=stock,
        per_person_limit=limit,
        deadline=clock.now() + timedelta(hours=8),
    )
    async with factory() as uow:
        group_buy = await group_buys.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id="amy",
            organiser_name="Amy",
            terms=terms,
            now=clock.now(),
            lang="en",
        )
        await uow.commit()
    assert group_buy.id is not None
    return group_buy.id


async def join(factory: FakeUnitOfWorkFactory, clock: FakeClock, user: str, quantity: int = 1) -> None:
    async with factory() as uow:
        await group_buys.join(
            uow,
            chat_id=CHAT,
            group_buy_id=None,
            user_id=user,
            display_name=user.title(),
            quantity=quantity,
            now=clock.now(),
        )
        await uow.commit()


async def wait(
    factory: FakeUnitOfWorkFactory, clock: FakeClock, user: str, quantity: int | None = 1
) -> Waiting:
    clock.advance(seconds=1)  # one after the other, as people type
    async with factory() as uow:
        waiting = await service.wait(
            uow,
            chat_id=CHAT,
            group_buy_id=None,
            user_id=user,
            display_name=user.title(),
            quantity=quantity,
            now=clock.now(),
        )
        await uow.commit()
    return waiting


async def leave(
    factory: FakeUnitOfWorkFactory, clock: FakeClock, user: str, quantity: int | None = None
) -> Departure:
    async with factory() as uow:
        departure = await service.leave(
            uow, chat_id=CHAT, group_buy_id=None, user_id=user, quantity=quantity, now=clock.now()
        )
        await uow.commit()
    return departure


def lines(factory: FakeUnitOfWorkFactory, group_buy_id: int) -> dict[str, int]:
    return {key[0]: line.quantity for key, line in factory.state.lines[group_buy_id].items()}


def waiting_users(factory: FakeUnitOfWorkFactory, group_buy_id: int) -> list[str]:
    entries = factory.state.waiting.get(group_buy_id, {}).values()
    return [e.user_id for e in sorted(entries, key=lambda e: e.place)]


@pytest.fixture
def factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_places_are_kept_in_order_and_waiting_again_changes_only_the_quantity(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=2)
    await join(factory, clock, "bob", 2)
    assert (await wait(factory, clock, "cat", 2)).position == 1
    assert (await wait(factory, clock, "dan")).position == 2
    again = await wait(factory, clock, "cat", 1)
    assert (again.position, again.entry.quantity, again.already) == (1, 1, True)
    tapped = await wait(factory, clock, "cat", None)  # the button: what Cat waits for already
    assert (tapped.position, tapped.entry.quantity) == (1, 1)
    assert waiting_users(factory, gid) == ["cat", "dan"]


async def test_a_leave_moves_the_first_who_fit_in_and_the_others_keep_their_place(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=4)
    await join(factory, clock, "bob", 1)
    await join(factory, clock, "cat", 3)
    await wait(factory, clock, "dan", 2)
    await wait(factory, clock, "eve", 1)
    await wait(factory, clock, "fay", 1)

    departure = await leave(factory, clock, "bob")  # 1 free: Dan's 2 do not fit, Eve's 1 does

    assert [(p.entry.user_id, p.line.quantity) for p in departure.promoted] == [("eve", 1)]
    assert lines(factory, gid) == {"cat": 3, "eve": 1}
    assert waiting_users(factory, gid) == ["dan", "fay"]  # Dan is still first
    assert factory.state.group_buys[gid].sold == 4

    await leave(factory, clock, "cat", 2)  # 2 free: Dan first
    assert lines(factory, gid) == {"cat": 1, "eve": 1, "dan": 2}
    assert waiting_users(factory, gid) == ["fay"]


async def test_the_move_in_commits_with_the_leave_or_not_at_all(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=1)
    await join(factory, clock, "bob")
    await wait(factory, clock, "cat")
    async with factory() as uow:
        await service.leave(
            uow, chat_id=CHAT, group_buy_id=None, user_id="bob", quantity=None, now=clock.now()
        )
        # not committed: the leave and the move-in are dropped together
    assert lines(factory, gid) == {"bob": 1} and waiting_users(factory, gid) == ["cat"]


async def test_a_member_who_lowers_their_own_line_stops_waiting_for_more(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=3)
    await join(factory, clock, "bob", 2)
    await join(factory, clock, "cat", 1)
    await wait(factory, clock, "bob", 1)
    await wait(factory, clock, "dan", 1)

    departure = await leave(factory, clock, "bob", 1)

    assert departure.unwaited is not None and departure.unwaited.user_id == "bob"
    assert [p.entry.user_id for p in departure.promoted] == ["dan"]
    assert lines(factory, gid) == {"bob": 1, "cat": 1, "dan": 1}


async def test_a_wait_the_limit_cuts_moves_in_with_what_fits_and_no_unit_stays_free(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=4, limit=2)
    await join(factory, clock, "cat", 2)
    await join(factory, clock, "dan", 2)
    await wait(factory, clock, "bob", 2)
    await leave(factory, clock, "dan", 1)  # 1 free: Bob's 2 do not fit, nobody else waits
    await join(factory, clock, "bob", 1)  # so Bob takes it himself: 1 + the 2 he waits for > 2
    await wait(factory, clock, "eve", 1)

    departure = await leave(factory, clock, "cat")  # 2 free: Bob is first, his limit leaves him 1

    assert [(p.entry.user_id, p.entry.quantity) for p in departure.promoted] == [("bob", 1), ("eve", 1)]
    assert lines(factory, gid) == {"dan": 1, "bob": 2, "eve": 1}
    assert waiting_users(factory, gid) == []


async def test_raising_the_stock_moves_waiting_members_in_through_promote_waiting(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    """What the organiser's /edit calls after it raised the stock, in its own unit of work."""
    gid = await open_buy(factory, clock, stock=2)
    await join(factory, clock, "bob", 2)
    await wait(factory, clock, "cat", 2)
    await wait(factory, clock, "dan", 1)
    async with factory() as uow:
        group_buy = await uow.group_buys.get(gid)
        assert group_buy is not None
        group_buy.terms = replace(group_buy.terms, stock=4)
        factory_state_stock(uow, gid, 4)
        promoted = await service.promote_waiting(uow, group_buy, now=clock.now())
        await uow.commit()
        events = uow.collect_events()
    assert [p.entry.user_id for p in promoted] == ["cat"]  # 2 free: Cat's 2; Dan waits on
    assert [e for e in events if isinstance(e, Joined)] == [Joined(gid, "cat", 2, 2)]
    assert lines(factory, gid) == {"bob": 2, "cat": 2} and waiting_users(factory, gid) == ["dan"]


def factory_state_stock(uow: object, group_buy_id: int, stock: int) -> None:
    """The stored stock, as /edit's write would leave it (the fake's working copy)."""
    working = uow.working  # type: ignore[attr-defined]
    stored: GroupBuy = working.group_buys[group_buy_id]
    stored.terms = replace(stored.terms, stock=stock)


async def test_the_close_empties_the_waiting_list_and_names_who_waited(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await open_buy(factory, clock, stock=2)
    await join(factory, clock, "bob", 2)
    await wait(factory, clock, "cat")
    await wait(factory, clock, "dan", 2)
    async with factory() as uow:
        closing = await group_buys.close(
            uow, chat_id=CHAT, group_buy_id=gid, actor="amy", is_admin=False, now=clock.now()
        )
        left_out = await service.close_waiting(uow, closing.group_buy)
        await uow.commit()
    assert [(e.user_id, e.quantity) for e in left_out] == [("cat", 1), ("dan", 2)]
    assert waiting_users(factory, gid) == []
    with pytest.raises(DomainError) as raised:
        await wait(factory, clock, "eve")
    assert raised.value.code == "group_buy_closed"


@settings(max_examples=60, deadline=None)
@given(
    held=st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=6),
    spare=st.integers(min_value=0, max_value=3),
    wanted=st.lists(st.integers(min_value=1, max_value=5), max_size=8),
    leaving=st.integers(min_value=0, max_value=5),
    drop=st.integers(min_value=1, max_value=4),
)
def test_whatever_the_queue_a_leave_never_moves_in_more_than_it_freed(
    held: list[int], spare: int, wanted: list[int], leaving: int, drop: int
) -> None:
    async def scenario() -> None:
        factory, clock = FakeUnitOfWorkFactory(), FakeClock()
        stock = sum(held) + spare
        gid = await open_buy(factory, clock, stock=stock)
        for n, quantity in enumerate(held):
            await join(factory, clock, f"in{n}", quantity)
        if spare:
            await join(factory, clock, "spare", spare)  # sold out: everyone below must wait
        for n, quantity in enumerate(wanted):
            await wait(factory, clock, f"w{n}", min(quantity, stock))  # never above the whole stock
        async with factory() as uow:
            queue = await uow.waiting.queue(gid)
        leaver = f"in{leaving % len(held)}"
        freed = min(drop, held[leaving % len(held)])

        departure = await leave(factory, clock, leaver, drop)

        moved = [(p.entry.user_id, p.entry.quantity) for p in departure.promoted]
        assert moved == [(e.user_id, e.quantity) for e in moving_in(queue, freed)]
        final = factory.state.group_buys[gid]
        assert final.sold <= stock
        assert final.sold == sum(lines(factory, gid).values())
        assert final.sold == stock - freed + sum(q for _, q in moved)
        assert not set(waiting_users(factory, gid)) & {user for user, _ in moved}

    asyncio.run(scenario())
