"""Help-selling on storage (SQLite and PostgreSQL), as members and organisers expect it: a member's second
join from another group goes to her line of the first and says which chat that is; a help-seller takes
over the organiser's own listing once, even when two try at the same moment, and earns only on what is
joined there after."""

from __future__ import annotations

import asyncio

from commerce.services import group_buys as service
from commerce.services import listings
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy, outcome, stored

OFFICE = "office"


async def _open_listed(factory: SqlUnitOfWorkFactory, clock: FakeClock, **terms: object) -> int:
    group_buy = await open_buy(factory, clock, **terms)
    assert group_buy.id is not None
    async with factory() as uow:
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=1000)
        await uow.commit()
    return group_buy.id


async def _list(factory: SqlUnitOfWorkFactory, clock: FakeClock, gid: int, seller: str) -> bool:
    async with factory() as uow:
        _, _, took_over = await listings.list_here(
            uow,
            group_buy_id=gid,
            chat_id=OFFICE,
            seller_id=seller,
            seller_name=seller.title(),
            now=clock.now(),
        )
        await uow.commit()
    return took_over


async def _join_in_office(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, user: str
) -> service.Participation:
    async with factory() as uow:
        joined = await service.join(
            uow,
            chat_id=OFFICE,
            group_buy_id=None,
            user_id=user,
            display_name=user.title(),
            quantity=2,
            now=clock.now(),
        )
        await uow.commit()
    return joined


async def test_a_second_join_from_another_chat_goes_to_the_first_line_and_names_its_chat(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock)
    await _list(uow_factory, clock, gid, "bob")
    await join(uow_factory, clock, "cat", group_buy_id=gid)
    again = await _join_in_office(uow_factory, clock, "cat")
    assert (again.made_in, again.line.quantity, again.line.listing_id) == (CHAT, 3, None)
    first = await _join_in_office(uow_factory, clock, "dan")
    assert first.made_in is None
    async with uow_factory() as uow:
        own = await uow.listings.lines(gid, None, limit=None)
    assert [(line.user_id, line.quantity) for line in own] == [("cat", 3)]


async def test_a_help_seller_takes_over_the_organisers_listing_once_and_earns_only_after(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock, target=2)
    assert await _list(uow_factory, clock, gid, ORGANISER) is False
    await _join_in_office(uow_factory, clock, "cat")  # the organiser's own sale
    clock.advance(minutes=5)
    results = await asyncio.gather(
        outcome(_list(uow_factory, clock, gid, "bob")), outcome(_list(uow_factory, clock, gid, "eve"))
    )
    assert results.count("ok") == 1
    assert (await stored(uow_factory, gid)).listings == 1
    async with uow_factory() as uow:
        listing = await uow.listings.in_chat(gid, OFFICE)
    assert listing is not None and listing.seller_id in {"bob", "eve"}
    clock.advance(minutes=1)
    await _join_in_office(uow_factory, clock, "dan")
    await close(uow_factory, clock, gid)
    async with uow_factory() as uow:
        made = {order.buyer_id: order for order in await uow.orders.for_group_buy(gid)}
    assert (made["cat"].chat_id, made["cat"].help_seller_id) == (OFFICE, None)
    assert (made["dan"].chat_id, made["dan"].help_seller_id) == (OFFICE, listing.seller_id)
