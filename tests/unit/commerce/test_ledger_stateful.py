"""The ledger under random histories (hypothesis stateful): orders made, paid, picked up, left to the
holding period, cancelled, refunded, their events delivered again and computed from stale histories;
payouts requested, approved, rejected and paid. The domain posts through the fake unit of work's ledger
(tests.fake_ledger, storage.ledger's contract); a plain model of the same events says what every
account must hold.

After every step: every transaction sums to zero per currency and so does the trial balance; no order
that was never paid has a posting; a refunded order leaves nothing in any account; and every balance
equals a replay of the events in the model (computed here by hand, not by the ledger's functions).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from commerce.domain import ledger
from commerce.domain.commission import CommissionRates, Referral, Sale, commission
from commerce.domain.errors import DomainError
from commerce.domain.ledger import PAYOUTS, Account, StaleHistory, Transaction, holdings, imbalance
from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory

T = TypeVar("T")
MEMBERS = ("amy", "bob", "sue", "hal", "ann")
START = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
MINIMUM = 100


@dataclass
class ModelOrder:
    id: int
    buyer: str
    organiser: str
    sharer: str | None
    help_seller: str | None
    total: int
    rates: CommissionRates
    currency: str
    status: OrderStatus = OrderStatus.PENDING_PAYMENT
    ever_paid: bool = False
    earned: dict[str, int] | None = None  # member -> commission, fixed at payment
    available: bool = False  # its commission moved to available


@dataclass
class ModelPayout:
    id: int
    member: str
    amount: int
    currency: str
    stage: str = "requested"  # requested, approved, paid, rejected


class LedgerMachine(RuleBasedStateMachine):
    orders = Bundle("orders")
    payouts = Bundle("payouts")

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.factory = FakeUnitOfWorkFactory()
        self.clock = START
        self.model: dict[int, ModelOrder] = {}
        self.payout_model: dict[int, ModelPayout] = {}
        self.earlier: set[Referral] = set()
        self.next_id = 1

    def teardown(self) -> None:
        self.loop.close()

    def run(self, work: Awaitable[T]) -> T:
        return self.loop.run_until_complete(work)

    def tick(self) -> datetime:
        self.clock += timedelta(minutes=1)
        return self.clock

    async def _post(self, transaction: Transaction | None) -> bool:
        if transaction is None:
            return False
        async with self.factory() as uow:
            posted = await uow.ledger.post(transaction)
            await uow.commit()
        return posted

    async def _history(self, order_id: int) -> list[Transaction]:
        async with self.factory() as uow:
            return await uow.ledger.of_order(order_id)

    def _sale(self, order: ModelOrder) -> Sale:
        paid = order.total if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED) else 0
        return Sale(
            order.id,
            1,
            order.buyer,
            order.organiser,
            order.currency,
            paid,
            order.status,
            sharer=order.sharer,
            help_seller=order.help_seller,
        )

    def _deliver_paid(self, order: ModelOrder) -> bool:
        """The payment event's handler: the sale as the order is now, the referrals locked so far."""
        split = commission(self._sale(order), order.rates, earlier=self.earlier)
        return self.run(self._post(ledger.order_paid(split, at=self.tick())))

    def _deliver_available(self, order: ModelOrder) -> bool:
        history = self.run(self._history(order.id))
        return self.run(self._post(ledger.order_available(order.id, history, at=self.tick())))

    def _deliver_refunded(self, order: ModelOrder) -> bool:
        history = self.run(self._history(order.id))
        return self.run(self._post(ledger.order_refunded(order.id, history, at=self.tick())))

    # -- orders ----------------------------------------------------------------------------------------
    @rule(
        target=orders,
        buyer=st.sampled_from(MEMBERS),
        organiser=st.sampled_from(MEMBERS),
        sharer=st.none() | st.sampled_from(MEMBERS),
        help_seller=st.none() | st.sampled_from(MEMBERS),
        total=st.integers(1, 100_000),
        sharer_bp=st.sampled_from([0, 1, 333, 500, 5000]),
        help_bp=st.sampled_from([0, 250, 1000]),
        currency=st.sampled_from(["CNY", "CNY", "XTR"]),
    )
    def make_order(
        self,
        buyer: str,
        organiser: str,
        sharer: str | None,
        help_seller: str | None,
        total: int,
        sharer_bp: int,
        help_bp: int,
        currency: str,
    ) -> int:
        order = ModelOrder(
            self.next_id,
            buyer,
            organiser,
            sharer,
            help_seller,
            total,
            CommissionRates(sharer_bp, help_bp),
            currency,
        )
        self.model[order.id] = order
        self.next_id += 1
        return order.id

    @rule(order_id=orders)
    def pay(self, order_id: int) -> None:
        order = self.model[order_id]
        if order.status is not OrderStatus.PENDING_PAYMENT:
            return
        loop = Referral(str(order.buyer), str(order.sharer)) in self.earlier
        order.status, order.ever_paid = OrderStatus.PAID, True
        posted = self._deliver_paid(order)
        assert posted
        order.earned = self._expected_commission(order, loop=loop)
        if order.sharer and order.sharer != order.buyer:
            self.earlier.add(Referral(order.sharer, order.buyer))  # the attribution is locked

    @rule(order_id=orders)
    def cancel(self, order_id: int) -> None:
        order = self.model[order_id]
        if order.status is OrderStatus.PENDING_PAYMENT:
            order.status = OrderStatus.CANCELLED
            # nothing moved, nothing to post: the paid handler, run late, posts nothing either
            assert not self._deliver_paid(order)

    @rule(order_id=orders)
    def pick_up(self, order_id: int) -> None:
        order = self.model[order_id]
        if order.status is not OrderStatus.PAID:
            return
        order.status = OrderStatus.FULFILLED
        posted = self._deliver_available(order)
        assert posted == (bool(order.earned) and not order.available)
        order.available = order.available or bool(order.earned)

    @rule(order_id=orders)
    def holding_period_passes(self, order_id: int) -> None:
        order = self.model[order_id]
        if order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
            return
        posted = self._deliver_available(order)
        assert posted == (bool(order.earned) and not order.available)
        order.available = order.available or bool(order.earned)

    @rule(order_id=orders)
    def refund(self, order_id: int) -> None:
        order = self.model[order_id]
        if order.status is not OrderStatus.PAID:  # the order's transition table: refunds from paid
            return
        order.status = OrderStatus.REFUNDED
        assert self._deliver_refunded(order)

    @rule(order_id=orders)
    def events_delivered_again(self, order_id: int) -> None:
        """The handlers of the events the order had, run again: none posts anything."""
        order = self.model[order_id]
        before = list(self.factory.state.ledger)
        assert not self._deliver_paid(order)  # whatever its status now
        if order.available or order.status is OrderStatus.REFUNDED or not order.earned:
            assert not self._deliver_available(order)
        if order.status is OrderStatus.REFUNDED:
            assert not self._deliver_refunded(order)
        assert self.factory.state.ledger == before

    @rule(order_id=orders)
    def refund_races_the_holding_period(self, order_id: int) -> None:
        """Both computed from the same history: the second is refused as stale and computed again."""
        order = self.model[order_id]
        if order.status is not OrderStatus.PAID:
            return
        history = self.run(self._history(order_id))
        made_available = ledger.order_available(order_id, history, at=self.tick())
        refund = ledger.order_refunded(order_id, history, at=self.tick())
        assert refund is not None
        if made_available is not None:
            assert self.run(self._post(made_available))
            order.available = True
            try:
                self.run(self._post(refund))
            except StaleHistory:
                pass
            else:
                raise AssertionError("a refund computed before the commission became available was posted")
        order.status = OrderStatus.REFUNDED
        assert self._deliver_refunded(order)  # computed again from the history as it is now

    # -- payouts ---------------------------------------------------------------------------------------
    @rule(target=payouts, member=st.sampled_from(MEMBERS), share=st.integers(1, 100))
    def request_payout(self, member: str, share: int) -> int:
        payout_id = self.next_id
        self.next_id += 1

        async def request() -> bool:
            async with self.factory() as uow:
                balance = await uow.ledger.balance(ledger.available(member), "CNY")
                amount = max(balance * share // 100, 1)
                try:
                    made = ledger.payout_requested(
                        payout_id,
                        member,
                        amount,
                        "CNY",
                        available_balance=balance,
                        minimum=MINIMUM,
                        at=self.tick(),
                    )
                except DomainError as refused:
                    assert amount < MINIMUM or amount > balance, refused
                    return False
                assert await uow.ledger.post(made)
                await uow.commit()
                self.payout_model[payout_id] = ModelPayout(payout_id, member, amount, "CNY")
                return True

        self.run(request())
        return payout_id

    def _payout_step(self, payout_id: int, step: str) -> None:
        async def go() -> bool:
            async with self.factory() as uow:
                history = await uow.ledger.of_payout(payout_id)
            make = {
                "approved": ledger.payout_approved,
                "rejected": ledger.payout_rejected,
                "paid": ledger.payout_paid,
            }[step]
            return await self._post(make(payout_id, history, at=self.tick()))

        payout = self.payout_model.get(payout_id)
        may_follow = {"approved": {"requested"}, "rejected": {"requested", "approved"}, "paid": {"approved"}}
        allowed = may_follow[step]
        posted = self.run(go())
        assert posted == (payout is not None and payout.stage in allowed)
        if posted and payout is not None:
            payout.stage = step

    @rule(payout_id=payouts)
    def approve_payout(self, payout_id: int) -> None:
        self._payout_step(payout_id, "approved")

    @rule(payout_id=payouts)
    def reject_payout(self, payout_id: int) -> None:
        self._payout_step(payout_id, "rejected")

    @rule(payout_id=payouts)
    def pay_payout(self, payout_id: int) -> None:
        self._payout_step(payout_id, "paid")

    # -- the model -------------------------------------------------------------------------------------
    @staticmethod
    def _expected_commission(order: ModelOrder, *, loop: bool) -> dict[str, int]:
        """The rules, restated by hand for the replay."""
        earned: dict[str, int] = {}
        for role, member, rate in (
            ("sharer", order.sharer, order.rates.sharer_bp),
            ("help", order.help_seller, order.rates.help_sell_bp),
        ):
            if not member or member in (order.buyer, order.organiser) or order.buyer == order.organiser:
                continue  # yourself, the organiser, and the organiser's own order earn nothing
            if role == "sharer" and (member == order.help_seller or loop):
                continue
            amount = order.total * rate // 10_000
            if amount:
                earned[member] = earned.get(member, 0) + amount
        return earned

    def _replay(self) -> dict[tuple[Account, str], int]:
        expected: dict[tuple[Account, str], int] = defaultdict(int)
        for order in self.model.values():
            if order.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
                continue  # never paid, cancelled, or refunded: it holds nothing
            earned = order.earned or {}
            expected[(ledger.buyer(order.buyer), order.currency)] -= order.total
            expected[(ledger.organiser(order.organiser), order.currency)] += order.total - sum(
                earned.values()
            )
            where = ledger.available if order.available else ledger.pending
            for member, amount in earned.items():
                expected[(where(member), order.currency)] += amount
        for payout in self.payout_model.values():
            if payout.stage == "rejected":
                continue
            expected[(ledger.available(payout.member), payout.currency)] -= payout.amount
            held = {
                "requested": ledger.payout_requested_account(payout.member),
                "approved": ledger.payout_approved_account(payout.member),
                "paid": PAYOUTS,
            }[payout.stage]
            expected[(held, payout.currency)] += payout.amount
        return {key: amount for key, amount in expected.items() if amount}

    # -- invariants ------------------------------------------------------------------------------------
    @invariant()
    def every_transaction_and_the_trial_balance_sum_to_zero(self) -> None:
        for transaction in self.factory.state.ledger:
            assert imbalance(transaction.postings) == {}

        async def trial() -> None:
            async with self.factory() as uow:
                balance = await uow.ledger.trial_balance()
            assert balance.balanced

        self.run(trial())

    @invariant()
    def an_order_never_paid_has_no_posting_and_a_refunded_one_holds_nothing(self) -> None:
        for order in self.model.values():
            history = [t for t in self.factory.state.ledger if t.order_id == order.id]
            if not order.ever_paid:
                assert history == []
            if order.status is OrderStatus.REFUNDED:
                assert holdings(history) == {}

    @invariant()
    def balances_equal_a_replay_of_the_events(self) -> None:
        expected = self._replay()
        assert holdings(self.factory.state.ledger) == expected

        async def per_member() -> None:
            async with self.factory() as uow:
                for member in MEMBERS:
                    stored = {(b.account, b.currency): b.amount for b in await uow.ledger.balances_of(member)}
                    assert stored == {k: v for k, v in expected.items() if k[0].member == member}

        self.run(per_member())


LedgerMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestLedgerUnderRandomEvents = LedgerMachine.TestCase
