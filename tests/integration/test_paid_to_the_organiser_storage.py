"""`I paid @Amy` on SQLite and PostgreSQL: who runs a group buy here (its own group, a group listing it,
any in private; not a failed or cancelled one), and a buyer's one unpaid order with the organiser or
his group's help-seller, which he is told he does not have when he has none."""

from __future__ import annotations

from commerce.domain.reach import Where
from commerce.services import collecting, listings
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy

OFFICE = "office"


async def test_who_runs_a_group_buy_here(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    async with uow_factory() as uow:
        assert not await collecting.organises_here(uow, ORGANISER, Where(CHAT))
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    async with uow_factory() as uow:
        assert await collecting.organises_here(uow, ORGANISER, Where(CHAT))
        assert await collecting.organises_here(uow, ORGANISER, Where(ORGANISER, private=True))
        assert not await collecting.organises_here(uow, ORGANISER, Where(OFFICE))
        assert not await collecting.organises_here(uow, "bob", Where(CHAT))
        await listings.set_help_sell_rate(uow, group_buy, actor=ORGANISER, is_admin=False, rate_bp=1000)
        await listings.list_here(
            uow,
            group_buy_id=group_buy.id,
            chat_id=OFFICE,
            seller_id="bob",
            seller_name="Bob",
            now=clock.now(),
        )
        await uow.commit()
    async with uow_factory() as uow:
        assert await collecting.organises_here(uow, ORGANISER, Where(OFFICE))  # listed there: she confirms
        assert not await collecting.organises_here(uow, "bob", Where(OFFICE))  # the help-seller runs none


async def test_a_buyers_unpaid_order_with_the_organiser(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    assert group_buy.id is not None
    [order] = await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:
        assert await collecting.unpaid_with(uow, "bob", [ORGANISER], Where(CHAT)) == order.id
        assert await collecting.unpaid_with(uow, "bob", ["cat"], Where(CHAT)) is None
        assert await collecting.unpaid_with(uow, "dan", [ORGANISER], Where(CHAT)) is None
        assert await collecting.unpaid_with(uow, "bob", [ORGANISER], Where(OFFICE)) is None
        assert await collecting.unpaid_with(uow, "bob", [ORGANISER], Where("bob", private=True)) == order.id
