"""`ListingRepository.help_sold_by` on SQLite and PostgreSQL: whether a member help-sells or help-sold
(帮卖) any group buy not her own, open or closed (`我的收益` with nothing earned speaks of help-selling);
never for the organiser's own listing, nor for a member who never listed one."""

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


async def test_a_help_seller_open_then_closed(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    async with uow_factory() as uow:
        assert await uow.listings.help_sold_by("gia") is False

    gid = await _listed(uow_factory, clock, "gia")
    await _listed(uow_factory, clock, ORGANISER)  # the organiser's own listing: she help-sells nothing

    async with uow_factory() as uow:
        assert await uow.listings.help_sold_by("gia") is True
        assert await uow.listings.help_sold_by(ORGANISER) is False
        assert await uow.listings.help_sold_by("kim") is False

    await join(uow_factory, clock, "kim", 1, group_buy_id=gid)
    await close(uow_factory, clock, gid)
    async with uow_factory() as uow:
        assert await uow.listings.open_of_seller("gia", limit=5) == []  # no longer open...
        assert await uow.listings.help_sold_by("gia") is True  # ...still help-sold
