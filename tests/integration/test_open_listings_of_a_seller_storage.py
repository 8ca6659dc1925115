"""`ListingRepository.open_of_seller` on SQLite and PostgreSQL: the listings a help-seller (帮卖) sells of
group buys still open, never the organiser's own listing, none once it closed (`我的收益`: what her
group has joined so far)."""

from __future__ import annotations

from commerce.services import listings
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import ORGANISER, close, join, open_buy


async def _listed(factory: SqlUnitOfWorkFactory, clock: FakeClock, seller: str) -> int:
    group_buy = await open_buy(factory, clock, target=1)
    assert group_buy.id is not None
    async with factory() as uow:
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=500)
        await listings.list_here(
            uow,
            group_buy_id=group_buy.id,
            chat_id="office",
            seller_id=seller,
            seller_name="S",
            now=clock.now(),
        )
        await uow.commit()
    return group_buy.id


async def test_a_help_sellers_open_listings(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    gid = await _listed(uow_factory, clock, "gia")
    own = await _listed(uow_factory, clock, ORGANISER)  # the organiser's own listing: no help-seller

    async with uow_factory() as uow:
        found = await uow.listings.open_of_seller("gia", limit=5)
        assert [(listing.group_buy_id, listing.chat_id) for listing in found] == [(gid, "office")]
        assert await uow.listings.open_of_seller(ORGANISER, limit=5) == []
        assert own != gid

    await join(uow_factory, clock, "kim", 1, group_buy_id=gid)
    await close(uow_factory, clock, gid)
    async with uow_factory() as uow:
        assert await uow.listings.open_of_seller("gia", limit=5) == []
