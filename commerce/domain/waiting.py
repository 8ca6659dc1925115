"""The waiting list (候补): members who want in once a sold-out group buy has room again.

Queue order is first come, first served: when the entry was made (`created_at`), then its id. A member
waits for a quantity of their own line (not a friend's) and keeps their place when they change it.

When units come free (a member leaves, the organiser raises the stock), waiting members move in in
queue order, each with the whole quantity they asked for, never part of it. An entry that does not fit
what is free is skipped, not split, and keeps its place at the front for the next units that come free:
skip-ahead, so units never sit unsold while someone further back could take them, and nobody loses
their place to someone behind them whose quantity fits. Every text about the queue says so.

A wait is never for more than there is at all (`whole_stock`: the group buy's stock, the option's):
above it, it is refused with how many could be waited for. One that can no longer ever fit (the limit
lowered since, or the member's own join meanwhile) moves in with what can (`most_ever`), so no unit
sits free beside a wait that could never take it.

With options (多规格) a member waits for an option (`候补 5斤 2`): an entry per member and option, which
moves in as a join of that option, once both the option's own stock and the group buy's have room for
it. The queue is still one, in the order people asked; a place is counted among those waiting for the
same option.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_QUANTITY, GroupBuy, ProductOption


@dataclass
class WaitingEntry:
    """One member waiting for `quantity` more units of a group buy (of its `option`, 多规格), since
    `created_at`."""

    group_buy_id: int
    user_id: str
    display_name: str
    quantity: int
    created_at: datetime
    id: int | None = None
    option: str = ""  # 多规格: the option's name; "" in a group buy without options
    listing_id: int | None = None  # 帮卖: the listing (another chat) it was waited in; None: its own chat

    @property
    def place(self) -> tuple[datetime, int]:
        """Where the entry stands in the queue (earlier first)."""
        return self.created_at, self.id or 0


def in_queue_order(entries: Iterable[WaitingEntry]) -> list[WaitingEntry]:
    return sorted(entries, key=lambda entry: entry.place)


def check_wait(
    group_buy: GroupBuy,
    *,
    have: int,
    quantity: int,
    now: datetime,
    max_per_line: int | None = None,
    option: ProductOption | None = None,
    queued: bool = False,
) -> None:
    """Whether a member holding `have` units (of `option`, with options) may wait for `quantity` more;
    a `DomainError` if not. `queued`: others wait for it already, so what is free is theirs
    (`check_queue_first`) and a wait for no more than is left is no "not needed".

    Only while it takes joins, only where stock can run out, only when the stock left (of the option
    too) cannot cover the quantity (otherwise `+N` joins at once), never above the whole stock (the
    group buy's, the option's: it could never move in), and within the per-person limit counted with
    what they hold (and the app's maximum per line, `max_per_line`). One who holds that much already is
    told so first, sold out or not (no `+N` would take her either), and a `+N` offered instead of a
    wait is never for more than she may still take.
    """
    title = group_buy.terms.title
    if not 1 <= quantity <= MAX_QUANTITY:
        raise DomainError(
            "quantity_invalid", value=quantity, most=min(max_per_line or MAX_QUANTITY, MAX_QUANTITY)
        )
    if not group_buy.is_open or group_buy.is_past_deadline(now):
        raise DomainError("group_buy_closed", id=group_buy.id, title=title, status=group_buy.status.value)
    limit = group_buy.line_limit(max_per_line)
    if limit is not None and have >= limit:  # she holds all a line may: nothing to wait for, nor to join
        _over_limit(group_buy, limit, have)
    joinable = quantity if limit is None else min(quantity, limit - have)  # a `+N` hint she may send
    left = units_left(group_buy, option)
    if option is not None:
        name = option.name
        if left is None:
            raise DomainError(
                "waitlist_option_no_stock", id=group_buy.id, title=title, option=name, quantity=joinable
            )
        if joinable <= left and not queued:
            raise DomainError(
                "waitlist_option_not_needed",
                id=group_buy.id,
                title=title,
                option=name,
                left=left,
                quantity=joinable,
            )
    if left is None:
        raise DomainError("waitlist_no_stock", id=group_buy.id, title=title, quantity=joinable)
    if joinable <= left and not queued:
        raise DomainError(
            "waitlist_not_needed",
            id=group_buy.id,
            title=title,
            left=left,
            quantity=joinable,
            unit=group_buy.terms.unit,
        )
    whole = whole_stock(group_buy, option)
    if whole is not None and have + quantity > whole and (limit is None or whole < limit):
        # more than there is at all: it could never move in (told how many could)
        raise DomainError(
            "waitlist_over_stock",
            title=title if option is None else f"{title} {option.name}",
            option="" if option is None else option.name,
            stock=whole,
            have=have,
            room=max(whole - have, 0),
        )
    if limit is not None and have + quantity > limit:
        _over_limit(group_buy, limit, have)


def _over_limit(group_buy: GroupBuy, limit: int, have: int) -> None:
    """Refuse a wait beyond the most one line may hold (`limit`), as a join beyond it is refused."""
    if limit == group_buy.terms.per_person_limit:
        raise DomainError(
            "limit_exceeded",
            limit=limit,
            have=have,
            room=max(limit - have, 0),
            title=group_buy.terms.title,
            unit=group_buy.terms.unit,
        )
    raise DomainError("quantity_too_many", limit=limit, have=have)


def whole_stock(group_buy: GroupBuy, option: ProductOption | None = None) -> int | None:
    """All the units there are (of `option` too: the smaller of its own stock and the group buy's),
    taken or not; None: no stock caps them. A wait above it could never move in."""
    stocks = [group_buy.terms.stock, None if option is None else option.stock]
    known = [stock for stock in stocks if stock is not None]
    return min(known) if known else None


def most_ever(
    group_buy: GroupBuy, option: ProductOption | None, *, have: int, max_per_line: int | None = None
) -> int | None:
    """The most a member holding `have` units (of `option`) could ever move in with: the whole stock
    and the per-line limit, less what they hold; None: nothing caps it."""
    caps = [
        cap for cap in (whole_stock(group_buy, option), group_buy.line_limit(max_per_line)) if cap is not None
    ]
    return min(caps) - have if caps else None


def option_to_wait_for(group_buy: GroupBuy, quantity: int) -> ProductOption | None:
    """The option a wait naming none is for (多规格): the only one, or the only one that cannot cover
    `quantity` (sold out, or fewer left); with several such, the `DomainError` asking which of those
    (never an option with enough left: that one is joined, not waited for). None: no options, or every
    option still covers it (the wait is then refused as not needed, naming one)."""
    options = group_buy.terms.options
    if len(options) <= 1:
        return group_buy.option_for_join("")
    short = [
        option
        for option in options
        if (left := units_left(group_buy, option)) is not None and left < quantity
    ]
    if len(short) == 1:
        return short[0]
    if not short:
        if not any(units_left(group_buy, option) is not None for option in options):
            return None  # no stock anywhere: refused as such
        raise DomainError(
            "waitlist_options_not_needed",
            id=group_buy.id,
            title=group_buy.terms.title,
            quantity=quantity,
            example=options[-1].name,
        )
    raise DomainError(
        "option_which",
        id=group_buy.id,
        title=group_buy.terms.title,
        choices=group_buy.option_choices(short),
        example=short[-1].name,
    )


def units_left(group_buy: GroupBuy, option: ProductOption | None = None) -> int | None:
    """Units still to be had (of `option` too: the smaller of its own stock left and the group buy's);
    None: no stock caps them."""
    lefts = [group_buy.stock_left, None if option is None else group_buy.option_left(option)]
    known = [left for left in lefts if left is not None]
    return min(known) if known else None


def moving_in(
    queue: Sequence[WaitingEntry], free: int, option_free: Mapping[str, int | None] | None = None
) -> list[WaitingEntry]:
    """The entries that move in when `free` units are free, in queue order (skip-ahead: an entry that
    does not fit what is still free is passed over and keeps its place). Their quantities add up to at
    most `free`; with options, those of one option to at most what `option_free` says is free of it
    (None, or no entry: no stock of its own)."""
    chosen: list[WaitingEntry] = []
    of_option = dict(option_free or {})
    for entry in in_queue_order(queue):
        own = of_option.get(entry.option)
        if 0 < entry.quantity <= free and (own is None or entry.quantity <= own):
            chosen.append(entry)
            free -= entry.quantity
            if own is not None:
                of_option[entry.option] = own - entry.quantity
    return chosen


# The most units left at which a join reads the waiting list (a wait is for more than is left, and a
# freed unit kept for it is few): above it a join reads nothing, so a plain `+1` costs no query more.
QUEUE_LOW = 5


def queue_may_hold(
    group_buy: GroupBuy, option: ProductOption | None, quantity: int, max_per_line: int | None = None
) -> bool:
    """Whether units a join of `quantity` would take may be the waiting list's, so it is worth reading:
    only where stock caps it, the join fits what is left (more is refused as sold out anyway), what is
    left is low (`QUEUE_LOW`) and less than anyone could wait for (a wait is only made, and only stays,
    for more than is left: the whole stock and the per-line limit cap it). A join with plenty left reads
    nothing."""
    left = units_left(group_buy, option)
    if left is None or not 0 < quantity <= left or left > QUEUE_LOW:
        return False
    caps = [
        cap for cap in (whole_stock(group_buy, option), group_buy.line_limit(max_per_line)) if cap is not None
    ]
    return not caps or left < min(caps)


def check_queue_first(
    group_buy: GroupBuy,
    option: ProductOption | None,
    quantity: int,
    *,
    waiting: int,
    waits: bool,
    smallest: int | None = None,
) -> None:
    """Units free that a waiting member's quantity fits (`waiting`: how many wait for them, `smallest`:
    the least any of them waits for; None: not known, taken to fit) are the queue's: a join of them from
    someone not waiting (`waits` False) is refused with how to queue, nothing joined. Units none of those
    waiting fits are anyone's (rep96 #1: one who wants more than is free keeps her place, no unit sits
    unsold), so such a join goes in; whoever waits is served in queue order when units come free
    (`moving_in`)."""
    if not waiting or waits:
        return
    left = units_left(group_buy, option)
    if smallest is not None and (left is None or smallest > left):
        return  # nobody waiting fits what is free: it is not held for them
    title = group_buy.terms.title if option is None else f"{group_buy.terms.title} {option.name}"
    raise DomainError(
        "join_held_for_waitlist",
        id=group_buy.id,
        title=title,
        free=left,
        unit=group_buy.terms.unit,
        option="" if option is None else f" {option.name}",
        quantity=quantity,
    )
