"""A member's join not closed yet through a help-seller's listing, read from SQLite and PostgreSQL:
我的订单 names the listing's chat (where the order will be), a join in the organiser's group hers."""

from __future__ import annotations

from commerce.services import group_buys as service
from commerce.services import listings, open_joins
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, join, open_buy

NEIGHBOURS = "neighbours"


async def test_a_join_through_a_listing_is_in_the_listings_chat(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    listed = await open_buy(uow_factory, clock)
    plain = await open_buy(uow_factory, clock)
    assert listed.id is not None and plain.id is not None
    async with uow_factory() as uow:
        await listings.set_help_sell_rate(uow, listed, actor=ORGANISER, is_admin=False, rate_bp=500)
        await listings.list_here(
            uow,
            group_buy_id=listed.id,
            chat_id=NEIGHBOURS,
            seller_id="bob",
            seller_name="Bob",
            now=clock.now(),
        )
        await service.join(
            uow, chat_id=NEIGHBOURS, group_buy_id=listed.id, user_id="eve", display_name="Eve", quantity=2,
            now=clock.now(),
        )  # fmt: skip
        await uow.commit()
    await join(uow_factory, clock, "eve", 1, group_buy_id=plain.id)

    async with uow_factory() as uow:
        joins = await open_joins.open_joins_of(uow, member_id="eve")

    assert [(j.group_buy.id, j.chat_id, j.quantity) for j in joins] == [
        (plain.id, CHAT, 1),
        (listed.id, NEIGHBOURS, 2),
    ]
