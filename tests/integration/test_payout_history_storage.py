"""A member's payouts, newest first, on both engines (their /earnings lists them)."""

from __future__ import annotations

from commerce.domain.payout import Payout, PayoutStatus
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock


async def test_a_members_payouts_come_newest_first_and_only_theirs(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        first = await uow.payouts.add(Payout(None, "cat", "Cat", "CNY", 1000, clock.now()))
        assert first is not None and first.id is not None
        first.status = PayoutStatus.REJECTED
        assert await uow.payouts.save_status(first, previous=PayoutStatus.REQUESTED)
        assert await uow.payouts.add(Payout(None, "cat", "Cat", "CNY", 2000, clock.now())) is not None
        assert await uow.payouts.add(Payout(None, "dan", "Dan", "CNY", 3000, clock.now())) is not None
        await uow.commit()
    async with uow_factory() as uow:
        cats = await uow.payouts.of_member("cat", limit=5)
        assert [(p.amount, p.status) for p in cats] == [
            (2000, PayoutStatus.REQUESTED),
            (1000, PayoutStatus.REJECTED),
        ]
        assert [p.amount for p in await uow.payouts.of_member("cat", limit=1)] == [2000]
        assert await uow.payouts.of_member("eve", limit=5) == []
