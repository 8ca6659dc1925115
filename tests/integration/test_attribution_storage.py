"""Attribution on storage (SQLite and PostgreSQL): share codes stored once per member and unique in their
group buy, a batch's visits read in one query, the sharer written with the order at the close and kept
through payment, the organiser's rate."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from commerce.domain.share_codes import derive
from commerce.domain.sharing import ShareVisit
from commerce.services import attribution
from commerce.services import orders as order_service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy, stored

SECRET = "secret"


async def test_a_code_is_stored_once_and_maps_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        code = await attribution.share_code(uow, group_buy, "bob", secret=SECRET, now=clock.now())
        assert await attribution.share_code(uow, group_buy, "bob", secret=SECRET, now=clock.now()) == code
        await uow.commit()
    assert code == derive(group_buy.id, "bob", SECRET)
    async with uow_factory() as uow:
        assert await uow.attribution.member_of_code(group_buy.id, code.code) == "bob"
        assert await uow.attribution.member_of_code(group_buy.id + 1, code.code) is None
        # another member whose code would be the same gets none stored: the service derives the next
        assert not await uow.attribution.add_code(group_buy.id, "cat", code.code, at=clock.now())
        assert not await uow.attribution.add_code(group_buy.id, "bob", "ZZZZ", at=clock.now())
        assert await uow.attribution.code_of(group_buy.id, "bob") == code.code


async def test_two_shares_at_once_store_one_code(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None

    async def share() -> str:
        async with uow_factory() as uow:
            code = await attribution.share_code(uow, group_buy, "bob", secret=SECRET, now=clock.now())
            await uow.commit()
        return code.code

    first, second = await asyncio.gather(share(), share())
    assert first == second


async def test_the_close_writes_each_orders_sharer_and_payment_keeps_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    gid = group_buy.id
    async with uow_factory() as uow:
        await uow.visits.add(ShareVisit(gid, "bob", "eve", clock.now()))
        await uow.visits.add(ShareVisit(gid, "cat", "eve", clock.now() + timedelta(minutes=1)))
        await uow.visits.add(
            ShareVisit(gid, "bob", "dan", clock.now() + timedelta(minutes=5))
        )  # after joining
        await uow.commit()
    await join(uow_factory, clock, "dan")
    clock.advance(minutes=2)
    await join(uow_factory, clock, "eve", 2)
    await join(uow_factory, clock, "fay")
    async with uow_factory() as uow:
        assert [v.visitor_id for v in await uow.attribution.visits_of(gid, ["eve", "fay"])] == ["eve", "eve"]
        assert await uow.attribution.visits_of(gid, []) == []
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, gid)}
    assert {buyer: order.sharer_id for buyer, order in orders.items()} == {
        "dan": None,
        "eve": "cat",
        "fay": None,
    }
    async with uow_factory() as uow:
        await order_service.mark_paid_for_member(
            uow, chat_id=CHAT, buyer_id="eve", actor=ORGANISER, is_admin=False, now=clock.now()
        )
        await uow.visits.add(ShareVisit(gid, "fay", "eve", clock.now()))
        await uow.commit()
    async with uow_factory() as uow:
        paid = await uow.orders.get(orders["eve"].id)
    assert paid is not None and paid.sharer_id == "cat"


async def test_the_sharer_rate_is_stored(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        await attribution.set_sharer_rate(
            uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=550, now=clock.now()
        )
        await uow.commit()
    assert (await stored(uow_factory, group_buy.id)).sharer_rate_bp == 550


async def test_group_buys_paying_sharers_nothing_are_found_for_the_sharer_they_brought_buyers(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        await uow.visits.add(ShareVisit(group_buy.id, "cat", "eve", clock.now()))
        await uow.commit()
    clock.advance(minutes=1)
    await join(uow_factory, clock, "eve")
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:  # no sharer rate: /earnings names it to Cat, to nobody else
        assert await uow.attribution.brought_without_rate("cat", limit=5) == [group_buy.id]
        assert await uow.attribution.brought_without_rate("bob", limit=5) == []
        await attribution.set_sharer_rate(
            uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=550, now=clock.now()
        )
        assert await uow.attribution.brought_without_rate("cat", limit=5) == []


async def test_before_the_close_a_group_buy_paying_sharers_nothing_is_found_once_a_visitor_joins(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=5)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        await uow.visits.add(ShareVisit(group_buy.id, "cat", "eve", clock.now()))
        await uow.visits.add(ShareVisit(group_buy.id, "dan", "gus", clock.now()))  # Gus never joins
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.attribution.brought_without_rate("cat", limit=5) == []  # nobody on the list yet
    clock.advance(minutes=1)
    await join(uow_factory, clock, "eve")
    async with uow_factory() as uow:
        assert await uow.attribution.brought_without_rate("cat", limit=5) == [group_buy.id]
        assert await uow.attribution.brought_without_rate("dan", limit=5) == []
        assert await uow.attribution.brought_without_rate(ORGANISER, limit=5) == []
        await attribution.set_sharer_rate(
            uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=550, now=clock.now()
        )
        assert await uow.attribution.brought_without_rate("cat", limit=5) == []


async def test_before_the_close_the_buyers_a_share_brought_are_found_with_their_units(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """/earnings of a sharer whose friend joined through her code, not closed yet (review 31): who, how
    many, on which group buy; each visitor once however often she opened it."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        await attribution.set_sharer_rate(
            uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=500, now=clock.now()
        )
        await uow.visits.add(ShareVisit(group_buy.id, "cat", "eve", clock.now()))
        await uow.visits.add(ShareVisit(group_buy.id, "cat", "eve", clock.now() + timedelta(seconds=1)))
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.attribution.brought_open("cat", limit=5) == []  # nobody on the list yet
    clock.advance(minutes=1)
    await join(uow_factory, clock, "eve", 2)
    async with uow_factory() as uow:
        [(gid, buyer, _name, units)] = await uow.attribution.brought_open("cat", limit=5)
        assert buyer == "eve"
        assert (gid, units) == (group_buy.id, 2)
        assert await uow.attribution.brought_open("dan", limit=5) == []
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:  # closed: the orders say it now
        assert await uow.attribution.brought_open("cat", limit=5) == []
