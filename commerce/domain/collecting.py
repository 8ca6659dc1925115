"""Getting paid: a buyer's "I have paid" (我已付款) and the organiser's reminders (催款).

A report is not an order status. The order's status says what the organiser (or a payment platform)
confirmed: paid, picked up, refunded. "Reported paid" is only the buyer's word that the money is on its
way, and it can be taken back by the organiser ("not received"). As a status it would sit between
`pending_payment` and `paid`, and every rule that asks "is it still owed?" (the paid count, /pay,
已收 @name, refunds, the unpaid reminders) would have to learn it, with three more moves in the
table. As a timestamp on the order (`Order.reported_paid_at`) those rules stay right, and only three
things read it: the card (💸 beside ✅), the reminders (a buyer who reported is not chased), and the
reservation, which waits for the organiser instead of cancelling a reported order at its pay-by time.

Reminders: `/remind` at most once per group buy every `REMIND_EVERY`; and, with a reminder time set
(TUAN_PICKUP_REMINDER), once on the evening before the pickup time the organiser gave with `/pickup`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.order import Order, OrderStatus

REMIND_EVERY = timedelta(hours=6)
# the same short amount reported again this soon after the report (`我已付款 1-2 10元` sent twice, as a
# buyer does who sees no answer at once) is that report repeated, not a top-up: nothing is added
REPORT_REPEATED_WITHIN = timedelta(minutes=10)


class TooSoon(DomainError):
    """`/remind` within `REMIND_EVERY` of the last reminder: `last` it was, `next` it may be again."""

    def __init__(self, *, group_buy_id: int, last: datetime) -> None:
        super().__init__("remind_too_soon", id=group_buy_id)
        self.last = last
        self.next = last + REMIND_EVERY


@dataclass(frozen=True)
class Owing:
    """One order waiting for payment, as a reminder names it: who, how much, and whether they said
    they paid (`reported`: they are not chased, the organiser is asked to confirm)."""

    order_id: int
    number: str  # as texts name it (`12-3`)
    buyer_id: str
    buyer_name: str
    total: int
    currency: str
    reported: bool = False
    received: int = 0  # what the organiser received of it, not reported since (只收到 ¥20: 2000)


def may_remind(last: datetime | None, now: datetime) -> bool:
    """Whether a group buy last reminded at `last` (None: never) may be reminded at `now`."""
    return last is None or now >= last + REMIND_EVERY


def check_reportable(order: Order) -> None:
    """Refuse, with the reason the buyer reads, an order whose payment cannot be reported now."""
    if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED):
        raise DomainError("order_already_paid", order=order.number)
    if order.status is OrderStatus.CANCELLED:
        raise DomainError("report_cancelled", order=order.number)
    if order.status is OrderStatus.REFUNDED:
        raise DomainError("report_refunded", order=order.number)
    if order.reported_paid_at is not None:
        raise DomainError("payment_already_reported", order=order.number)


def rest_unreported(order: Order) -> int:
    """What is left of an order its buyer reported paying in full once the organiser said only part of it
    came (`我付了` of ¥63, then `只收到 1-1 30`: 3300), while she has not reported paying that rest since;
    0 otherwise. Her `我付了` is then the rest paid (rep81 #4), never "reported already": a report of the
    rest adds exactly it (`reported_added`), and a further 只收到 leaves a new rest to report."""
    received = order.received_in_whole_report
    if not received:
        return 0
    rest = order.total - received
    return rest if order.reported_added != rest else 0


def is_reported(order: Order) -> bool:
    """Reported and still waiting for the organiser (a confirmed order keeps its report time)."""
    return order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None


@dataclass(frozen=True)
class PickupEvening:
    """The pickups to remind of at one moment: each from `at` (chat time) on the day before it until the
    pickup itself. `starts` is now (a pickup gone by is never reminded), `ends` the midnight after the
    last day whose evening has come (tomorrow's from `at`, else today's). `today` begins at `late_from`:
    a pickup today whose evening passed while the bot was down is reminded late, that morning, as long
    as its group buy had closed before that midnight (one closed today has just said its pickup)."""

    day: date  # today, in chat time
    starts: datetime
    ends: datetime
    late_from: datetime

    def is_today(self, pickup_at: datetime) -> bool:
        """Whether a pickup is later today (its reminder is a late one: 今天, not 明天)."""
        return pickup_at < self.late_from + timedelta(days=1)

    def same_day(self, at: datetime | None, other: datetime | None) -> bool:
        """Whether two pickup times fall on the same day in chat time."""
        tz = self.late_from.tzinfo
        return (
            at is not None and other is not None and at.astimezone(tz).date() == other.astimezone(tz).date()
        )

    def may_remind(self, pickup_at: datetime, closed_at: datetime | None) -> bool:
        """A pickup later today is reminded only if its evening found its group buy closed already."""
        if not self.is_today(pickup_at):
            return True
        return closed_at is not None and closed_at < self.late_from


def pickup_evening(now: datetime, *, at: time, tz: ZoneInfo) -> PickupEvening:
    """The pickups to remind of at `now`: from `at` until midnight (chat time), tomorrow's and what is
    left of today's; before `at`, what is left of today's (the evening before passed: a bot down then,
    or with its clock moved past it, reminds late rather than never)."""
    local = now.astimezone(tz)
    today = local.date()
    midnight = datetime.combine(today, time(0), tzinfo=tz)
    last = today + timedelta(days=1) if local.time() >= at else today
    ends = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz)
    return PickupEvening(today, now, ends, midnight)
