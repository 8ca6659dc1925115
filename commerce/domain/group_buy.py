"""The group buy (拼团 / 接龙): terms, participants, the price reached, and its life from open to close.

The aggregate is persistence-free. Its rules are checked here against a snapshot; storage repeats the
guards that concurrency can break (stock, per-person limit, still open) in one conditional write, so
the domain decides and the database guarantees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from commerce.domain import events as ev
from commerce.domain.errors import DomainError
from commerce.domain.money import MAX_MINOR, exponent, format_money
from commerce.domain.payments import AMOUNT_LIMITS, STARS
from commerce.domain.transitions import StatusChange, TransitionTable

MAX_TITLE = 80
MAX_PAYMENT_NOTE = 200  # "WeChat transfer to Amy, or cash at pickup": a sentence, not an essay
MAX_QUANTITY = 9999
MIN_DURATION = timedelta(minutes=1)
MAX_DURATION = timedelta(days=90)


class GroupBuyStatus(StrEnum):
    OPEN = "open"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    FULFILLED = "fulfilled"


GROUP_BUY_TRANSITIONS: TransitionTable[GroupBuyStatus] = TransitionTable(
    "group_buy",
    {
        (GroupBuyStatus.OPEN, "succeed"): GroupBuyStatus.SUCCEEDED,
        (GroupBuyStatus.OPEN, "fail"): GroupBuyStatus.FAILED,
        (GroupBuyStatus.OPEN, "cancel"): GroupBuyStatus.CANCELLED,
        (GroupBuyStatus.SUCCEEDED, "fulfil"): GroupBuyStatus.FULFILLED,
    },
)


@dataclass(frozen=True, order=True)
class PriceTier:
    """From `min_quantity` units in total, everyone pays `unit_price` (minor units) each."""

    min_quantity: int
    unit_price: int


def cleaned_payment_note(text: str) -> str:
    """The note on one line; `DomainError("payment_note_too_long")` when it is longer than a sentence."""
    note = " ".join(text.split())
    if len(note) > MAX_PAYMENT_NOTE:
        raise DomainError("payment_note_too_long", max=MAX_PAYMENT_NOTE)
    return note


@dataclass(frozen=True)
class Terms:
    """What the organiser announced. Validated once, when the group buy opens."""

    title: str
    unit_price: int
    currency: str = "CNY"
    tiers: tuple[PriceTier, ...] = ()
    target: int = 1
    stock: int | None = None
    per_person_limit: int | None = None
    deadline: datetime | None = None
    pickup: str = ""
    payment_note: str = ""  # how buyers pay offline (收款方式): "转账给 Amy 微信", "cash at pickup"

    def validated(self, now: datetime) -> Terms:
        """These terms with tiers sorted, or a `DomainError` naming the first thing wrong."""
        title = " ".join(self.title.split())
        if not title:
            raise DomainError("title_missing")
        if len(title) > MAX_TITLE:
            raise DomainError("title_too_long", max=MAX_TITLE)
        exponent(self.currency)
        if not 0 < self.unit_price <= MAX_MINOR:
            raise DomainError("price_not_positive", value=str(self.unit_price))
        stars = AMOUNT_LIMITS[STARS].maximum
        if self.currency == STARS and self.unit_price > stars:  # Stars are only paid online
            raise DomainError("stars_price_too_high", max=stars)
        tiers = tuple(sorted(self.tiers))
        previous_qty, previous_price = 1, self.unit_price
        for tier in tiers:
            if tier.min_quantity <= previous_qty:
                raise DomainError("tier_quantity_invalid", quantity=tier.min_quantity)
            if not 0 < tier.unit_price < previous_price:
                raise DomainError(
                    "tier_price_not_lower",
                    quantity=tier.min_quantity,
                    price=format_money(tier.unit_price, self.currency),
                    previous=format_money(previous_price, self.currency),
                )
            previous_qty, previous_price = tier.min_quantity, tier.unit_price
        if not 1 <= self.target <= MAX_QUANTITY:
            raise DomainError("target_invalid", value=self.target)
        if self.stock is not None:
            if not 1 <= self.stock <= MAX_QUANTITY * 100:
                raise DomainError("stock_invalid", value=self.stock)
            if self.stock < self.target:
                raise DomainError("stock_below_target", stock=self.stock, target=self.target)
        if self.per_person_limit is not None and not 1 <= self.per_person_limit <= MAX_QUANTITY:
            raise DomainError("limit_invalid", value=self.per_person_limit)
        payment_note = cleaned_payment_note(self.payment_note)
        deadline = self.deadline or now + timedelta(hours=24)
        if deadline.tzinfo is None:
            raise ValueError("deadline must be timezone-aware")
        if deadline < now + MIN_DURATION:
            raise DomainError("deadline_in_past")
        if deadline > now + MAX_DURATION:
            raise DomainError("deadline_too_far", days=MAX_DURATION.days)
        return Terms(
            title=title,
            unit_price=self.unit_price,
            currency=self.currency,
            tiers=tiers,
            target=self.target,
            stock=self.stock,
            per_person_limit=self.per_person_limit,
            deadline=deadline,
            pickup=self.pickup.strip(),
            payment_note=payment_note,
        )


@dataclass
class Participant:
    """One line of the 接龙 list: who, how many, since when."""

    user_id: str
    display_name: str
    quantity: int
    joined_at: datetime
    friends: tuple[str, ...] = ()  # names of friends signed up by this member (+1 帮 小王)


@dataclass
class GroupBuy:
    """A group buy in one chat. `sold` is the total quantity of all participants."""

    id: int | None
    chat_id: str
    organiser_id: str
    organiser_name: str
    terms: Terms
    created_at: datetime
    status: GroupBuyStatus = GroupBuyStatus.OPEN
    sold: int = 0
    lang: str = "zh"
    closed_at: datetime | None = None
    final_unit_price: int | None = None
    history: list[StatusChange[GroupBuyStatus]] = field(default_factory=list)
    events: list[ev.Event] = field(default_factory=list)
    # Opened in this unit of work: `pull_events` says `GroupBuyOpened` once storage gave it an id.
    is_new: bool = False

    # -- opening -------------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        *,
        chat_id: str,
        organiser_id: str,
        organiser_name: str,
        terms: Terms,
        now: datetime,
        lang: str = "zh",
    ) -> GroupBuy:
        return cls(
            id=None,
            chat_id=chat_id,
            organiser_id=organiser_id,
            organiser_name=organiser_name,
            terms=terms.validated(now),
            created_at=now,
            lang=lang,
            is_new=True,
        )

    # -- reading -------------------------------------------------------------------------------------
    @property
    def deadline(self) -> datetime:
        assert self.terms.deadline is not None  # set by Terms.validated
        return self.terms.deadline

    @property
    def is_open(self) -> bool:
        return self.status is GroupBuyStatus.OPEN

    def unit_price_for(self, total_quantity: int) -> int:
        """The best tier reached at `total_quantity` units (the base price below the first tier)."""
        price = self.terms.unit_price
        for tier in self.terms.tiers:
            if total_quantity >= tier.min_quantity:
                price = tier.unit_price
        return price

    @property
    def current_unit_price(self) -> int:
        if self.final_unit_price is not None:
            return self.final_unit_price
        return self.unit_price_for(self.sold)

    def next_tier(self) -> tuple[int, PriceTier] | None:
        """(units still needed, the tier) for the next cheaper price, or None at the best tier."""
        for tier in self.terms.tiers:
            if self.sold < tier.min_quantity:
                return tier.min_quantity - self.sold, tier
        return None

    @property
    def stock_left(self) -> int | None:
        return None if self.terms.stock is None else self.terms.stock - self.sold

    @property
    def target_reached(self) -> bool:
        return self.sold >= self.terms.target

    def is_past_deadline(self, now: datetime) -> bool:
        return now >= self.deadline

    def may_manage(self, user_id: str, *, is_admin: bool) -> bool:
        return is_admin or user_id == self.organiser_id

    # -- joining and leaving -------------------------------------------------------------------------
    def _ensure_open(self, now: datetime) -> None:
        if not self.is_open or self.is_past_deadline(now):
            raise DomainError("group_buy_closed", id=self.id, title=self.terms.title)

    def join(
        self,
        current: Participant | None,
        *,
        user_id: str,
        display_name: str,
        quantity: int,
        now: datetime,
        friend: str = "",
    ) -> Participant:
        """Add `quantity` units for this member (for `friend`, if named); returns their line as it stands.

        The order stays the member's: a friend's name only shows on the line, who the units are for.
        """
        if not 1 <= quantity <= MAX_QUANTITY:
            raise DomainError("quantity_invalid", value=quantity)
        self._ensure_open(now)
        had = current.quantity if current else 0
        limit = self.terms.per_person_limit
        if limit is not None and had + quantity > limit:
            raise DomainError("limit_exceeded", limit=limit, have=had, title=self.terms.title)
        left = self.stock_left
        if left is not None and quantity > left:
            if left <= 0:
                raise DomainError("sold_out", title=self.terms.title)
            raise DomainError("not_enough_stock", left=left, title=self.terms.title)
        self.sold += quantity
        line = Participant(
            user_id=user_id,
            display_name=display_name or (current.display_name if current else user_id),
            quantity=had + quantity,
            joined_at=current.joined_at if current else now,
            friends=_with_friend(current.friends if current else (), friend.strip()),
        )
        assert self.id is not None
        self.events.append(ev.Joined(self.id, user_id, quantity, line.quantity))
        return line

    def leave(self, current: Participant | None, *, quantity: int | None, now: datetime) -> Participant:
        """Remove `quantity` units (all of them when None); a line at 0 is off the list."""
        self._ensure_open(now)
        if current is None or current.quantity == 0:
            raise DomainError("not_joined", title=self.terms.title)
        drop = current.quantity if quantity is None else quantity
        if not 1 <= drop <= MAX_QUANTITY:
            raise DomainError("quantity_invalid", value=drop)
        drop = min(drop, current.quantity)
        self.sold -= drop
        line = Participant(
            current.user_id, current.display_name, current.quantity - drop, current.joined_at, current.friends
        )
        assert self.id is not None
        self.events.append(ev.Left(self.id, current.user_id, drop, line.quantity))
        return line

    # -- closing -------------------------------------------------------------------------------------
    def _change(self, action: str, *, actor: str, now: datetime, reason: str) -> None:
        change = GROUP_BUY_TRANSITIONS.move(self.status, action, actor=actor, at=now, reason=reason)
        self.status = change.to_status
        self.history.append(change)

    def close(self, *, actor: str, is_admin: bool, now: datetime) -> None:
        """截单: the organiser stops it early; allowed once the target is reached."""
        if not self.may_manage(actor, is_admin=is_admin):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        if not self.is_open:
            raise DomainError("group_buy_closed", id=self.id, title=self.terms.title)
        if not self.target_reached:
            raise DomainError("target_not_reached", sold=self.sold, target=self.terms.target)
        self._succeed(actor=actor, now=now, reason="closed by organiser")

    def cancel(self, *, actor: str, is_admin: bool, now: datetime) -> None:
        """取消: the organiser calls it off; nobody is charged."""
        if not self.may_manage(actor, is_admin=is_admin):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        if not self.is_open:
            raise DomainError("group_buy_closed", id=self.id, title=self.terms.title)
        self._change("cancel", actor=actor, now=now, reason="cancelled by organiser")
        self.closed_at = now
        assert self.id is not None
        self.events.append(ev.Cancelled(self.id, self.chat_id))

    def expire(self, *, now: datetime) -> bool:
        """At the deadline: succeeded if the target was reached, else failed. False if not due."""
        if not self.is_open or not self.is_past_deadline(now):
            return False
        if self.target_reached:
            self._succeed(actor="system", now=now, reason="deadline reached")
        else:
            self._change(
                "fail", actor="system", now=now, reason=f"target not reached: {self.sold}/{self.terms.target}"
            )
            self.closed_at = now
            assert self.id is not None
            self.events.append(ev.Failed(self.id, self.chat_id, "target_not_reached"))
        return True

    def _succeed(self, *, actor: str, now: datetime, reason: str) -> None:
        self._change("succeed", actor=actor, now=now, reason=reason)
        self.closed_at = now
        self.final_unit_price = self.unit_price_for(self.sold)
        assert self.id is not None
        self.events.append(ev.Succeeded(self.id, self.chat_id))

    def fulfil(self, *, actor: str, is_admin: bool, now: datetime) -> None:
        if not self.may_manage(actor, is_admin=is_admin):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        self._change("fulfil", actor=actor, now=now, reason="goods handed out")
        assert self.id is not None
        self.events.append(ev.GroupBuyFulfilled(self.id, self.chat_id))

    def pull_events(self) -> list[ev.Event]:
        """What happened since the last pull (the opening first, once it has an id)."""
        out, self.events = self.events, []
        if self.is_new and self.id is not None:
            self.is_new = False
            out.insert(0, ev.GroupBuyOpened(self.id, self.chat_id, self.deadline.isoformat()))
        return out


def _with_friend(friends: tuple[str, ...], friend: str) -> tuple[str, ...]:
    return (*friends, friend) if friend and friend not in friends else friends
