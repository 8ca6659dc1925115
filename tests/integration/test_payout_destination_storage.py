"""A member's kept payout destination on both engines: none until kept, replaced by the next one kept,
each member's own, and a payout's own destination untouched by it."""

from __future__ import annotations

from datetime import timedelta

from commerce.domain.payout import Payout
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


async def test_a_kept_destination_is_replaced_and_the_payout_keeps_its_own(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        assert await uow.payouts.destination_of("cat") == ""
        payout = await uow.payouts.add(
            Payout(None, "cat", "Cat", "CNY", 1000, clock.now(), destination="微信 w8")
        )
        assert payout is not None and payout.id is not None
        await uow.payouts.keep_destination("cat", "微信 w8", at=clock.now())
        await uow.payouts.keep_destination("dan", "bank 6222", at=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.payouts.destination_of("cat") == "微信 w8"
        await uow.payouts.keep_destination("cat", "支付宝 a@b.cn", at=clock.now() + timedelta(days=1))
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.payouts.destination_of("cat") == "支付宝 a@b.cn"
        assert await uow.payouts.destination_of("dan") == "bank 6222"
        kept = await uow.payouts.get(payout.id)
        assert kept is not None and kept.destination == "微信 w8"
    async with uow_factory() as uow:  # not committed: nothing kept
        await uow.payouts.keep_destination("eve", "微信 e1", at=clock.now())
    async with uow_factory() as uow:
        assert await uow.payouts.destination_of("eve") == ""
