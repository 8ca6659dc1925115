"""Orders: what each buyer owes once a group buy succeeds, and the payments made against it.

Status and payments are separate: the status moves only through `ORDER_TRANSITIONS`; payments are an
append-only list of events (paid, refunded) that say how much, how and with which reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from commerce.domain import events as ev
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.money import format_money
from commerce.domain.order_numbers import order_label
from commerce.domain.transitions import StatusChange, TransitionTable


class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


ORDER_TRANSITIONS: TransitionTable[OrderStatus] = TransitionTable(
    "order",
    {
        (OrderStatus.PENDING_PAYMENT, "pay"): OrderStatus.PAID,
        (OrderStatus.PENDING_PAYMENT, "cancel"): OrderStatus.CANCELLED,
        (OrderStatus.PAID, "fulfil"): OrderStatus.FULFILLED,
        (OrderStatus.PAID, "refund"): OrderStatus.REFUNDED,
        (OrderStatus.FULFILLED, "refund"): OrderStatus.REFUNDED,  # collected and found bad: money back
        (OrderStatus.PAID, "unpay"): OrderStatus.PENDING_PAYMENT,  # 撤销已收: a mistaken 已收 undone
        # 恢复订单: an order cancelled unpaid (取消未付款, 取消订单) brought back: she had paid after all
        (OrderStatus.CANCELLED, "restore"): OrderStatus.PENDING_PAYMENT,
        (OrderStatus.FULFILLED, "unfulfil"): OrderStatus.PAID,  # 撤销已取: a mistaken 已取 undone
    },
)


@dataclass(frozen=True)
class OrderLine:
    description: str
    quantity: int
    unit_price: int

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


# money given back, whole (`refunded`), in part (部分退款) or of money received while unpaid (只收到)
REFUND_KINDS = frozenset({"refunded", "part_refunded", "received_refunded"})


@dataclass(frozen=True)
class PaymentEvent:
    """One append-only money movement on an order (positive paid, negative refunded)."""

    # "paid" | "refunded" | "part_refunded" (部分退款) | "unpaid" (a mistaken confirmation taken back) |
    # "received" and "received_refunded": money received of an unpaid order (只收到 ¥50) given back, a
    # pair netting to nothing (`refund_received`)
    kind: str
    amount: int
    method: str  # "offline" | "telegram" | "stars" ...
    reference: str
    actor: str
    at: datetime
    provider_reference: str = ""  # the payment provider's own charge id (Telegram Payments), if any
    option: str = ""  # a part refund by units (`退款 1-4 小杯 1`): the option they were of ("": none named)
    units: int = 0  # and how many went back (0: a part refund by amount)


@dataclass
class Order:
    id: int | None
    group_buy_id: int
    chat_id: str
    buyer_id: str
    buyer_name: str
    currency: str
    lines: list[OrderLine]
    created_at: datetime
    status: OrderStatus = OrderStatus.PENDING_PAYMENT
    history: list[StatusChange[OrderStatus]] = field(default_factory=list)
    payments: list[PaymentEvent] = field(default_factory=list)
    events: list[ev.Event] = field(default_factory=list)
    # Reservation: unpaid past `pay_by` it is cancelled (None: the app's pay window after `created_at`);
    # `reminded_at` says the buyer was reminded once already.
    pay_by: datetime | None = None
    reminded_at: datetime | None = None
    # The buyer said they paid (我已付款, /ipaid): the organiser has not confirmed it yet, and the
    # reservation waits for them (commerce.domain.collecting: a flag, not a status).
    reported_paid_at: datetime | None = None
    reported_via: str = ""  # how she said she paid (`微信转的`: "wechat"), "" when she did not say
    # the amount she said with it (`我已付款 1-2 10元`: 1000) when not the total; 0: none said (the total)
    reported_amount: int = 0
    # what the organiser said she received of it while unpaid (只收到 ¥20: 2000), kept apart from what the
    # buyer reports, so a later report she answers 未收到 does not take it away; 0: none
    received_amount: int = 0
    # what her latest report on it added (`我已付款 1-2 30元` after `… 20元`: 3000; a first short report:
    # its amount); 0: none said. With `reported_paid_at` (then the latest report's time) it tells a
    # report sent twice from a second payment
    reported_added: int = 0
    # what the report the organiser answered 未收到 (not received) said was paid beyond what she had
    # received (`我已付款 1-2` of ¥176, ¥100 received: 7600), so her `钱到了吗` hears it; 0: none, or the
    # buyer reported again since
    denied_amount: int = 0
    # The code the buyer shows at pickup (核销), given once paid (commerce.services.pickup.give_code).
    pickup_code: str | None = None
    # Its place in its group buy (`#12-3`), given by storage when the order is added (in line order at
    # the close); None until then.
    seq: int | None = None
    # Who the order is attributed to (commerce.domain.commission.Sale): the member whose share link
    # brought the buyer (None: none), and the organiser of the help-sell listing it was made in (None:
    # the group buy's own chat). Settled when the order is made, locked once it is paid.
    sharer_id: str | None = None
    help_seller_id: str | None = None
    # Made in this unit of work and not stored yet: `pull_events` then says `OrderCreated` (with the id
    # storage gave it), so no service records that event by hand.
    is_new: bool = False

    @classmethod
    def for_member(cls, group_buy: GroupBuy, lines: Sequence[Participant], *, now: datetime) -> Order:
        """The order of one buyer at the price the whole group reached: their own line and the lines of
        the friends they signed up (each named), which they pay for; with options (多规格) a line per
        option, each at that option's price less the tier's discount (commerce.domain.options)."""
        assert group_buy.id is not None and group_buy.final_unit_price is not None and lines
        title = group_buy.terms.title
        ordered = sorted(lines, key=lambda line: line.friend != "")  # their own line first
        return cls(
            id=None,
            group_buy_id=group_buy.id,
            chat_id=group_buy.chat_id,
            buyer_id=ordered[0].user_id,
            buyer_name=ordered[0].display_name,
            currency=group_buy.terms.currency,
            lines=[
                OrderLine(_description(title, line), line.quantity, _price(group_buy, line))
                for line in ordered
            ],
            created_at=now,
            is_new=True,
        )

    @property
    def number(self) -> str:
        """The order as texts name it (`12-3`, shown as `#12-3`); commands accept it back."""
        return order_label(self.group_buy_id, self.seq) if self.seq is not None else str(self.id)

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def quantity(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def reported_short(self) -> int:
        """What a report short of the total leaves to pay (`我已付款 1-2 10元` owing ¥156: 14600); 0 when
        not reported, reported with no amount, or with the whole or more."""
        if self.reported_paid_at is None or self.status is not OrderStatus.PENDING_PAYMENT:
            return 0
        return self.total - self.reported_amount if 0 < self.reported_amount < self.total else 0

    @property
    def received_part(self) -> int:
        """What the organiser said she received of an unpaid order not reported now (her 只收到 ¥20 of
        ¥156: 2000, kept as `received_amount`); 0 when none. It counts: the rest is what is still owed."""
        if self.reported_paid_at is not None or self.status is not OrderStatus.PENDING_PAYMENT:
            return 0
        return self.received_amount if 0 < self.received_amount < self.total else 0

    @property
    def received_in_whole_report(self) -> int:
        """What the organiser received (her typed 只收到 ¥50) of an order its buyer reported paying in
        full (¥90), the report standing beside it to confirm (s36 #4); 0: none, or not reported in full."""
        if self.reported_paid_at is None or self.status is not OrderStatus.PENDING_PAYMENT:
            return 0
        if self.reported_short:
            return 0
        return self.received_amount if 0 < self.received_amount < self.total else 0

    @property
    def received_in_report(self) -> int:
        """What the organiser received (只收到 ¥20) inside a short report since, which counts it in (¥20
        received, then `我已付款 1-2 30元`: reported ¥50, 2000 of it received); 0 when none, or not reported
        short. The rest of `reported_amount` is what the buyer reported."""
        if not self.reported_short:
            return 0
        return self.received_amount if 0 < self.received_amount < self.reported_amount else 0

    @property
    def received_unpaid(self) -> int:
        """What the organiser received of this unpaid order, however it stands: 只收到 ¥20 alone
        (`received_part`), beside a report of the whole (`received_in_whole_report`) or inside a short
        report (`received_in_report`: ¥50 received, then `付了 30`). It counts in 已收 and out of 待收."""
        return self.received_part or self.received_in_whole_report or self.received_in_report

    @property
    def paid_amount(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def paid_in_full(self) -> int:
        """What the buyer paid in the order's last payment (before any part refund); 0 while unpaid."""
        paid = [p for p in self.payments if p.kind in ("paid", "unpaid")]
        return paid[-1].amount if paid and paid[-1].kind == "paid" else 0

    @property
    def refunded_part(self) -> int:
        """What part refunds (部分退款) gave back of the last payment: `¥156（已退 ¥78）`; 0 when none
        (a whole refund is the order refunded, not a part)."""
        since = 0
        for index, payment in enumerate(self.payments):
            if payment.kind in ("paid", "unpaid"):
                since = index + 1
        return -sum(p.amount for p in self.payments[since:] if p.kind == "part_refunded")

    @property
    def refunded_units(self) -> dict[str, int]:
        """Units part refunds gave back of the last payment, by option (`退款 1-4 小杯 1`: {"小杯": 1};
        one with no option, "": the product's); {} when none went back by units (by amount only)."""
        since = 0
        for index, payment in enumerate(self.payments):
            if payment.kind in ("paid", "unpaid"):
                since = index + 1
        units: dict[str, int] = {}
        for payment in self.payments[since:]:
            if payment.kind == "part_refunded" and payment.units:
                units[payment.option] = units.get(payment.option, 0) + payment.units
        return units

    @property
    def pickup_code_shown(self) -> str | None:
        """The pickup code the buyer is shown: only while paid and not yet picked up (unpaid again after
        撤销已收, collected, refunded: none; 核销 takes no other)."""
        return self.pickup_code if self.status is OrderStatus.PAID else None

    def _change(self, action: str, *, actor: str, now: datetime, reason: str = "") -> None:
        change = ORDER_TRANSITIONS.move(self.status, action, actor=actor, at=now, reason=reason)
        self.status = change.to_status
        self.history.append(change)

    def mark_paid(
        self,
        *,
        actor: str,
        method: str,
        reference: str,
        amount: int,
        now: datetime,
        provider_reference: str = "",
    ) -> None:
        """Record a payment of the whole total; anything else is refused with a reason."""
        if self.status is OrderStatus.PAID:
            raise DomainError("order_already_paid", order=self.number)
        if self.status is OrderStatus.FULFILLED:  # paid, then picked up: said so, not "cannot be paid"
            raise DomainError("order_paid_and_picked_up", order=self.number)
        if self.status is not OrderStatus.PENDING_PAYMENT:
            raise DomainError("order_not_payable", order=self.number, status=self.status.value)
        if amount != self.total:
            raise DomainError("payment_amount_mismatch", order=self.number, expected=self.total, got=amount)
        self._change("pay", actor=actor, now=now, reason=f"{method} {reference}".strip())
        self.denied_amount = 0  # a 未收到 answered a report; marked paid, it is behind her
        self.payments.append(PaymentEvent("paid", amount, method, reference, actor, now, provider_reference))
        assert self.id is not None
        self.events.append(
            ev.OrderPaid(self.id, self.group_buy_id, self.buyer_id, amount, self.currency, method)
        )

    def refund(self, *, actor: str, method: str, reference: str, now: datetime, reason: str = "") -> None:
        self._change("refund", actor=actor, now=now, reason=reason)
        amount = self.paid_amount
        self.payments.append(PaymentEvent("refunded", -amount, method, reference, actor, now))
        assert self.id is not None
        self.events.append(
            ev.OrderRefunded(self.id, self.group_buy_id, self.buyer_id, amount, self.currency, method)
        )

    def refund_part(
        self,
        amount: int,
        *,
        actor: str,
        method: str,
        reference: str,
        now: datetime,
        reason: str = "",
        units: tuple[str, int] | None = None,
    ) -> bool:
        """部分退款: give `amount` (minor units) of a paid or picked-up order back; the order stays as it is
        and carries what was refunded (`refunded_part`). One that reaches what is left is the whole
        refund (`refund`): True then. Refused (`DomainError`) at 0 or below, or above what is left.
        `reference`: the message that asked for it, so the same message refunds once. `units`: the
        option and how many of its units it gives back (`退款 1-4 小杯 1`), kept with it."""
        if self.status not in (OrderStatus.PAID, OrderStatus.FULFILLED):
            raise DomainError("refund_not_paid", order=self.number)
        left = self.paid_amount
        if amount <= 0 or amount > left:
            raise DomainError("refund_part_over", order=self.number, left=format_money(left, self.currency))
        if amount == left:
            self.refund(actor=actor, method=method, reference=reference, now=now, reason=reason)
            return True
        option, count = units or ("", 0)
        self.payments.append(
            PaymentEvent("part_refunded", -amount, method, reference, actor, now, option=option, units=count)
        )
        assert self.id is not None
        self.events.append(
            ev.OrderPartRefunded(
                self.id, self.group_buy_id, self.buyer_id, amount, self.currency, method, len(self.payments)
            )
        )
        return False

    def refund_received(self, amount: int, *, actor: str, reference: str, now: datetime) -> None:
        """Money received of this unpaid order (只收到 ¥50, its `received_amount`) given back: recorded
        as the pair it was, `received` and `received_refunded` (netting to nothing, so `paid_amount` and
        every sum of payments stay as they were), so 名单's 已退款, the export and the buyer's `钱退了吗`
        can say it; the caller lowers `received_amount`."""
        self.payments.append(PaymentEvent("received", amount, "offline", "", actor, now))
        self.payments.append(PaymentEvent("received_refunded", -amount, "offline", reference, actor, now))

    @property
    def received_refunded(self) -> int:
        """What was given back of money received while unpaid (`refund_received`); 0 when none."""
        return -sum(p.amount for p in self.payments if p.kind == "received_refunded")

    def unpay(self, *, actor: str, now: datetime, reason: str = "") -> None:
        """撤销已收: a payment confirmed by mistake is taken back; the order waits for payment again.
        An append-only `unpaid` movement nets the payment to nothing (commerce.domain.unpaying says
        which orders may be; the ledger reverses what the payment posted)."""
        self._change("unpay", actor=actor, now=now, reason=reason)
        amount = self.paid_amount
        method = self.payment_method or "offline"
        self.payments.append(PaymentEvent("unpaid", -amount, method, "", actor, now))
        assert self.id is not None
        self.events.append(
            ev.OrderUnpaid(self.id, self.group_buy_id, self.buyer_id, amount, self.currency, actor)
        )

    def paid_with(self, reference: str) -> bool:
        """Whether a payment with this platform reference (a charge id) is already recorded."""
        return bool(reference) and any(p.kind == "paid" and p.reference == reference for p in self.payments)

    @property
    def payment_method(self) -> str | None:
        """How the order was paid ("offline", "telegram", "stars"), None while unpaid."""
        paid = [p for p in self.payments if p.kind in ("paid", "unpaid")]  # an undone one is unpaid
        return paid[-1].method if paid and paid[-1].kind == "paid" else None

    def due_at(self, pay_within: timedelta) -> datetime:
        """When the reservation lapses: its own `pay_by`, else `pay_within` after the order was made."""
        return self.pay_by if self.pay_by is not None else self.created_at + pay_within

    def cancel(self, *, actor: str, now: datetime, reason: str = "") -> None:
        self._change("cancel", actor=actor, now=now, reason=reason)
        assert self.id is not None
        self.events.append(ev.OrderCancelled(self.id, self.group_buy_id, self.buyer_id, actor, reason))

    def restore(self, *, actor: str, now: datetime) -> None:
        """恢复订单: a cancelled unpaid order waits for payment again, with its units (never a refunded
        one: the table has no such move)."""
        self._change("restore", actor=actor, now=now, reason=f"restored by {actor}")

    def fulfil(self, *, actor: str, now: datetime) -> None:
        """已取货: the goods were handed over. Only a paid order: pay-at-pickup is confirmed paid first."""
        if self.status is OrderStatus.FULFILLED:
            raise DomainError("order_already_picked_up", order=self.number)
        if self.status is OrderStatus.PENDING_PAYMENT:
            raise DomainError("order_not_paid_yet", order=self.number)
        if self.status is not OrderStatus.PAID:
            raise DomainError("order_not_pickable", order=self.number, status=self.status.value)
        self._change("fulfil", actor=actor, now=now)
        assert self.id is not None
        self.events.append(ev.OrderFulfilled(self.id, self.group_buy_id, self.buyer_id))

    def unfulfil(self, *, actor: str, now: datetime) -> None:
        """撤销已取: goods marked handed over by mistake; the order is paid and waits for its pickup again
        (its code shown again). Money does not move: nothing is posted."""
        if self.status is OrderStatus.PAID:
            raise DomainError("unpickup_not_picked_up", order=self.number)
        if self.status is not OrderStatus.FULFILLED:
            raise DomainError("unpickup_not_possible", order=self.number, status=self.status.value)
        self._change("unfulfil", actor=actor, now=now, reason=f"undone by {actor}")

    @property
    def handed_over_by(self) -> str | None:
        """Who marked it picked up (已取, 核销) last, while it is; None otherwise."""
        if self.status is not OrderStatus.FULFILLED:
            return None
        return next((c.actor for c in reversed(self.history) if c.to_status is OrderStatus.FULFILLED), None)

    def pull_events(self) -> list[ev.Event]:
        """What happened to this order since the last pull (creation first, once it has an id)."""
        out, self.events = self.events, []
        if self.is_new and self.id is not None:
            self.is_new = False
            out.insert(
                0, ev.OrderCreated(self.id, self.group_buy_id, self.buyer_id, self.total, self.currency)
            )
        return out


def option_of_line(title: str, line: OrderLine, options: Sequence[str]) -> str:
    """The option an order line is of, read back from its description (`粽子 小盒 (赵奶奶) — 3号楼`: 小盒;
    the longest option that fits, so `小盒` never takes `小盒加大`'s line); "" without options."""
    fits = [
        option
        for option in options
        if line.description == f"{title} {option}"
        or line.description.startswith((f"{title} {option} (", f"{title} {option} — "))
    ]
    return max(fits, key=len, default="")


def kept_quantities(order: Order, title: str, options: Sequence[str]) -> list[int]:
    """Each of the order's lines' units still to hand over: its quantity less the units part refunds
    gave back of its option (`退款 1-4 小盒 1`), taken off its lines of that option in turn (rep91 #1)."""
    back = dict(order.refunded_units)
    kept: list[int] = []
    for line in order.lines:
        option = option_of_line(title, line, options)
        taken = min(line.quantity, back.get(option, 0))
        if taken:
            back[option] -= taken
        kept.append(line.quantity - taken)
    return kept


def _price(group_buy: GroupBuy, line: Participant) -> int:
    """The unit price of a line at the close: its option's (less the tier's discount), else the group's."""
    option = group_buy.option_named(line.option) if line.option else None
    assert group_buy.final_unit_price is not None
    return group_buy.final_unit_price if option is None else group_buy.option_price(option)


def line_total(group_buy: GroupBuy, line: Participant) -> int:
    """What one line of the list comes to in its buyer's order at the close (its quantity at its price)."""
    return line.quantity * _price(group_buy, line)


def describe_line(title: str, line: Participant) -> str:
    """How an order will describe a line (`_description`): for joins not ordered yet (我的订单)."""
    return _description(title, line)


def _description(title: str, line: Participant) -> str:
    """`芒果 (小王)` for a friend's line, `芒果 5斤` for an option, `芒果 — 3号楼502` with a note: the
    organiser packs by it."""
    title = f"{title} {line.option}" if line.option else title
    text = f"{title} ({line.friend})" if line.friend else title
    return f"{text} — {line.note}" if line.note else text
