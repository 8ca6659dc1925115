"""The organiser's list (名单 in private, /export): every line of a group buy with its order's money.

What the card shows everyone is who joined; what the organiser needs to pack, collect and chase is more:
each line's quantity, note and amount, the order it is paid in (a member's friends' lines are paid in
the member's order, whose total stands on the member's first line), whether that order is unpaid,
reported paid (the buyer says so; not confirmed), paid, picked up, cancelled or refunded, and the
totals: units, amount, money collected and outstanding. A read model: built from the group buy, its
lines and its orders, it changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.guests import is_guest
from commerce.domain.money import allocate
from commerce.domain.order import REFUND_KINDS, Order, OrderStatus


class Payment(StrEnum):
    """Where a line's money stands (its order's, from the organiser's side)."""

    NONE = "none"  # no order yet: the group buy is open
    UNSOLD = "unsold"  # no order ever: the group buy failed or was called off, nothing of it was sold
    UNPAID = "unpaid"
    REPORTED = "reported"  # the buyer reported paying; the organiser has not confirmed it yet
    PAID = "paid"
    PICKED_UP = "picked_up"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


_BY_STATUS = {
    OrderStatus.PENDING_PAYMENT: Payment.UNPAID,
    OrderStatus.PAID: Payment.PAID,
    OrderStatus.FULFILLED: Payment.PICKED_UP,
    OrderStatus.CANCELLED: Payment.CANCELLED,
    OrderStatus.REFUNDED: Payment.REFUNDED,
}
SOLD_NOTHING = frozenset({GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED})  # no order was ever made


def units_sold(status: GroupBuyStatus, joined: int, dropped: int) -> int:
    """The units a group buy sold, as every view counts them (/mine, 名单, the export, the console): the
    units joined less those of refunded and cancelled orders; a failed or cancelled one sold none (its
    lines stay stored as what was asked for)."""
    return 0 if status in SOLD_NOTHING else joined - dropped


def reported_paid(order: Order) -> bool:
    """Whether the buyer reported paying an order still unpaid (我已付款, commerce.domain.collecting)."""
    return order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None


def reported_sum(order: Order) -> int:
    """What a report awaiting confirmation says was paid: the amount she said when short of the total
    (`我已付款 1-2 10元` owing ¥156: 1000), else the total."""
    return order.reported_amount if order.reported_short else order.total


def was_picked_up(order: Order) -> bool:
    """Whether the order's goods were collected (核销): picked up, or refunded after it (found bad)."""
    if order.status is OrderStatus.FULFILLED:
        return True
    if order.status is not OrderStatus.REFUNDED:
        return False
    for change in reversed(order.history):
        if change.action == "unfulfil":  # 撤销已取: it was not collected after all
            return False
        if change.to_status is OrderStatus.FULFILLED:
            return True
    return False


def payment_of(order: Order | None) -> Payment:
    if order is None:
        return Payment.NONE
    if reported_paid(order):
        return Payment.REPORTED
    return _BY_STATUS[order.status]


@dataclass(frozen=True)
class RosterLine:
    """One line of the list. `order_total` stands on the first line of each order only (None on the
    lines of the friends it also pays for), so the totals of a column add up to what is owed."""

    n: int
    name: str
    friend: str
    quantity: int
    note: str
    amount: int  # quantity × the unit price (reached at the close; the current one while it is open)
    order: str | None  # the order's number (`12-3`) once it has one
    order_total: int | None
    payment: Payment
    pickup: str
    option: str = ""  # 多规格: the line's option ("" without options)
    unit_price: int = 0  # what a unit of this line costs (its option's price, with options)
    listing_id: int | None = None  # 帮卖: the listing the line was made in (None: the group buy's chat)
    picked_up: bool = False  # its goods were collected (kept once the order is refunded after pickup)
    # 代报: the organiser who added a guest's line, or made a member's for her ("" on any other line)
    reported_by: str = ""
    guest_code: str = ""  # 代报: a guest's pickup code while paid, not picked up (the organiser passes it on)
    user_id: str = ""  # the member whose line it is (a friend's line: the member who added it)
    # 部分退款: what part refunds gave back of its order (on the line carrying `order_total`; 0: none)
    order_refunded: int = 0
    reported_via: str = ""  # a reported payment's way, as she said it (`微信转的`: "wechat"), else ""
    # a report short of the order's total (`我已付款 1-2 10元` owing ¥156): what she said (1000) and what
    # it leaves to pay (14600), on the line carrying `order_total`; unpaid with part received (只收到
    # ¥20): that part and what is left; 0 and 0 otherwise
    reported_amount: int = 0
    reported_gap: int = 0
    # reported paid in full, with part of it received (只收到 1-2 50 typed on her report of ¥90, s36 #4):
    # that part (5000), on the line carrying `order_total`; 0 otherwise
    reported_received: int = 0
    # 部分退款 by units (`退款 1-4 小杯 1`): how many of this line's units went back (its order's refunded
    # units of its option, on the buyer's lines of it in turn; 0: none)
    refunded_units: int = 0

    @property
    def counts(self) -> bool:
        """Whether the line counts in the totals: not of a refunded or cancelled order, nor of a group
        buy that sold nothing (still listed)."""
        return self.payment not in (Payment.REFUNDED, Payment.CANCELLED, Payment.UNSOLD)


@dataclass(frozen=True)
class OptionTotal:
    """多规格: the units and amount of one option over the whole list, with what part refunds gave back
    of it (`refunded`, said beside the amount as the totals line says it: `大盒：2 份，¥186，已退 ¥93，退款后
    ¥93`) and the units they gave back (`units_back`, left out of `units`, said beside them: rep81 #11)."""

    option: str
    units: int
    amount: int
    refunded: int = 0
    units_back: int = 0
    units_back_amount: int = 0  # what the units given back cost: out of `amount`, kept units' (rep84 #5)

    @property
    def kept_amount(self) -> int:
        """The money of the units kept (`units`), as `Roster.kept_amount`."""
        return self.amount - self.units_back_amount


@dataclass(frozen=True)
class Roster:
    group_buy: GroupBuy
    lines: list[RosterLine]
    unit_price: int
    units: int  # of the lines that count (`RosterLine.counts`)
    amount: int
    orders: int  # orders that count (not cancelled, not refunded)
    collected: int  # received: payments net of refunds
    outstanding: int  # owed by unpaid orders (those reported paid included)
    reported: int  # of `outstanding`: reported paid, awaiting the organiser's confirmation
    unpaid_orders: int
    reported_orders: int
    paid_orders: int  # paid, picked up or not
    picked_up_orders: int
    by_option: tuple[OptionTotal, ...] = ()  # 多规格: each option's units and amount, in the options' order
    refunded: int = 0  # given back by refunds, part ones too (collected + refunded: all ever received)
    dropped_lines: int = 0  # lines of refunded or cancelled orders: listed, not counted
    own: int = 0  # of `collected`: the organiser's own order, recorded paid when made (not money she got)

    @property
    def sold_nothing(self) -> bool:
        """A failed or cancelled group buy: its lines are what was asked for, no sale and no money."""
        return self.group_buy.status in SOLD_NOTHING

    @property
    def part_refunded(self) -> int:
        """What part refunds (`退款 1-2 ¥30`, `退款 1-2 大盒 1`) gave back of the orders that count: out of
        `amount`, said beside it (`合计：2 份，¥144，已退 ¥78，退款后 ¥66`)."""
        return sum(line.order_refunded for line in self.lines if line.counts)

    @property
    def units_back(self) -> int:
        """Units part refunds gave back (`退款 1-2 大盒 1`) of the orders that count: left out of `units`."""
        return sum(line.refunded_units for line in self.lines if line.counts)

    @property
    def kept_amount(self) -> int:
        """The money of the units kept (`units`): `amount` less what the units given back cost, so the
        totals line says units and money of the same lines (`合计：1 份，¥20`, not `¥40`: rep84 #5)."""
        return self.amount - sum(line.refunded_units * line.unit_price for line in self.lines if line.counts)

    @property
    def currency(self) -> str:
        return self.group_buy.terms.currency

    @property
    def has_orders(self) -> bool:
        return self.group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)

    def by_pickup(self) -> dict[str, list[RosterLine]]:
        """The lines per pickup point, in the order the points first appear (one today: a group buy
        has one pickup point; an export makes a sheet of each)."""
        points: dict[str, list[RosterLine]] = {}
        for line in self.lines:
            points.setdefault(line.pickup, []).append(line)
        return points or {self.group_buy.terms.pickup: []}


def build(group_buy: GroupBuy, participants: Sequence[Participant], orders: Sequence[Order]) -> Roster:
    """The organiser's list of `group_buy` from its lines (in join order) and its orders."""
    price = group_buy.final_unit_price or group_buy.current_unit_price
    unsold = group_buy.status in SOLD_NOTHING  # its lines were asked for, never sold: no amount
    by_buyer = {order.buyer_id: order for order in orders}
    totalled: set[int] = set()
    lines: list[RosterLine] = []
    units_back = {  # 部分退款 by units: each paid order's, by option, given to its lines in turn
        order.buyer_id: dict(order.refunded_units)
        for order in orders
        if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
    }
    for n, line in enumerate(participants, 1):
        order = by_buyer.get(line.user_id)
        back = units_back.get(line.user_id, {})
        line_back = min(line.quantity, back.get(line.option, 0))
        if line_back:
            back[line.option] -= line_back
        total, part, short, received = None, 0, 0, 0
        if order is not None and order.id is not None and order.id not in totalled:
            totalled.add(order.id)
            total = order.total
            part = order.refunded_part if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED) else 0
            # reported short, or part received (只收到 ¥20): what is left
            short = order.reported_short or (order.total - order.received_part if order.received_part else 0)
            # her report standing beside a part received (whole, s36 #4; short, s37: `付了 30` after ¥50)
            received = order.received_in_whole_report or order.received_in_report
        option = group_buy.option_named(line.option) if line.option else None
        line_price = price if option is None else group_buy.option_price(option)
        lines.append(
            RosterLine(
                n=n,
                name=line.display_name,
                friend=line.friend,
                quantity=line.quantity,
                note=line.note,
                amount=0 if unsold else line.quantity * line_price,
                order=order.number if order is not None else None,
                order_total=total,
                payment=Payment.UNSOLD if unsold else payment_of(order),
                pickup=group_buy.terms.pickup,
                option=line.option,
                unit_price=line_price,
                listing_id=line.listing_id,
                picked_up=order is not None and was_picked_up(order),
                # a member's line the organiser made for her is marked as hers (rep100 #3)
                reported_by=group_buy.organiser_name if is_guest(line.user_id) else line.added_by,
                guest_code=(order.pickup_code_shown or "") if order and is_guest(line.user_id) else "",
                user_id=line.user_id,
                order_refunded=part,
                reported_via=order.reported_via if order is not None else "",
                reported_amount=_said_or_received(order) if short else 0,
                reported_gap=short,
                reported_received=received,
                refunded_units=line_back,
            )
        )
    counted = [o for o in orders if o.status not in (OrderStatus.CANCELLED, OrderStatus.REFUNDED)]
    unpaid = [o for o in counted if o.status is OrderStatus.PENDING_PAYMENT]
    reported = [o for o in unpaid if reported_paid(o)]
    return Roster(
        group_buy=group_buy,
        lines=lines,
        unit_price=price,
        units=sum(line.quantity - line.refunded_units for line in lines if line.counts),  # net of units back
        amount=sum(line.amount for line in lines if line.counts),
        orders=len(counted),
        # 只收到 ¥20 of an unpaid order is received: in 已收 and out of 待收, so the two add up to 合计
        # (beside her report of the whole too, s36 #4: ¥50 of her ¥90 in 已收, ¥40 reported to confirm)
        collected=sum(order.paid_amount for order in orders) + sum(_received_of(order) for order in unpaid),
        outstanding=sum(order.total - _received_of(order) for order in unpaid),  # 只收到 ¥20: counted
        reported=sum(
            reported_sum(order) - order.received_in_whole_report - order.received_in_report
            for order in reported
        ),
        unpaid_orders=len(unpaid) - len(reported),
        reported_orders=len(reported),
        paid_orders=len(counted) - len(unpaid),
        picked_up_orders=sum(1 for o in counted if o.status is OrderStatus.FULFILLED),
        by_option=option_totals(group_buy, lines),
        refunded=sum(  # whole refunds, part refunds (部分退款) and money received while unpaid given back
            -p.amount for order in orders for p in order.payments if p.kind in REFUND_KINDS
        ),
        dropped_lines=sum(1 for line in lines if line.payment in (Payment.REFUNDED, Payment.CANCELLED)),
        own=sum(order.paid_amount for order in orders if _own(order, group_buy)),
    )


def _own(order: Order, group_buy: GroupBuy) -> bool:
    """The organiser's own order, paid by being hers (its payment's reference `own`, `own:<id>`: as
    commerce.services.own_orders.is_own, which the domain does not import)."""
    return order.buyer_id == group_buy.organiser_id and any(
        p.kind == "paid" and (p.reference == "own" or p.reference.startswith("own:")) for p in order.payments
    )


def option_totals(group_buy: GroupBuy, lines: Sequence[RosterLine]) -> tuple[OptionTotal, ...]:
    """多规格: each option's units and amount over `lines` (every option, sold or not; none without),
    and what part refunds gave back of it (`part_refunds_by_option`)."""
    given = part_refunds_by_option(lines)
    return tuple(
        OptionTotal(
            option.name,
            sum(  # net of the units part refunds gave back (`退款 1-4 小杯 1`)
                line.quantity - line.refunded_units
                for line in lines
                if line.option == option.name and line.counts
            ),
            sum(line.amount for line in lines if line.option == option.name and line.counts),
            given.get(option.name, 0),
            sum(line.refunded_units for line in lines if line.option == option.name and line.counts),
            sum(
                line.refunded_units * line.unit_price
                for line in lines
                if line.option == option.name and line.counts
            ),
        )
        for option in group_buy.terms.options
    )


def part_refunds_by_option(lines: Sequence[RosterLine]) -> dict[str, int]:
    """部分退款 by option: what part refunds gave back of each option, adding up to the part refunds the
    totals take out. Units given back (`退款 1-2 小盒 1`) are their own option's, at their price, once;
    what went back by amount (`退款 1-2 ¥20`: the order's part refunds less those units' money) is
    shared over what the order still holds (its units kept, in proportion to their money, in whole
    minor units by the largest remainder: `commerce.domain.money.allocate`), so no option is said to
    have lost more than it holds and the options' `退款后` add up to the 合计's (rep85 #1: the whole
    refunded money was shared over every line, a ¥33 unit refund counted again in 大盒's ¥25.88)."""
    orders: dict[str, list[RosterLine]] = {}
    for line in lines:
        if line.order and line.counts:
            orders.setdefault(line.order, []).append(line)
    given: dict[str, int] = {}
    for held in orders.values():
        for line in held:
            if line.refunded_units:
                given[line.option] = given.get(line.option, 0) + line.refunded_units * line.unit_price
        units_back = sum(line.refunded_units * line.unit_price for line in held)
        back = sum(line.order_refunded for line in held) - units_back  # by amount
        if back <= 0:
            continue
        kept = [max(line.amount - line.refunded_units * line.unit_price, 0) for line in held]
        # whole minor units adding up exactly, each within one of its exact share (largest remainder,
        # s39: the last line took every cent left); nothing kept: the last line carries it, as before
        shares = allocate(back, kept) if sum(kept) > 0 else [0] * (len(held) - 1) + [back]
        for line, share in zip(held, shares, strict=True):
            if share:
                given[line.option] = given.get(line.option, 0) + share
    return given


@dataclass(frozen=True)
class GroupBuySummary:
    """One group buy in the organiser's `/mine`: what it is, where it stands, and its money."""

    id: int
    chat_id: str
    title: str
    status: GroupBuyStatus
    currency: str
    deadline: datetime
    sold: int  # units joined, less those of refunded and cancelled orders (as the list's total)
    orders: int  # orders that count (not cancelled, not refunded)
    collected: int  # payments net of refunds
    outstanding: int  # owed by unpaid orders
    refunded: int = 0  # units of refunded orders (not in `sold`)
    unit: str = ""  # the unit it is sold in (`斤`: `6斤`), "" by the 份
    target: int = 1  # 1: opened without one (failed: it ended with nobody joining, as the chat was told)
    # money refunds gave back, whole and part ones and money received while unpaid (not in `collected`): as
    # `名单`'s `已退款 ¥40` (`Roster.refunded`; it said part refunds only, rep84 #5)
    refunded_money: int = 0
    cancelled: int = 0  # units of orders cancelled unpaid (not in `sold`), said as its card says them


def _received_of(order: Order) -> int:
    """What the organiser received of an unpaid order (只收到 ¥20), beside a report (whole or short) too."""
    return order.received_unpaid


def _said_or_received(order: Order | None) -> int:
    """An unpaid order's part: what she reported short (`我已付款 1-2 10元`), else what the organiser
    received of it (只收到 ¥20); 0: none."""
    if order is None:
        return 0
    return order.reported_amount if order.reported_short else order.received_part
