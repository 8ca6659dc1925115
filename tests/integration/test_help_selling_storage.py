"""Help-selling on storage (SQLite and PostgreSQL): a chat lists a group buy once, even when two members
list it at the same moment; a bare `+1` in the listing chat finds it (two index searches) and its line
remembers the listing; each chat reads its own lines; the close gives the listing's orders its chat and
its help-seller."""

from __future__ import annotations

import asyncio

from commerce.services import group_buys as service
from commerce.services import listings
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import (
    ORGANISER,
    close,
    join,
    open_buy,
    outcome,
    refund_one_and_lapse_another,
    stored,
)

OFFICE = "office"


async def _open_listed(factory: SqlUnitOfWorkFactory, clock: FakeClock, **terms: object) -> int:
    group_buy = await open_buy(factory, clock, **terms)
    assert group_buy.id is not None
    async with factory() as uow:
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=1000)
        await uow.commit()
    return group_buy.id


async def _list(factory: SqlUnitOfWorkFactory, clock: FakeClock, gid: int, seller: str) -> None:
    async with factory() as uow:
        await listings.list_here(
            uow,
            group_buy_id=gid,
            chat_id=OFFICE,
            seller_id=seller,
            seller_name=seller.title(),
            now=clock.now(),
        )
        await uow.commit()


async def _join_in_office(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, user: str, quantity: int = 1
) -> None:
    async with factory() as uow:
        await service.join(
            uow,
            chat_id=OFFICE,
            group_buy_id=None,
            user_id=user,
            display_name=user.title(),
            quantity=quantity,
            now=clock.now(),
        )
        await uow.commit()


async def test_two_members_listing_it_at_once_list_it_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock)
    results = await asyncio.gather(
        outcome(_list(uow_factory, clock, gid, "bob")), outcome(_list(uow_factory, clock, gid, "eve"))
    )
    assert sorted(results)[0] == "busy_try_again" or "helpsell_listed" in results
    assert results.count("ok") == 1
    assert (await stored(uow_factory, gid)).listings == 1
    async with uow_factory() as uow:
        found = await uow.listings.of_group_buy(gid)
        listed_here = await uow.listings.listed_in(OFFICE, limit=5)  # what a member of OFFICE may read
        assert await uow.listings.listed_in("elsewhere", limit=5) == []
    assert [listing.chat_id for listing in found] == [OFFICE]
    assert [listing.group_buy_id for listing in listed_here] == [gid]


async def test_each_chat_reads_its_own_lines_of_one_stock(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock, stock=5, tiers=())
    await _list(uow_factory, clock, gid, "bob")
    await _join_in_office(uow_factory, clock, "cat", 2)  # a bare +1: found through the listing
    await join(uow_factory, clock, "dan", 3, group_buy_id=gid)
    assert (await stored(uow_factory, gid)).sold == 5
    async with uow_factory() as uow:
        listing = await uow.listings.in_chat(gid, OFFICE)
        assert listing is not None and listing.id is not None
        office = await uow.listings.lines(gid, listing.id, limit=None)
        own = await uow.listings.lines(gid, None, limit=10)
        assert [(line.user_id, line.quantity, line.listing_id) for line in office] == [("cat", 2, listing.id)]
        assert [(line.user_id, line.listing_id) for line in own] == [("dan", None)]
        assert await uow.listings.count_lines(gid, listing.id) == 1
        assert await uow.listings.count_lines(gid, None) == 1
        assert await uow.listings.count_units(gid, listing.id) == 2  # what each chat's card counts
        assert await uow.listings.count_units(gid, None) == 3
        assert await uow.listings.count_buyers(gid, listing.id) == 1  # its card's 已付 x/N, past 50 lines
        assert await uow.listings.count_buyers(gid, None) == 1
        assert [g.id for g in await uow.group_buys.open_in_chat(OFFICE)] == [gid]
        view = await service.card(uow, group_buy_id=gid, lines=50, listing=listing)
        assert [line.user_id for line in view.participants] == ["cat"]
    refused = await outcome(_join_in_office(uow_factory, clock, "eve"))  # the shared stock is gone
    assert refused != "ok"


async def test_the_close_gives_the_listings_orders_their_chat_and_help_seller(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock, target=2)
    await _list(uow_factory, clock, gid, "bob")
    await _join_in_office(uow_factory, clock, "cat")
    await join(uow_factory, clock, "dan", group_buy_id=gid)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, gid)}
    async with uow_factory() as uow:
        made = {order.buyer_id: order for order in await uow.orders.for_group_buy(gid)}
        latest = await uow.group_buys.latest_in_chat(OFFICE)
    assert set(orders) == {"cat", "dan"}
    assert (made["cat"].chat_id, made["cat"].help_seller_id) == (OFFICE, "bob")
    assert (made["dan"].chat_id, made["dan"].help_seller_id) == ("chat-1", None)
    async with uow_factory() as uow:  # each chat's card counts its own orders' payments
        assert sum((await uow.orders.status_counts(gid, chat_id=OFFICE)).values()) == 1
        assert sum((await uow.orders.status_counts(gid)).values()) == 2
    assert latest is not None and latest.id == gid  # `进度` in the office after the close


async def test_each_chats_card_reads_the_units_its_own_orders_dropped(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    gid = await _open_listed(uow_factory, clock, target=1)
    await _list(uow_factory, clock, gid, "bob")
    await _join_in_office(uow_factory, clock, "cat", 2)
    await join(uow_factory, clock, "dan", 3, group_buy_id=gid)
    await join(uow_factory, clock, "eve", 1, group_buy_id=gid)
    orders = {order.buyer_id: order for order in await close(uow_factory, clock, gid)}
    await refund_one_and_lapse_another(uow_factory, clock, refunded=orders["dan"], lapsed=orders["cat"])

    async with uow_factory() as uow:
        whole = await uow.views.unsold_units(gid)
        own = await uow.views.unsold_units(gid, chat_id="chat-1")
        office = await uow.views.unsold_units(gid, chat_id=OFFICE)

    assert whole == (3 + 2, 3)
    assert own == (3, 3)  # Dan's refunded 3
    assert office == (2, 0)  # Cat's 2, cancelled unpaid
