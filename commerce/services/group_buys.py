"""Use cases of group buys. Each takes an open unit of work; the caller commits (one per update).

Big group buys stay cheap. A card reads the first lines of the list and counts the rest (`card`), so a
join's card costs the same at 5 and at 5,000 participants. A success writes its orders in batches: the
close itself writes the status and the first `ORDER_BATCH` lines' orders; when more remain it records
how far it got (`orders_upto` of the group buy) in the same transaction, and the caller commits, then
calls `continue_orders` in a new unit of work per batch, each committed with its orders' messages. On
SQLite (one writer) each batch holds the database for a few milliseconds, so other chats' commands
run between batches instead of waiting for the whole close. Orders are keyed by group buy and buyer
(a unique index), so a batch written twice (a retry, two processes) makes no second order; a crash
between batches leaves `orders_upto` set, and the deadline sweep (`open_deadlines` lists such group
buys at their close time) calls `continue_orders` until none are pending.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from commerce.domain.ask_relevance import chinese_names, is_product_word, not_product_words, product_named
from commerce.domain.attribution import DEFAULT_WINDOW
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.events import Event, Joined
from commerce.domain.group_buy import (
    MAX_OPEN_LISTED,
    MAX_QUANTITY,
    GroupBuy,
    GroupBuyStatus,
    Participant,
    Terms,
    cleaned_payment_note,
    option_key,
)
from commerce.domain.listings import Listing
from commerce.domain.note_counts import count_in_note, without_count
from commerce.domain.options import (
    is_size_word,
    only_pack_word,
    option_at,
    option_in_note,
    option_in_other_words,
    option_shortened,
    option_typed_alike,
    resembles_an_option,
)
from commerce.domain.order import Order, OrderStatus
from commerce.domain.text import clean_text
from commerce.domain.titles import looks_alike, product, same_product, title_typo, word_names
from commerce.domain.units import (
    DOZEN,
    DOZEN_PIECE_WORDS,
    OTHER_COUNT_WORDS,
    PORTION_WORDS,
    Measured,
    amount,
    counts_in,
    grams,
    in_unit,
    nearest,
    portion_weight,
    same_unit,
    unit_key,
)
from commerce.domain.waiting import check_queue_first, queue_may_hold, units_left
from commerce.ports import UnitOfWork
from commerce.services import attribution, listings, own_orders


@dataclass(frozen=True)
class JoinLimits:
    """The app's own bounds on joins, whatever the terms say (settings): units on one line, and how
    many friends one member may sign up."""

    max_per_line: int | None = None
    max_friends: int = 10


@dataclass(frozen=True)
class Participation:
    """The outcome of a join or leave: the group buy after it and the member's line."""

    group_buy: GroupBuy
    line: Participant
    delta: int
    # 帮卖: the chat the member's line was first made in, when not the one this join came from (the
    # units went to that line: a line stays where it was first made)
    made_in: str | None = None
    # a join typed in another weight unit, converted (`+1kg` on a per-斤 one): the amount as typed
    # (`1 kg`) and the units it became (`converted_to`: 2斤)
    converted_from: str = ""
    converted_to: int = 0
    # the words after the option's name were its count (`+1 egg yolk 2`): no note was typed
    counted: bool = False
    # a join naming none that skipped these open here, sold out (🈵): (id, title) each, for its answer
    passed_over: tuple[tuple[int, str], ...] = ()


# A join's refusals that offer the waiting list (候补): said with the group buy's number (`id`)
SOLD_OUT = frozenset({"sold_out", "option_sold_out", "options_sold_out"})

# Lines whose buyers' orders one unit of work writes: a close of 5,000 lines is 100 short transactions,
# each a few milliseconds, so a command in another chat waits for one at most.
ORDER_BATCH = 50


@dataclass(frozen=True)
class Closing:
    """A group buy that closed, and the orders written with the close (none unless it succeeded).

    `pending`: more orders follow, a batch per unit of work (`continue_orders`); `buyers` and `units`
    count the orders of the whole close (None: those of `orders`)."""

    group_buy: GroupBuy
    orders: list[Order]
    buyers: int | None = None
    units: int | None = None
    pending: bool = False

    @property
    def order_count(self) -> int:
        return len(self.orders) if self.buyers is None else self.buyers

    @property
    def unit_count(self) -> int:
        return sum(order.quantity for order in self.orders) if self.units is None else self.units


@dataclass(frozen=True)
class OrderBatch:
    """Orders a big close wrote in one more unit of work; `done`: none are pending any more."""

    group_buy: GroupBuy
    orders: list[Order]
    done: bool


@dataclass(frozen=True)
class CardView:
    """All a card needs: the group buy, the first lines of its 接龙 list in join order, and how many
    lines the whole list has; once it succeeded, the order status of each buyer shown, how many
    orders are in each status, and how many members have a line (`buyers`)."""

    group_buy: GroupBuy
    participants: list[Participant]
    lines: int = 0
    buyers: int = 0
    statuses: dict[str, OrderStatus] = field(default_factory=dict)
    counts: dict[OrderStatus, int] = field(default_factory=dict)
    units: int | None = None  # 帮卖: the units on this chat's lines (None: a group buy nobody lists)
    # 部分退款: of the buyers shown, each paid order's (total, part refunded), when some went back
    part_refunded: dict[str, tuple[int, int]] = field(default_factory=dict)
    # of them, the units part refunds gave back: (buyer, option) -> units (`Hal small ×2 (1 refunded)`)
    units_refunded: dict[tuple[str, str], int] = field(default_factory=dict)
    # of its unpaid orders the organiser received part of (只收到): (received, what they come to), read
    # only when an order waits for payment (`💰 0/1 paid · ¥6.50 received of ¥13`)
    received: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class ChatUnits:
    """帮卖: what one chat's card of a group buy sold in several chats counts as its own, as that chat's
    close announcement and list do: the units on its lines, of them those of its cancelled and refunded
    orders (`dropped`) and of its refunded ones alone, and how many of its orders were cancelled for not
    being paid (read only when they are all it ordered: its card then says none was paid)."""

    units: int
    dropped: int = 0
    refunded: int = 0
    cancelled: int = 0


async def open_group_buy(
    uow: UnitOfWork,
    *,
    chat_id: str,
    organiser_id: str,
    organiser_name: str,
    terms: Terms,
    now: datetime,
    lang: str,
    max_unit_price: int | None = None,
    photo: str = "",
) -> GroupBuy:
    """开团 on `terms`; `max_unit_price` (whole units, a setting) refuses a price with a digit too many;
    `photo`: the platform's reference to the photo it was opened with (its card is a photo card)."""
    group_buy = GroupBuy.open(
        chat_id=chat_id,
        organiser_id=organiser_id,
        organiser_name=organiser_name,
        terms=terms,
        now=now,
        lang=lang,
        max_unit_price=max_unit_price,
    )
    group_buy.photo = photo
    return await uow.group_buys.add(group_buy)


# An opening message sent again within this long (a slow network, a double tap) opens nothing new
TWIN_WINDOW = timedelta(minutes=10)


async def just_opened_twin(
    uow: UnitOfWork, *, chat_id: str, organiser_id: str, terms: Terms, now: datetime
) -> GroupBuy | None:
    """Her own group buy still open in this chat, opened in the last `TWIN_WINDOW` on the same terms
    (the title as `product` reads it; the deadline and the pickup time aside, which a message sent again
    resolves anew): the same opening message arrived twice. None when there is none."""

    def same(group_buy: GroupBuy) -> bool:
        them = group_buy.terms
        return (
            product(them.title) == product(terms.title)
            and (them.unit_price, them.currency, them.unit, them.options, them.tiers)
            == (terms.unit_price, terms.currency, terms.unit, terms.options, tuple(sorted(terms.tiers)))
            and (them.target, them.stock, them.per_person_limit)
            == (terms.target, terms.stock, terms.per_person_limit)
        )

    open_here = await uow.group_buys.open_in_chat(chat_id)
    twins = [
        group_buy
        for group_buy in open_here
        if group_buy.organiser_id == organiser_id
        and now - group_buy.created_at < TWIN_WINDOW
        and same(group_buy)
    ]
    return max(twins, key=lambda group_buy: group_buy.created_at) if twins else None


async def look_alikes(uow: UnitOfWork, group_buy: GroupBuy) -> list[GroupBuy]:
    """The other open group buys of its chat whose titles read almost the same (the chat is warned)."""
    open_here = await uow.group_buys.open_in_chat(group_buy.chat_id)
    title = group_buy.terms.title
    return [g for g in open_here if g.id != group_buy.id and looks_alike(g.terms.title, title)]


_ORDERS_OPEN = (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID)  # still to pay, or to pick up


async def most_recently_closed(uow: UnitOfWork, group_buys: list[GroupBuy]) -> GroupBuy | None:
    """Of `group_buys`, the closed one a bare `/list` (and `/mine`'s footer) means: the most recently
    closed that still has open orders (unpaid, or paid and not picked up), else the most recently
    closed; None when none is closed."""
    closed = _closed_newest_first(group_buys)
    return await still_collecting(uow, closed) or (closed[0] if closed else None)


def _closed_newest_first(group_buys: list[GroupBuy]) -> list[GroupBuy]:
    return sorted(
        (group_buy for group_buy in group_buys if not group_buy.is_open),
        key=lambda group_buy: (group_buy.closed_at or group_buy.deadline, group_buy.id or 0),
        reverse=True,
    )


async def still_collecting(uow: UnitOfWork, group_buys: list[GroupBuy]) -> GroupBuy | None:
    """Of `group_buys`, the most recently closed that still has open orders (unpaid, or paid and not
    picked up); None when none has."""
    for group_buy in _closed_newest_first(group_buys):
        orders = await uow.orders.for_group_buy(group_buy.id or 0)
        if any(order.status in _ORDERS_OPEN for order in orders):
            return group_buy
    return None


async def find(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    member: str | None = None,
    organiser: str | None = None,
    option: str = "",
    note: str = "",
    option_attempt: bool = False,
    list_title: str = "",
    adding: bool = False,
    unit: str = "",
    leaving: bool = False,
    goods: int = 0,
    passed_over: list[GroupBuy] | None = None,
) -> GroupBuy:
    """The group buy named by `#id` in this chat, else the one open here, else the chat's last one (so a
    `+1` after the close is told it closed, and `进度` shows how it ended). A chat's group buys are its
    own and those it lists (帮卖, commerce.domain.listings).

    With several open, a bare `+1` must not go to whichever is newest (a look-alike opened a minute ago
    would capture the next buyers): the one a pasted 接龙 list's title names (`list_title`: its title
    exactly, else the only one a word of it names, before the member's own); the only one with the
    option named (`option`, or a word of a join's `note`: `+1 小盒`, `-1 小盒`, `offering`); the only
    one whose title a word of the note names (`+1 砂糖橘`,
    `+1 粽子` for 端午粽子: `titled`); the only one sold in the `unit` a join's quantity is typed in
    (`+2斤`, `我要两斤` with 荔枝 ¥15/斤 beside a 东北大米 10斤 sold by the 份); a note that reads as an
    option tried (`option_attempt`: `+1 咸粽`)
    naming none of theirs while some have options: the question which option (`option_not_here`),
    never a note on another; the `member`'s own, when they are on exactly one (not for a join that
    adds, `adding`: her `+1` may mean the other one as well as one more of hers, so it is asked, each
    listed with what she holds on it, `held`); the `organiser`'s own, when they run exactly one;
    otherwise `which_group_buy` lists them and how to name one (the newest `MAX_OPEN_LISTED`, and how
    many are open: `n`). A leave (`leaving`: `退出 1个`, `-1`) naming none by its number, option or title
    is the `member`'s: only those she is on are chosen among (by `unit` too) and listed, never one she is
    not on. An organiser's bare command
    (`organiser`: 截单, 自提, 收款方式, 修改, 导出, 再开一团…) goes to her own group buy here even when
    another's is the one open, or the newer (`_organisers_own`). A join that adds (`adding`) naming
    none of several skips those sold out (🈵, `sold_out`): the only one left that can take it (those
    skipped put in `passed_over`, for its answer to name), else the question among those only (the
    sold-out ones listed apart: `sold_out`), else, all sold out, `sold_out_all`.
    """
    if group_buy_id is None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
        theirs = [] if organiser is None else await _open_of(uow, chat_id, open_here, organiser)
        own = None if organiser is None else await _organisers_own(uow, chat_id, theirs, organiser)
        if own is not None:
            return own
        if not open_here:
            last = await uow.group_buys.latest_in_chat(chat_id)
            if last is None:
                raise NotFound("no_open_group_buy")
            gone = await ended_named(uow, chat_id, note) if goods and note else None
            if gone is not None and gone.id != last.id:  # `+1 kaya`: Kaya Jars was cancelled, not the last
                status = gone.status.value
                raise DomainError("group_buy_closed", id=gone.id, title=gone.terms.title, status=status)
            return last
        if goods and note:  # `+1 kaya` after Kaya was cancelled: never a note on another
            await wrong_goods(uow, chat_id, open_here, note, goods)
        if list_title and listed(open_here, list_title) is None:  # the list of one that closed here
            await _listed_ended(uow, chat_id, list_title)
        if len(open_here) == 1:
            return open_here[0]
        named = (
            listed(open_here, list_title)
            or offering(open_here, option=option, note=note)
            or titled(open_here, note)
        )
        if named is not None:
            return named
        everyone = len(open_here)  # a leave's question lists hers only, and says how many are open
        if leaving and member is not None:  # `退出 1个` on eggs by the 打 beside buns by the 个: hers
            joined = await uow.group_buys.joined_among([g.id for g in open_here if g.id is not None], member)
            open_here = [g for g in open_here if g.id in joined] or open_here
            if len(open_here) == 1:
                return open_here[0]
        sold_so = [g for g in open_here if unit and g.terms.unit and same_unit(unit, g.terms.unit)]
        if not sold_so:  # `+1kg` beside the only one sold by the 斤: a weight converts
            sold_so = [g for g in open_here if unit and counts_in(unit, g.terms.unit)]
        if len(sold_so) == 1:  # `+2斤`, `我要两斤`: the only one sold by the 斤 (`unit`), as a title word
            return sold_so[0]
        if unit and unit_key(unit) in DOZEN_PIECE_WORDS - PORTION_WORDS:  # `+6枚`, `+12颗`: eggs, counted
            by_dozen = [g for g in open_here if unit_key(g.terms.unit) == "dozen"]  # in no 份 but pieces
            if len(by_dozen) == 1:  # of the only one sold by the dozen: answered in dozens there
                return by_dozen[0]
        if option_attempt and any(resembles_an_option(g, note) for g in open_here):
            no_such_option(open_here, note)  # `+1 咸粽` beside 肉粽, 甜粽; `+1 小王` is her note
        if adding:  # an option sold out on its own (多规格) is read, never offered in the question
            for group_buy in open_here:
                await _with_option_counts(uow, group_buy)
        full = [g for g in open_here if sold_out(g)] if adding else []
        if full:  # `+1` beside a 🈵 one: never offered it to join
            takers = [g for g in open_here if not sold_out(g)]
            if not takers:
                _all_sold_out(full)
            if len(takers) == 1:  # the only one that can take it: joined, the answer naming those skipped
                if passed_over is not None:
                    passed_over.extend(sorted(full, key=lambda g: g.id or 0))
                return takers[0]
            open_here = takers
        return await _the_one_meant(
            uow,
            chat_id,
            open_here,
            theirs,
            member=member,
            organiser=organiser,
            adding=adding,
            note=note,
            full=full,
            leaving_of=everyone
            if leaving and member is not None
            else 0,  # on all: hers listed too (rep92 #14)
        )
    found = await uow.group_buys.get(group_buy_id)
    if found is None or (found.chat_id != chat_id and await listings.reaches(uow, found, chat_id) is None):
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return found


def sold_out(group_buy: GroupBuy) -> bool:
    """🈵: its whole stock is taken, or (多规格) every option's own, nothing of it left to join. The open
    group buys of a chat are listed without what each option sold: `_with_option_counts` reads it."""
    left = group_buy.stock_left
    if left is not None and left <= 0:
        return True
    options = group_buy.terms.options
    return bool(options) and all(group_buy.option_sold_out(option) for option in options)


async def sold_out_now(uow: UnitOfWork, group_buy: GroupBuy) -> bool:
    """`sold_out` of a group buy read with the open ones of a chat (without what each option sold):
    those counts read first where an option has a stock of its own."""
    await _with_option_counts(uow, group_buy)
    return sold_out(group_buy)


def _counts_read(group_buy: GroupBuy) -> bool:
    """Whether what is taken of each option with a stock of its own is known (`_with_option_counts`)."""
    options = group_buy.terms.options
    if not any(option.stock is not None for option in options):
        return True
    return {option.name for option in options} <= set(group_buy.option_sold)


async def _with_option_counts(uow: UnitOfWork, group_buy: GroupBuy) -> None:
    """`group_buy` (listed among the open ones of a chat) given what is taken of each option, when one
    has a stock of its own (one read, for those only): a bare `+1`'s question never offers an option
    sold out on its own."""
    options = group_buy.terms.options
    if group_buy.id is None or not any(option.stock is not None for option in options):
        return
    if {option.name for option in options} <= set(group_buy.option_sold):
        return
    fresh = await uow.group_buys.get(group_buy.id)
    if fresh is not None:
        group_buy.sold, group_buy.option_sold = fresh.sold, dict(fresh.option_sold)


def _all_sold_out(full: list[GroupBuy]) -> None:
    """A join naming none while every group buy open here is sold out: each named, and how to wait for
    one (`候补 #2 1`: `quantity` the most any of them holds, 0 for no stock; the handler's is the join's
    when it is less), nothing joined."""
    listed = sorted(full, key=lambda g: g.id or 0)
    raise DomainError(
        "sold_out_all",
        count=len(listed),
        choices=" · ".join(f"#{g.id} {g.terms.title}" for g in listed),
        id=listed[0].id,
        quantity=min((g.terms.stock for g in listed if g.terms.stock is not None), default=0),
        ids=[g.id for g in listed if g.id is not None],  # one waiting for one of them: her place (rep84 #3)
    )


async def _open_of(
    uow: UnitOfWork, chat_id: str, open_here: list[GroupBuy], organiser: str
) -> list[GroupBuy]:
    """The organiser's open group buys here, newest first (at most `MAX_OPEN_LISTED`): those of
    `open_here`, unless it is only the chat's newest (15 open: 10), among which some of hers may not be."""
    if len(open_here) < MAX_OPEN_LISTED:
        return [g for g in open_here if g.organiser_id == organiser]
    return await uow.group_buys.open_in_chat(chat_id, organiser=organiser)


async def _organisers_own(
    uow: UnitOfWork, chat_id: str, theirs: list[GroupBuy], organiser: str
) -> GroupBuy | None:
    """The group buy an organiser's bare command means among hers in this chat (`theirs`, those open):
    her one open (several: None, `_the_one_meant` asks which with one of hers), else her newest closed one
    that sold (`自提`, `收款方式`, `导出` are about its buyers; else her newest closed: `截单` is told it
    closed). None when she runs none here: the command goes as anyone's does (another's: only its
    organiser may)."""
    if theirs:
        return theirs[0] if len(theirs) == 1 else None
    return await newest_closed_of(uow, chat_id, organiser)


async def newest_closed_of(
    uow: UnitOfWork, chat_id: str, organiser: str, *, owing: bool = False
) -> GroupBuy | None:
    """The organiser's newest closed group buy here: one that sold first (else her newest closed; None:
    she ran none here). `owing` (收款方式 after the close): one where someone still owes comes first."""
    closed = [g for g in await uow.group_buys.closed_in_chat(chat_id) if g.organiser_id == organiser]
    sold = [g for g in closed if g.status not in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED)]
    unpaid = set(await uow.collecting.with_unpaid(chat_id)) if owing and sold else set()
    owed = [g for g in sold if g.id in unpaid]
    newest = (owed or sold or closed)[0] if closed else None
    if newest is None or newest.id is None:
        return None
    return await uow.group_buys.get(newest.id)  # with its history (the list is read without)


# A join's amount in a unit word it is not sold in (`+1 dozen` per piece: `+12`): the example is a join too
UNIT_EXAMPLES = frozenset(
    {
        "join_other_unit",
        "join_dozen_in_pieces",
        "join_other_unit_portion",
        "join_two_quantities",
        "join_not_whole_in_unit",
        "join_not_whole_in_unit_between",
        "join_fraction_of_unit",
        "join_note_count",
        "join_note_count_form",
        "join_fraction_of_unit_between",
        "join_half_dozen_in_pieces",
        "join_less_than_dozen_in_pieces",
        "join_no_whole_dozen_in_pieces",
        "join_decimal_comma_whole",
        "join_decimal_comma_portion",
        "join_fraction_portion",
        "join_weight_not_whole_portions",
    }
)
EXAMPLES_NAMING = frozenset(
    {
        "not_enough_stock",
        "option_not_enough",
        "waitlist_no_stock",
        "waitlist_not_needed",
        "waitlist_option_no_stock",
        "waitlist_option_not_needed",
        *UNIT_EXAMPLES,
    }
)


async def _example_named(
    uow: UnitOfWork, chat_id: str, group_buy: GroupBuy, group_buy_id: int | None, refusal: DomainError
) -> None:
    """A join's unit refusal names the group buy in its example when the member named it (`+1 dozen #1`:
    `+12 #1`), else when several are open (`name_in_example`)."""
    if refusal.code in UNIT_EXAMPLES and group_buy_id is not None:
        refusal.params["at"] = f" #{group_buy.id}"
    else:
        await name_in_example(uow, chat_id, group_buy, refusal)


async def name_in_example(uow: UnitOfWork, chat_id: str, group_buy: GroupBuy, refusal: DomainError) -> None:
    """A refusal whose example is a join (`只剩 1袋了…例如：+1`, `不用候补：直接发 +2 跟团`) names the
    group buy (`at`: ` #4`) when several are open in the chat: a bare `+1` would be asked which."""
    if refusal.code not in EXAMPLES_NAMING:
        return
    several = len(await uow.group_buys.open_in_chat(chat_id)) > 1
    refusal.params["at"] = f" #{group_buy.id}" if several else ""


def offering(open_here: list[GroupBuy], *, option: str = "", note: str = "") -> GroupBuy | None:
    """Of several group buys open in a chat, the only one with the option named (`候补 5斤 3`, `-1 小盒`:
    `option`; `+1 小盒 3号楼`: a word of the join's `note`); None when none or several have it."""
    if not option and not note:
        return None
    having = [
        group_buy
        for group_buy in open_here
        if (group_buy.option_named(option) if option else option_in_note(group_buy, note)[0])
    ]
    if option and not having:  # `/join 甜`: the only one with an option it begins (甜的)
        having = [group_buy for group_buy in open_here if option_shortened(group_buy, option)]
    return having[0] if len(having) == 1 else None


async def _not_anothers_line(uow: UnitOfWork, group_buy: GroupBuy, user_id: str, list_name: str) -> None:
    """A pasted list's line naming another member already on `group_buy` (`2. 张叔 3斤`) is his, never
    the paster's: refused, nothing changed (she pasted the list back without a line of her own)."""
    assert group_buy.id is not None
    key = " ".join(list_name.split()).casefold()
    for line in await uow.group_buys.participants(group_buy.id):
        if line.user_id != user_id and " ".join(line.display_name.split()).casefold() == key:
            raise DomainError(
                "pasted_line_not_hers", name=list_name, id=group_buy.id, title=group_buy.terms.title
            )


def listed(open_here: list[GroupBuy], list_title: str) -> GroupBuy | None:
    """Of several group buys open in a chat, the one a pasted 接龙 list is titled for: the only one of
    that title (`阳光玫瑰 2斤`), else the only one a word of it names (`阳光玫瑰 今晚截单`); None when none
    or several, or no title."""
    key = " ".join(list_title.split()).casefold()
    if not key:
        return None
    same = [g for g in open_here if " ".join(g.terms.title.split()).casefold() == key]
    return same[0] if len(same) == 1 else titled(open_here, list_title)


async def _listed_ended(uow: UnitOfWork, chat_id: str, list_title: str) -> None:
    """A pasted 接龙 list titled for a group buy of this chat that ended (`#接龙 散养土鸡蛋` once #1
    closed), none open named by it: `group_buy_closed` of the newest so titled (rep88 #1), never a join
    of another one open here nor the question which."""
    for group_buy in await uow.group_buys.closed_in_chat(chat_id):  # newest first
        if listed([group_buy], list_title) is not None:
            raise DomainError(
                "group_buy_closed",
                id=group_buy.id,
                title=group_buy.terms.title,
                status=group_buy.status.value,
            )


def titled(open_here: list[GroupBuy], note: str) -> GroupBuy | None:
    """Of several group buys open in a chat, the only one whose title a word of a join's `note` names
    (`+1 砂糖橘`, `+1 mangoes`, `+1 粽子` for 端午粽子: `commerce.domain.titles.word_names`), the one whose
    title it is exactly first (`+1 苹果` beside 烟台苹果); None when none or several."""
    words = note.split()
    exact = [g for g in open_here if any(same_product(word, g.terms.title) for word in (note, *words))]
    if len(exact) == 1:  # `+1 苹果` beside 烟台苹果: the title typed exactly wins
        return exact[0]
    having = [g for g in open_here if any(word_names(word, g.terms.title) for word in words)]
    if not having:  # `+1 荔枝` beside Lychees, `-1 durian` beside 榴莲: the product by another name
        having = [g for g in open_here if any(product_named(word, g.terms.title) for word in words)]
    if not having and len(words) > 1 and note.isascii():  # `+1 green onion`: 大葱, by its English name
        names = chinese_names(" ".join(words))
        having = [g for g in open_here if any(name in g.terms.title for name in names)]
    return having[0] if len(having) == 1 else None


async def one_named(uow: UnitOfWork, chat_id: str, named: list[GroupBuy], member: str) -> GroupBuy:
    """Of the open group buys a word names (`苹果改成1份` beside 烟台苹果 and 阿克苏苹果), the one the
    `member` is on, else `which_group_buy` listing only them."""
    return await _the_one_meant(uow, chat_id, named, [], member=member, organiser=None)


async def wrong_goods(
    uow: UnitOfWork, chat_id: str, open_here: list[GroupBuy], note: str, quantity: int
) -> None:
    """A join's note that is one product word (`+1 kaya`, `+1 durian`, `+3 pistachio`) naming no group buy
    open here, nor an option of one, is no note: the goods were meant. Naming one that ran here and ended,
    `join_goods_closed` (`_cancelled`, `_failed`) says so; a product of `ask_words.json` nobody sells here,
    `join_goods_not_here`; both list the open ones, nothing changed. A note stays one (`+1 3号楼`, `+1 gate
    B`, `+1 要大的`, `+1 小王`): a word of no title that ended here and no known product."""
    word = _goods_word(note)
    if not word:
        return
    for group_buy in open_here:
        if names_product(word, group_buy.terms.title) or option_in_note(group_buy, word)[0]:
            return
        if group_buy.terms.options and _option_tried(group_buy, word):
            return  # `+1 vanila`, `+1 咸`: an option tried, asked which (`no_such_option`)
    gone = await ended_named(uow, chat_id, word)
    choices = " · ".join(f"#{g.id} {g.terms.title}" for g in sorted(open_here, key=lambda g: g.id or 0))
    example = f"+{quantity} #{min(g.id or 0 for g in open_here)}"
    if gone is not None:
        n, title = gone.id, gone.terms.title
        if gone.status is GroupBuyStatus.CANCELLED:
            raise DomainError(
                "join_goods_closed_cancelled", id=n, title=title, choices=choices, example=example
            )
        if gone.status is GroupBuyStatus.FAILED:
            raise DomainError("join_goods_closed_failed", id=n, title=title, choices=choices, example=example)
        raise DomainError("join_goods_closed", id=n, title=title, choices=choices, example=example)
    tried = any(resembles_an_option(g, word) for g in open_here)  # `+1 beef` beside pork, veggie: asked
    if is_product_word(word) and not tried:
        raise DomainError("join_goods_not_here", name=word, choices=choices, example=example)


_TIMES_LEFT = re.compile(r"[x×*]\s*(?P<n>[1-9]\d{0,2})", re.IGNORECASE)  # `x2` left after the title
_CJK_WORD = re.compile(r"[\u3400-\u9fff]{1,6}")  # one Chinese word: `中盒`
MAX_GOODS_WORD = 24  # longer is no product's one word


async def ended_named(uow: UnitOfWork, chat_id: str, note: str) -> GroupBuy | None:
    """The newest group buy that ended here whose title a join's one-word note names (`+1 kaya`: Kaya
    Jars, cancelled), else None."""
    word = _goods_word(note)
    if not word:
        return None
    closed = await uow.group_buys.closed_in_chat(chat_id)
    return next((g for g in closed if _names_ended(word, g.terms.title)), None)


def _goods_word(note: str) -> str:
    """A join's note that may name goods: one word, no digit (`3号楼`), not too long; else ""."""
    word = note.strip()
    if len(word.split()) != 1 or any(char.isdigit() for char in word) or len(word) > MAX_GOODS_WORD:
        return ""
    return word


def _spelt_like(group_buy: GroupBuy, word: str) -> str:
    """The option of `group_buy` a word misspells (`vanila`: vanilla), "" when none is that close."""
    typed = option_key(word)
    alike = option_typed_alike(group_buy, word)  # `大和`: 大盒
    return alike or next(
        (o.name for o in group_buy.terms.options if looks_alike(typed, option_key(o.name))), ""
    )


def _no_such_word(word: str) -> bool:
    """Whether a join's word naming no option is told there is no such option (`中盒` beside 大盒 / 小盒,
    `medium` beside large / small) rather than asked which with it kept as a note."""
    return bool(_CJK_WORD.fullmatch(word)) or is_size_word(word)


def _sold_out_option(group_buy: GroupBuy, name: str) -> bool:
    """Whether the option called `name` is sold out on its own (🈵)."""
    option = group_buy.option_named(name)
    return option is not None and group_buy.option_sold_out(option)


def _option_tried(group_buy: GroupBuy, word: str) -> bool:
    """Whether a word is an option of `group_buy` shortened (`lar`), said in the other language (`咸的`
    for salty) or misspelt (`vanila`): asked which option, never told of other goods."""
    return bool(
        option_shortened(group_buy, word)
        or option_in_other_words(group_buy, word)
        or _spelt_like(group_buy, word)
    )


def _names_ended(word: str, title: str) -> bool:
    """Whether a note's word names an ended group buy's title: in English as `+1 word` names it, in
    Chinese only the title, its product typed whole (`same_product`) or a known product (`+1 榴莲` on
    猫山王榴莲), never a name inside a title (`小王` in 小王家粽子)."""
    if word.isascii():  # `fresh`, `premium`, `good` say what kind, never which goods
        return word.casefold() not in not_product_words() and names_product(word, title)
    return same_product(word, title) or (is_product_word(word) and names_product(word, title))


def option_said(open_here: list[GroupBuy], word: str) -> tuple[GroupBuy, str] | None:
    """(the group buy, its option) a sentence's word names among those open here (`我要两份大盒`: 大盒,
    `我也要一份小的`: 小盒 as `小` begins it, `2 boxes rose please`: rose), when only one has it; else
    None."""
    typed = word.strip()
    if not typed:
        return None
    found: list[tuple[GroupBuy, str]] = []
    for group_buy in open_here:
        if not group_buy.terms.options:
            continue
        named = group_buy.option_named(typed)
        name = named.name if named is not None else option_in_note(group_buy, typed)[0]
        name = name or option_shortened(group_buy, typed.removesuffix("的"))  # `小的`: the small one
        if name:
            found.append((group_buy, name))
    return found[0] if len(found) == 1 else None


def names_product(word: str, title: str) -> bool:
    """Whether one word names the product of a group buy titled `title`, as `+1 word` reads it (`titled`):
    the title, a word of it or inside it (`word_names`), or the product by another name (`product_named`)."""
    return word_names(word, title) or product_named(word, title)


def no_such_option(open_here: list[GroupBuy], note: str) -> None:
    """`+1 咸粽` with 粽子 (肉粽, 甜粽) open beside 月饼, `/join abc`: the word was an option tried, and no
    open group buy has it; asked which option (of each group buy with options), nothing changed. Returns
    when none has options, or one has it (several: `_the_one_meant` asks which group buy)."""
    with_options = sorted((g for g in open_here if g.terms.options), key=lambda g: g.id or 0)
    if not with_options or any(option_in_note(g, note)[0] for g in open_here):
        return
    spelt = [g for g in with_options if _spelt_like(g, note)]  # `+1 vanila`: vanilla's, suggested
    first = spelt[0] if spelt else with_options[0]
    example = option_in_other_words(first, note) or _spelt_like(first, note) or first.terms.options[0].name
    if offering(open_here, option=example) is not first:  # another has it too: named by its number
        example = f"#{first.id} {example}"
    if len(with_options) == 1:
        raise DomainError(
            "option_not_here",
            name=note,
            id=first.id,
            title=first.terms.title,
            choices=first.option_choices(),
            example=example,
        )
    choices = " · ".join(f"#{g.id} {g.terms.title}: {g.option_choices()}" for g in with_options)
    raise DomainError("option_not_here_several", name=note, choices=choices, example=example)


async def join(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    display_name: str,
    quantity: int,
    now: datetime,
    friend: str = "",
    note: str = "",
    limits: JoinLimits = JoinLimits(),
    option: str = "",
    option_index: int = 0,
    option_attempt: bool = False,
    list_title: str = "",
    pasted: bool = False,
    measured: Measured | None = None,
    list_name: str = "",
    option_count: bool = True,
    count_in_note: bool = True,
    whole_member: bool = True,
    private: bool = False,
    added_by: str = "",
) -> Participation:
    """跟团: add `quantity` units to a member's line (a second +1 adds one more), or to the line of a
    friend they sign up (`+1 帮 小王`), with the line's note if one was given. With options (多规格)
    the line is the option's: named by `option`, by the card's button (`option_index`, from 1), by a
    word of the note (`+1 5斤 3号楼`), or the only one; else the member is asked which. A pasted 接龙
    list's `list_title` names the group buy meant among several open (`find`); its line (`pasted`) says
    what her line holds in all: more than she holds adds the difference, as much or less changes nothing
    (`already_listed`: a list is re-pasted to add someone else, or an old copy of it); a line naming
    none of her names (`list_name`) that is another member's on it is never hers (`pasted_line_not_hers`).
    A quantity typed
    in a unit word (`measured`: `+2斤`, `2. 小李 2斤`) counts on a group buy sold in that unit and is
    refused in another (`join_other_unit`); one sold in none reads the join as it is (`units`).
    A count after the option's name (`+1 egg yolk 2`) is the quantity (`_count_of_option`), unless the
    member labelled the note (`option_count` False: `+1 小 备注 2`). A note asking another count than
    `quantity` (`+1 要三份`) is refused (`_count_in_note`), unless labelled or `count_in_note` is False.
    `private`: typed in a private chat (its note stays off the group's card); `added_by`: the organiser's
    name when she puts a member down (`/add @Fay 1`), marking the line if it is new.

    The member's line is read only when the decision depends on it (a per-person limit, a friend's
    line, no display name to write); otherwise the guarded write adds to whatever is stored and reports
    the line as stored, which saves a query on the busiest path. The app's hard maximum per line is
    then enforced by that write alone, and explained from a fresh read if it refuses.
    """
    passed_over: list[GroupBuy] = []  # sold out beside the one joined (`+1` naming none)
    typed = not pasted and measured is None and not option and not option_index and quantity == 1
    counted_word = _counted_word(note) if typed and option_count and group_buy_id is None else None
    try:  # `+1 小盒2份`, `+1 中盒 2` beside another open: the word names (or misnames) the option
        group_buy = await find(
            uow,
            chat_id=chat_id,
            group_buy_id=group_buy_id,
            member=user_id,
            option=option,
            note=counted_word[0] if counted_word else note,
            option_attempt=option_attempt or counted_word is not None,
            list_title=list_title,
            adding=not pasted,
            unit=measured.unit if measured is not None else "",
            goods=0 if option or option_index or pasted or list_title else quantity,
            passed_over=passed_over,
        )
    except DomainError as refusal:  # `+1 中盒 2`: the example keeps her 2 (`+2 小盒`)
        if counted_word is not None and refusal.code in ("option_not_here", "option_not_here_several"):
            refusal.params["typed_quantity"] = counted_word[1]
        raise
    skipped = tuple((g.id or 0, g.terms.title) for g in passed_over)
    assert group_buy.id is not None
    if group_buy_id is None and not group_buy.is_open:
        await _nothing_open(uow, chat_id, group_buy, user_id)
    if not group_buy.is_open or group_buy.is_past_deadline(now):  # `+1 #3` closed: said first, never
        status = group_buy.status.value  # which option (nor its unit) to be refused after answering it
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=status)
    converted_from = ""
    try:
        if measured is not None and (measured.comma or (measured.part and not measured.unit)):
            _decimal_comma(group_buy, measured, sign="+")  # `+1,5斤`, `+1.5`: the point meant, nothing joined
        if (
            measured is not None and group_buy.terms.unit
        ):  # `价格 15元/斤`: `2斤` is 2, `2箱` no quantity of it
            quantity, note, converted_from = _in_its_unit(group_buy, measured)
        elif measured is not None and measured.alone and measured.part and not _other_count(measured):
            raise DomainError("join_unreadable")  # `+1.5斤` on one sold by the 份 (`+半打`: as `+2打`)
        elif measured is not None:  # sold by the 份: a count word is a 份 (`+2只`), never a note
            quantity, converted_from = _as_portions(group_buy, measured, quantity)
    except DomainError as refusal:  # `+1 dozen #1`: the example `+12 #1`, as she named it
        await _example_named(uow, chat_id, group_buy, group_buy_id, refusal)
        typed_option = note.strip()  # `+1.5 大盒`: the example `+1 大盒`, the option she named
        whole = refusal.code in ("join_fraction_portion", "join_decimal_comma_portion")
        if whole and any(o.name == typed_option for o in group_buy.terms.options):
            refusal.params["at"] = f"{refusal.params.get('at', '')} {typed_option}"
        raise
    converted_to = quantity if converted_from else 0
    friend = clean_text(friend)  # the line's key: as it is stored
    friend, note = await _friend_as_written(uow, group_buy, user_id, friend, note)  # `+1 for mum`: Mum's
    if pasted and measured is None and not option and not option_index and quantity == 1:
        quantity, note, tried = _pasted_option_count(group_buy, note)  # `3. Eve 大盒 2`: 2 of 大盒 (rep81 #3)
        option_attempt = option_attempt or tried
    counted_in_note = False  # `+1 中盒 2`: her 2 read off the option's misnamed word, kept in the example
    if not pasted and measured is None and not option and not option_index and quantity == 1 and option_count:
        quantity, note, counted_in_note = _typed_option_count(group_buy, note)
        option_attempt = option_attempt or counted_in_note
    try:
        try:
            option, note = _option_of_join(
                group_buy, option, option_index, note, option_attempt=option_attempt
            )
        except DomainError as asked:  # the one open here is listed without what each option sold:
            if asked.code not in ("option_which", "option_not_here") or _counts_read(group_buy):
                raise  # read now (the question only), so one sold out is marked, never the example
            await _with_option_counts(uow, group_buy)
            option, note = _option_of_join(
                group_buy, option, option_index, note, option_attempt=option_attempt
            )
    except DomainError as question:  # `+2 3号楼` asked which option: the example keeps her 2 (`+2 大盒`)
        if question.code == "option_not_here" and (pasted or counted_in_note):  # `3. Zed 中盒 2`: her 2
            question.params["typed_quantity"] = quantity
        if question.code == "option_which":
            question.params["typed_quantity"] = quantity
            if measured is None and not pasted and option_count and count_in_note:
                _count_out_of_example(group_buy, question)
            await _example_within_limit(uow, group_buy, user_id, friend, question, whole=whole_member)
        raise
    if option and only_pack_word(note):  # `+1 large box`: the option's pack, no note
        note = ""
    counted = bool(option) and measured is None and not pasted and option_count
    if counted:  # `+1 egg yolk 2`: 2 of egg yolk, never a note `2`
        quantity, note, counted = _count_of_option(group_buy, option, quantity, note)
    named, note = note, without_title(group_buy, note)
    times = _TIMES_LEFT.fullmatch(note) if named != note and quantity == 1 and not pasted else None
    if times is not None:  # `+1 kaya x2`: 2 of it, as `+1 x2` and `+1 large x2` are
        quantity, note = int(times.group("n")), ""
    # `+1 要三份`: 3 asked, 1 typed (`+3 要三份`: 3; a labelled note, `+2（一份 帮 姐姐）`, kept whole)
    if note and not counted and not pasted and option_count and count_in_note:
        try:
            note = _count_in_note(group_buy, quantity, note, option=option, friend=friend)
        except DomainError as refusal:  # the example names the group buy as a unit refusal's does
            await _example_named(uow, chat_id, group_buy, group_buy_id, refusal)
            raise
    if named and not note and not option and not pasted and measured is None:
        try:
            goods_in_dozens(group_buy, named, quantity)  # `+6 eggs` on eggs sold by the dozen: 6 eggs
            goods_by_weight(group_buy, named, quantity)  # `I want 2 lychees` sold by the jin: no 2 jin
            dozens_or_pieces(group_buy, named, quantity)  # `+12 鸡蛋`: 12 dozen, or 12 eggs? asked
        except DomainError as refusal:  # `/join #1 6 eggs`: the example `+1 #1`
            await _example_named(uow, chat_id, group_buy, group_buy_id, refusal)
            raise
    if pasted and list_name:
        await _not_anothers_line(uow, group_buy, user_id, list_name)
    needs_line = group_buy.terms.per_person_limit is not None or bool(friend) or not display_name or pasted
    # 限购 counts her own line and her friends' lines together (never the organiser's 代报): her rows read
    # once, the line joined among them, what she holds elsewhere the rest (of the same option)
    whole = (
        whole_member and group_buy.terms.per_person_limit is not None and user_id != group_buy.organiser_id
    )
    rows = await uow.group_buys.member_rows(group_buy.id, user_id) if whole else []
    if whole:
        current = next((r for r in rows if (r.friend, r.option) == (friend, option)), None)
    else:
        current = (
            await uow.group_buys.participant(group_buy.id, user_id, friend, option) if needs_line else None
        )
    if pasted and current is not None and group_buy.is_open and not group_buy.is_past_deadline(now):
        if quantity > MAX_QUANTITY:  # `2. 小明 99999` holding 1: refused as pasted, never the 99998 added
            raise DomainError("quantity_invalid", value=quantity, most=MAX_QUANTITY)
        if current.quantity >= quantity:  # `芒果 5斤（#1）×1`: an option's line names it (`+1 5斤`)
            named = f" {option}" if option else ""
            raise DomainError(
                "already_listed",
                id=group_buy.id,
                title=f"{group_buy.terms.title}{named}",
                quantity=current.quantity,
                more=f"+1{named}",
                less=f"-1{named}",
                change="",  # the set-to in the reader's language, of her option and unit (handlers/texts)
                unit=group_buy.terms.unit,
            )
        quantity -= current.quantity  # `李四 2份` holding 1: brought up to 2
    if friend and current is None:
        await _check_friends(uow, group_buy.id, user_id, limits.max_friends)
    elsewhere = sum(r.quantity for r in rows if r.option == option and r.friend != friend and r.quantity > 0)
    if whole_member:  # the organiser's 代报 (`/add Bob 1`) is hers to decide, the queue or not
        await _queue_first(uow, group_buy, user_id, quantity, option, limits.max_per_line)

    def join_line() -> Participant:
        return group_buy.join(
            current,
            user_id=user_id,
            display_name=display_name,
            quantity=quantity,
            now=now,
            friend=friend,
            note=note,
            max_per_line=limits.max_per_line,
            option=option,
            elsewhere=elsewhere,
            private=private,
            added_by=added_by,
        )

    try:
        try:
            line = join_line()
        except DomainError as short:  # an option's left counted without what is taken of it (the chat's
            # open ones are listed without it): "only 3 left" of 3 with 1 taken; read it, and again
            if short.code != "option_not_enough" or _counts_read(group_buy):
                raise
            await _with_option_counts(uow, group_buy)
            line = join_line()
    except DomainError as refusal:  # sold out: which one, so a bare `候补` then waits for it
        if refusal.code in SOLD_OUT:
            refusal.params.setdefault("id", group_buy.id)
            room = refusal.params.get("room")
            if (
                current is None
                and not needs_line
                and isinstance(room, int)
                and room > 0
                and await uow.group_buys.count_lines(group_buy.id) <= 1  # the row read says so: no query
            ):
                # her lines read only now, where hers may be the one line (a join never reads it unless a
                # limit asks; a flash sale's refusals read nothing more): one holding all there is is
                # never offered a wait the wait refuses (rep78 #5), nor one whose friend's line holds it
                # all (`held_for`: the friend, whose line she may lower)
                lines = await uow.group_buys.lines_held(group_buy.id, user_id)  # as `participant`: one trip
                held = next((line for line in lines if (line.friend, line.option) == (friend, option)), None)
                theirs = next((line for line in lines if line.friend and line.option == option), None)
                if held is None and theirs is not None:
                    held = theirs
                    refusal.params["held_for"] = theirs.friend
                if held is not None:
                    refusal.params["room"] = max(room - held.quantity, 0)
        await name_in_example(uow, chat_id, group_buy, refusal)
        if refusal.code == "quantity_too_many" and not needs_line:  # `+5000`: what the line holds, read
            held = await uow.group_buys.participant(group_buy.id, user_id, friend, option)  # only now
            refusal.params["have"] = held.quantity if held is not None else 0
        raise
    listing = await listings.reaches(uow, group_buy, chat_id)  # 帮卖: made in another chat's listing
    line.listing_id = None if listing is None else listing.id
    if group_buy.listings and current is None:  # where the line was first made, if it was
        current = await uow.group_buys.participant(group_buy.id, user_id, friend, option)
    await _write(uow, group_buy, line, quantity, now=now, cap=limits.max_per_line, whole=whole)
    if current is None or current.listing_id == line.listing_id:
        return Participation(
            group_buy,
            line,
            quantity,
            converted_from=converted_from,
            converted_to=converted_to,
            counted=counted,
            passed_over=skipped,
        )
    line.listing_id = current.listing_id  # as stored
    made_in = await listings.chat_of(uow, group_buy, current.listing_id)
    return Participation(
        group_buy,
        line,
        quantity,
        made_in=made_in,
        converted_from=converted_from,
        converted_to=converted_to,
        counted=counted,
        passed_over=skipped,
    )


async def _example_within_limit(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, friend: str, question: DomainError, *, whole: bool
) -> None:
    """`+5 帮王阿姨` asked which option under 限购 4 (s42): the example a join the limit lets through: another
    option with more room when the example's has too little (her own and her friends' lines counted as a
    join counts them), its count cut to the room left on it (`+4 帮 王阿姨 咸蛋黄`) and the `limit` said
    then; a count within it changes nothing. Read only for a count above 1 (a plain `+1` never)."""
    limit = group_buy.terms.per_person_limit
    typed = question.params.get("typed_quantity")
    if limit is None or not isinstance(typed, int) or typed <= 1:
        return
    example = str(question.params["example"])
    left = [o for o in group_buy.terms.options if not group_buy.option_sold_out(o)]
    named = next((o for o in left if example == o.name or example.startswith(f"{o.name} ")), None)
    if named is None or group_buy.id is None:
        return
    whole = whole and user_id != group_buy.organiser_id
    rows = await uow.group_buys.member_rows(group_buy.id, user_id)
    held = {
        o.name: sum(
            r.quantity
            for r in rows
            if r.option == o.name and r.quantity > 0 and (whole or r.friend == friend)
        )
        for o in left
    }
    room = {name: limit - had for name, had in held.items()}
    if room[named.name] >= typed:
        return
    best = max(reversed(left), key=lambda o: room[o.name])  # the example's own first when as roomy
    best = named if room[named.name] >= room[best.name] else best
    if room[best.name] <= 0:  # at the limit on every option: her join says so
        return
    question.params["example"] = best.name + example[len(named.name) :]
    if room[best.name] < typed:  # `+5` under 限购 4: `+4 咸蛋黄`, the limit said
        question.params["typed_quantity"] = room[best.name]
        question.params["limit"] = limit


def _count_out_of_example(group_buy: GroupBuy, question: DomainError) -> None:
    """`+1 #2 要2份` asked which option: the example's count is the one its note asks for (`+2 #2 大盒`),
    the words out of it, never `+1 #2 大盒 要2份` (that form is refused as `join_note_count_form`)."""
    example = str(question.params["example"])
    asked = count_in_note(example, group_buy.terms.unit)
    if asked is None:
        return
    question.params["typed_quantity"] = asked[0]
    question.params["example"] = without_count(example, asked[1])


def _count_in_note(group_buy: GroupBuy, quantity: int, note: str, *, option: str, friend: str) -> str:
    """The note of a join of `quantity`, without a count it asks for that is the same (`+3 要三份`); one
    that is another (`+1 要三份`, `加1加1 要三份`) is `join_note_count` (`join_note_count_form` for an
    option or a friend: one form to send), naming the `+N` read, the words and the join to send instead,
    nothing joined (`commerce.domain.note_counts`)."""
    asked = count_in_note(note, group_buy.terms.unit)
    if asked is None:
        return note
    n, said = asked
    if n == quantity:
        return without_count(note, said)
    unit = group_buy.terms.unit
    rest = without_count(note, said).strip()  # `+1 小 3号楼 要三份`: `+3 小 3号楼`, her note kept
    kept = f" {rest}" if rest and not rest.isdigit() else ""
    if option or friend or kept:  # `+1 小 要三份`: `+3 小`; the friend's form is added by the handler
        raise DomainError(
            "join_note_count_form",
            count=n,
            before=quantity,
            said=said,
            unit=unit,
            option=f" {option}" if option else "",
            note=kept,
        )
    raise DomainError("join_note_count", count=n, before=quantity, said=said, unit=unit, option="")


def _other_count(measured: Measured) -> bool:
    """`+半打`, `+0.5 dozen`: part of a count word that is no 份, refused on a group buy sold by the 份 as
    `+2打` is (never unreadable: how many it is, is clear)."""
    return unit_key(measured.unit) in OTHER_COUNT_WORDS


def _as_portions(group_buy: GroupBuy, measured: Measured, quantity: int) -> tuple[int, str]:
    """A join's amount in a unit word on a group buy sold by the 份: a count word's whole number is that
    many 份 (`+2只`, `+2个`, as `+2斤` always was); half of one (`+1 半只`) is refused as unreadable; another
    weight glued to the join's own number (`+1kg 酸的`, `+500g`; not `+2斤`, `+2箱`: counted as 份 as ever)
    is refused as no quantity of it, never kept as a note, unless it names one of its options or its
    title's weight (`+1 5kg`, a word after `+1`, reads as before). A weight that is the join's own amount
    (`+4斤`, `我要2斤`) is never a count of 份 (`_weight_in_portions`). (the quantity, the amount as typed
    when converted)."""
    key = unit_key(measured.unit)
    if measured.part and not _other_count(measured):
        if key in PORTION_WORDS:
            raise DomainError("join_unreadable")
        return quantity, ""
    if grams(key) is not None and not measured.before and not group_buy.terms.options:
        return _weight_in_portions(group_buy, measured), _typed(measured)
    other = key in OTHER_COUNT_WORDS  # `+2条`: no 份 of it
    half = other and bool(measured.part)  # `+1 半打`, `+1 half a dozen`: refused as `+半打`, never a note
    if not half and (
        measured.before or (grams(key) is None and not other) or key == "斤"
    ):  # `+2箱`: counted, as ever
        return quantity, ""
    typed = _typed(measured)
    if group_buy.option_named(typed) is not None or word_names(typed, group_buy.terms.title):
        return quantity, ""
    raise DomainError(
        "join_other_unit_portion",
        id=group_buy.id,
        title=group_buy.terms.title,
        typed=typed,
        n=max(measured.quantity, 1),
        sign="+",
    )


def _weight_in_portions(group_buy: GroupBuy, measured: Measured) -> int:
    """A weight typed as a join's amount on a group buy sold by the 份 (`+4斤` on `阳光玫瑰 2斤装`): the
    whole number of 份 it is where the title says how much one is (2); else refused, nothing joined: not
    whole (`+3斤`: `join_weight_not_whole_portions`, the nearest whole count as the example), or no weight
    in the title (`join_other_unit_portion`, `+1` the example)."""
    typed = _typed(measured)
    per = portion_weight(group_buy.terms.title)
    size = grams(measured.unit)
    if per is None or size is None:
        raise DomainError(
            "join_other_unit_portion",
            id=group_buy.id,
            title=group_buy.terms.title,
            typed=typed,
            n=1,
            sign="+",
        )
    portions = Fraction(measured.quantity * size) / per[0]
    if portions.denominator == 1 and portions > 0:
        return int(portions)
    n = max(portions.numerator // portions.denominator, 1)
    unit_word = per[1].lstrip("0123456789. ")  # the title's unit: the example's weight is in it
    said = n * per[0] / (grams(unit_word) or 1)
    raise DomainError(
        "join_weight_not_whole_portions",
        id=group_buy.id,
        title=group_buy.terms.title,
        typed=typed,
        per=per[1],
        n=n,
        n_amount=_amount(f"{float(said):g}", unit_word),
        sign="+",
    )


# A join's words after its option's name that are only a count of it: `2`, `x2`, `×2`, `2份`, `2个`, `2 pcs`.
_OPTION_COUNT = re.compile(r"^(?:[x×*]\s*)?(?P<n>\d{1,2})\s*(?:份|个|只|件|pcs?|pieces?)?$", re.IGNORECASE)
MAX_OPTION_COUNT = 99  # `+1 大 502`: a room number, kept as the note


def _amount(number: object, unit: str) -> str:
    """An amount in a unit as the texts write it: `2斤`, `2 kg` (a space before a Latin unit)."""
    return f"{number} {unit}" if unit.isascii() else f"{number}{unit}"


def _typed(measured: Measured) -> str:
    """A join's amount as typed: `2斤`, `2 kg`, `半斤`."""
    return measured.part or f"{measured.quantity}{' ' if measured.unit.isascii() else ''}{measured.unit}"


def in_its_unit(group_buy: GroupBuy, measured: Measured, *, sign: str = "+") -> tuple[int, str, str]:
    """`_in_its_unit` for another way in than a join (代报 王阿姨 2斤: `sign` the add form's start)."""
    return _in_its_unit(group_buy, measured, sign=sign)


def _in_its_unit(group_buy: GroupBuy, measured: Measured, *, sign: str = "+") -> tuple[int, str, str]:
    """(the quantity, the note, the amount as typed when converted) of a join (or, `sign` "-", a leave)
    typed in a unit word on a group buy sold in a unit: that many units in its own (`2斤` on a per-斤
    one); in another weight unit what it converts to when that is whole (`1 kg` on a per-斤 one: 2), else
    `join_not_whole_in_unit` with the nearest whole amounts; no whole number of its own unit (`1.5 kg`,
    `半斤`): `join_fraction_of_unit`, the nearest whole amounts too; else `join_other_unit` saying the
    unit it is sold in."""
    unit = group_buy.terms.unit
    typed = amount(measured)
    same = same_unit(measured.unit, unit)
    converted = typed if same else in_unit(typed, measured.unit, unit) if typed is not None else None
    if converted is not None and (measured.part or not same):  # `1 kg`, `500g`, `3两` on a per-斤 one
        if converted.denominator == 1 and not 0 < converted <= MAX_QUANTITY:  # `+0kg`, `+99999kg`: as
            raise DomainError("quantity_invalid", value=_typed(measured), most=MAX_QUANTITY)  # typed
        if converted.denominator == 1:
            return int(converted), measured.note, "" if same else _typed(measured)
        near = nearest(converted)
        exact = f"{converted.numerator / converted.denominator:g}"  # weights: a finite decimal (`0.3`)
        # `1.5 kg` of one sold by the kg: `join_fraction_of_unit`, its `is 1.5 kg` unsaid
        id_, title, typed_, exact = (
            group_buy.id,
            group_buy.terms.title,
            _typed(measured),
            _amount(exact, unit),
        )
        if len(near) == 1:  # `3两`: 0.3斤, `+1` the nearest
            n, n_amount = near[0], _amount(near[0], unit)
            if same:
                raise DomainError(
                    "join_fraction_of_unit",
                    id=id_,
                    title=title,
                    unit=unit,
                    typed=typed_,
                    n=n,
                    n_amount=n_amount,
                    sign=sign,
                )
            raise DomainError(
                "join_not_whole_in_unit",
                id=id_,
                title=title,
                unit=unit,
                typed=typed_,
                exact=exact,
                n=n,
                n_amount=n_amount,
                sign=sign,
            )
        lower, upper = near  # `3斤` on a per-kg one: 1.5 kg, `+1` or `+2`
        lower_amount, upper_amount = _amount(lower, unit), _amount(upper, unit)
        if same:
            raise DomainError(
                "join_fraction_of_unit_between",
                id=id_,
                title=title,
                unit=unit,
                typed=typed_,
                lower=lower,
                upper=upper,
                lower_amount=lower_amount,
                upper_amount=upper_amount,
                sign=sign,
            )
        raise DomainError(
            "join_not_whole_in_unit_between",
            id=id_,
            title=title,
            unit=unit,
            typed=typed_,
            exact=exact,
            lower=lower,
            upper=upper,
            lower_amount=lower_amount,
            upper_amount=upper_amount,
            sign=sign,
        )
    if same and not measured.part:
        if measured.before > 1 and measured.before != measured.quantity:  # `+2 3斤`: 2 or 3?
            raise DomainError(
                "join_two_quantities",
                id=group_buy.id,
                title=group_buy.terms.title,
                unit=group_buy.terms.unit,
                before=measured.before,
                n=measured.quantity,
                sign=sign,
            )
        return measured.quantity, measured.note, ""
    pieces = typed * DOZEN if typed is not None else Fraction(0)  # `半打`: 6
    dozen = unit_key(measured.unit) == "dozen" and unit_key(unit) in PORTION_WORDS
    if dozen and pieces.denominator == 1 and pieces > 0:
        raise DomainError(  # `+2打` of eggs sold per 个: `+24`; `+半打`: `+6`
            "join_dozen_in_pieces",
            id=group_buy.id,
            title=group_buy.terms.title,
            unit=unit,
            typed=_typed(measured),
            n=int(pieces),
            sign=sign,
        )
    if unit_key(unit) == "dozen" and unit_key(measured.unit) in DOZEN_PIECE_WORDS and typed is not None:
        _pieces_in_dozens(group_buy, measured, typed, sign=sign)  # `+6个`, `+6枚` of eggs sold by the 打
    raise DomainError(  # `2箱`, or an amount not read (`十二斤半`)
        "join_other_unit",
        id=group_buy.id,
        title=group_buy.terms.title,
        unit=group_buy.terms.unit,
        typed=_typed(measured),
        n=max(measured.quantity, 1),  # `半斤`: e.g. +1
        sign=sign,
    )


def _pieces_in_dozens(group_buy: GroupBuy, measured: Measured, pieces: Fraction, *, sign: str) -> None:
    """`+24个` on a group buy sold by the dozen (打): `join_dozen_in_pieces`, its `+2`; `+6个`: half a
    dozen, `+5个` less than one, `+18个` no whole dozens: the whole dozens near it, each with its pieces
    (`+1` for 1 dozen, 12 pieces). Pieces not read as a whole number (`半个`) are left to the caller."""
    if pieces.denominator != 1 or pieces <= 0:
        return
    id_, title, unit, typed = group_buy.id, group_buy.terms.title, group_buy.terms.unit, _typed(measured)
    count, one = int(pieces), _amount(1, unit)
    lower = count // DOZEN
    if count % DOZEN == 0:  # `+24个`: `+2`
        raise DomainError(
            "join_dozen_in_pieces", id=id_, title=title, unit=unit, typed=typed, n=lower, sign=sign
        )
    half, less = count * 2 == DOZEN, lower == 0  # `6个`: half a dozen; `5个`: less than one
    if half and sign == "-":  # `-6个`: `-1` takes a whole one off
        raise DomainError(
            "leave_half_dozen_in_pieces",
            id=id_, title=title, unit=unit, typed=typed, n=1, n_amount=one, pieces=DOZEN, sign=sign,
        )  # fmt: skip
    if half:  # `+6个`: `+1` for a whole one
        raise DomainError(
            "join_half_dozen_in_pieces",
            id=id_, title=title, unit=unit, typed=typed, n=1, n_amount=one, pieces=DOZEN, sign=sign,
        )  # fmt: skip
    if less and sign == "-":  # `-5个`
        raise DomainError(
            "leave_less_than_dozen_in_pieces",
            id=id_, title=title, unit=unit, typed=typed, n=1, n_amount=one, pieces=DOZEN, sign=sign,
        )  # fmt: skip
    if less:  # `+5个`
        raise DomainError(
            "join_less_than_dozen_in_pieces",
            id=id_, title=title, unit=unit, typed=typed, n=1, n_amount=one, pieces=DOZEN, sign=sign,
        )  # fmt: skip
    raise DomainError(  # `+18个`: `+1` or `+2`
        "join_no_whole_dozen_in_pieces",
        id=id_,
        title=title,
        unit=unit,
        typed=typed,
        lower=lower,
        upper=lower + 1,
        lower_amount=_amount(lower, unit),
        upper_amount=_amount(lower + 1, unit),
        lower_pieces=lower * DOZEN,
        upper_pieces=(lower + 1) * DOZEN,
        sign=sign,
    )


def _decimal_comma(group_buy: GroupBuy, measured: Measured, *, sign: str) -> None:
    """`+1,5斤` (`measured.comma`): always refused, saying the comma was read as a decimal point and what
    that amount is in the group buy's unit: no whole number of it (`join_not_whole_in_unit`, the comma said
    first: `comma`), a whole one to send instead (`+1,5kg` on a per-斤 one: `+3`), or, sold by the 份 or
    with options, that a quantity is a whole number (`join_decimal_comma_portion`), never "how many 份?".
    `+1.5` (a point, no unit word): the same without the comma said (`join_fraction_portion`)."""
    unit = group_buy.terms.unit
    pointed = measured.part
    if (not unit or group_buy.terms.options) and not measured.comma:  # `+1.5`: 份 are whole
        raise DomainError("join_fraction_portion", typed=pointed, sign=sign, id=group_buy.id)
    if not unit or group_buy.terms.options:
        raise DomainError(
            "join_decimal_comma_portion", typed=measured.comma, pointed=pointed, sign=sign, id=group_buy.id
        )
    read = measured if measured.unit else replace(measured, unit=unit, part=_amount(pointed, unit))
    try:
        quantity, _, _ = _in_its_unit(group_buy, read, sign=sign)
    except DomainError as refusal:
        refusal.params["comma"] = measured.comma
        raise
    raise DomainError(  # `+1,5kg` on a per-斤 one: 3斤
        "join_decimal_comma_whole",
        typed=measured.comma,
        pointed=read.part,
        n=quantity,
        n_amount=_amount(quantity, unit),
        unit=unit,
        sign=sign,
        id=group_buy.id,
    )


def goods_in_dozens(group_buy: GroupBuy, named: str, quantity: int, *, sign: str = "+") -> None:
    """`+6 eggs` on Eggs sold by the dozen: English counts the goods themselves after a number (6 eggs, half
    a dozen), never read as 6 dozen; answered as `+6个` is (`_pieces_in_dozens`). `+1 eggs` is "me too",
    as `+1 鸡蛋` (a Chinese product word after a number counts 份, as ever). `sign`: the form of the
    example (`代报 #1 王阿姨 ` for `代报 王阿姨 6 eggs`)."""
    if quantity < 2 or unit_key(group_buy.terms.unit) != "dozen" or not named.isascii():
        return
    _pieces_in_dozens(group_buy, Measured(quantity, named), Fraction(quantity), sign=sign)


def goods_by_weight(group_buy: GroupBuy, named: str, quantity: int, *, sign: str = "+") -> None:
    """`I want 2 lychees`, `+2 lychees` on Lychees sold by the jin (any weight): English counts the goods
    themselves after a number (a plural), and two lychees are no amount in jin; refused as `+2个` is
    (`join_other_unit`: how it is sold, the form to send). `+1 lychees` is "me too"; `+2 rice` (no plural:
    a mass word) is 2 of its unit, and so is a Chinese product word after a number, as ever (`+2 荔枝`:
    2斤). The title itself as the card writes it (`+2 Lychees` on Lychees) names the group buy, not the
    goods counted: 2 of its unit. `sign`: the form of the example."""
    if quantity < 2 or grams(group_buy.terms.unit) is None or not named.isascii():
        return
    if named.split() == group_buy.terms.title.split():  # `+2 Lychees`: the card's title, copied
        return
    words = named.split()
    if not words or not words[-1].lower().endswith("s"):  # `+2 rice`, `+2 pork`: as `+2`
        return
    raise DomainError(
        "join_other_unit",
        id=group_buy.id,
        title=group_buy.terms.title,
        unit=group_buy.terms.unit,
        typed=f"{quantity} {named}",
        n=quantity,
        sign=sign,
    )


# From how many a Chinese product word after a number (`+12 鸡蛋`) on a group buy sold by the dozen is
# asked about rather than joined as that many dozen: `+2 鸡蛋` is 2 dozen as ever, `+12 鸡蛋` most likely
# 12 eggs, never 144 unasked.
ASK_DOZENS_FROM = 6


def dozens_or_pieces(group_buy: GroupBuy, named: str, quantity: int) -> None:
    """`+12 鸡蛋` on eggs sold by the dozen: a number that size with the product's Chinese word is as
    likely the eggs as the dozens, and 12 dozen is ¥144 for ¥12 meant, so it is asked, both forms given
    (`+12打` joins them; `+12个` is answered in dozens), nothing joined."""
    unit = group_buy.terms.unit
    if quantity < ASK_DOZENS_FROM or unit_key(unit) != "dozen" or named.isascii():
        return
    raise DomainError(
        "join_dozens_or_pieces",
        id=group_buy.id,
        title=group_buy.terms.title,
        unit=unit,
        typed=f"{quantity} {named}",
        n=quantity,
        n_amount=_amount(quantity, unit),
        pieces=quantity * DOZEN,
    )


def without_title(group_buy: GroupBuy, note: str) -> str:
    """`+1 #4 apples` on "Apples", `+1 粽子` on 端午粽子: words of the group buy's own title name it, they
    are no note; so do its product's other names (`+1 荔枝` on Lychees, `+1 芒果` on 海南金煌芒 5斤), also
    before a note (`+1 durian need by sat`: the note `need by sat`)."""
    return beyond_title(group_buy.terms.title, note)


def beyond_title(title: str, note: str) -> str:
    """A join's `note` without the words naming the product titled `title` (`without_title`): what a
    which-question's example for that group buy keeps (`+1 green onion`: `大葱发 +1 #4`, no note); a
    note that is only a word of the title mistyped names it too (`+1 lychess` on Lychees: `title_typo`)."""
    words = note.split()
    if len(words) == 1 and title_typo(words[0], title):
        return ""
    if len(words) > 1 and note.isascii() and any(name in title for name in chinese_names(" ".join(words))):
        return ""  # `+1 green onion` on 大葱: the product's name in English, of two words
    first = 0  # `+1 durian (need by sat)`, `+1草莓 备注:不要太软的`: the product named first, then the note
    while first < len(words) and (word_names(words[first], title) or product_named(words[first], title)):
        first += 1
    return " ".join(words[first:]) if first else note


# a pasted list line's words after the name: an option and its count (`大盒 2`, `豆沙2份`, `大盒 x2`)
_PASTED_OPTION_COUNT = re.compile(
    r"(?P<word>[^\s\d][^\s]*?)\s*(?:[x×*]\s*)?(?P<n>\d{1,2})\s*(?:份|个|只|件)?", re.IGNORECASE
)

# the same with the line's note after its count (`大盒 1 6号楼`): the count, never the note's first word
_PASTED_OPTION_NOTED = re.compile(
    r"(?P<word>[^\s\d][^\s]*?)\s*(?:[x×*]\s*)?(?P<n>\d{1,2})\s*(?:份|个|只|件)?"
    r"\s+(?P<rest>\S.*)",
    re.IGNORECASE,
)


def _counted_word(note: str) -> tuple[str, int] | None:
    """(the word, the count) of a typed join's words that are one word and a count that may name or
    misname an option (`小盒2份`, `中盒 2`: a Chinese word, or a size in English, `medium 2`), for
    finding the group buy meant among several open; None else (`小王 2` reads as before: a name, a note)."""
    found = _PASTED_OPTION_COUNT.fullmatch(note.strip())
    if found is None or not 0 < int(found.group("n")) <= MAX_OPTION_COUNT:
        return None
    asked = count_in_note(note, "")
    if asked is not None and not without_count(note, asked[1]).strip():  # `要2份`: a count, no option
        return None
    word = found.group("word")
    if not (_CJK_WORD.fullmatch(word) or is_size_word(word)):
        return None
    return word, int(found.group("n"))


def _typed_option_count(group_buy: GroupBuy, note: str) -> tuple[int, str, bool]:
    """(the quantity, the note, whether the count was read off an option tried) of a typed `+1` whose
    words are a word and a count: an option glued to its count (`+1 小盒2份`, `+1 small2`) is spaced so
    the option's count reads it (`小盒 2份`: 2 of 小盒); a word read as an option misnamed (`+1 中盒 2`,
    `+1 大和 2`, `+1 medium 2`) gives its count to the question which (`例如 +2 大盒`), never a note `2`
    beside the example; anything else (`+1 小王 2`, `+1 Zoe 2`) is (1, the note, False) as before."""
    found = _PASTED_OPTION_COUNT.fullmatch(note.strip()) if group_buy.terms.options else None
    if found is None or not 0 < int(found.group("n")) <= MAX_OPTION_COUNT:
        return 1, note, False
    asked = count_in_note(note, group_buy.terms.unit)
    if asked is not None and not without_count(note, asked[1]).strip():  # `+1 要2份`: a count, no option
        return 1, note, False
    word = found.group("word")
    named, rest = option_in_note(group_buy, word)
    if named and not rest:
        return 1, f"{word} {note.strip()[len(word) :].strip()}", False
    tried = resembles_an_option(group_buy, word) if _CJK_WORD.search(word) else _option_tried(group_buy, word)
    if tried or is_size_word(word):
        return int(found.group("n")), word, True
    return 1, note, False


def _pasted_option_count(group_buy: GroupBuy, note: str) -> tuple[int, str, bool]:
    """(the quantity, the note, whether the word is an option tried) of a pasted list line read with no
    count of its own whose words are an option and a count (`3. Eve 大盒 2`, `3. Ada 豆沙2份`): that many
    of it, no note; a word that reads as an option misnamed (`中盒 2`, `大和 2`) keeps the count for the
    question which option (`例如 +2 大盒`); anything else (`六楼 2`, no options) is (1, the note, False)."""
    found = _PASTED_OPTION_COUNT.fullmatch(note.strip()) if group_buy.terms.options else None
    if found is None and group_buy.terms.options:  # `3. 老王 大盒 1 6号楼`: its note after (rep88 #5)
        noted = _PASTED_OPTION_NOTED.fullmatch(note.strip())
        alone = option_in_note(group_buy, noted.group("word")) if noted is not None else ("", "")
        if noted is not None and alone[0] and not alone[1] and 0 < int(noted.group("n")) <= MAX_OPTION_COUNT:
            return int(noted.group("n")), f"{noted.group('word')} {noted.group('rest')}", False
    if found is None or not 0 < int(found.group("n")) <= MAX_OPTION_COUNT:
        return 1, note, False
    word, n = found.group("word"), int(found.group("n"))
    named, rest = option_in_note(group_buy, word)
    if named and not rest:
        return n, word, False
    if resembles_an_option(group_buy, word):
        return n, word, True
    return 1, note, False


def _count_of_option(group_buy: GroupBuy, option: str, quantity: int, note: str) -> tuple[int, str, bool]:
    """(the quantity, the note, whether the words were its count) of a join naming an option whose other
    words are only a count of it (`+1 #1 egg yolk 2`, `+1 小 2`, `+1 2 小`, `+1 小 x2`, `+1 小 2份`, in
    Chinese words too: `+1 小 要2份`, `+1 小 两份`, `+1 #2 小 共3份`; not `2 more`, said as more): that
    count, no note (`+1` only says "me too", as `+1 2斤` does); another count typed before it (`+2 小 3`)
    is `join_option_two_quantities`, naming the form to send (`+3 小 #1`). A number of three digits or
    more (`+1 大 502`) is a room, the note, as ever."""
    counted = _OPTION_COUNT.match(note)
    n = int(counted.group("n")) if counted is not None else 0
    asked = count_in_note(note, group_buy.terms.unit) if counted is None else None
    if asked is not None and not without_count(note, asked[1]) and not asked[1].isascii():
        n = asked[0]  # `+1 小 要2份`, `+1 小 两份`: the count in words is hers, as `+1 小 2份` is
    if not 0 < n <= MAX_OPTION_COUNT:
        return quantity, note, False
    if quantity not in (1, n):
        raise DomainError(
            "join_option_two_quantities",
            id=group_buy.id,
            title=group_buy.terms.title,
            option=option,
            before=quantity,
            n=n,
        )
    return n, "", True


def _option_first(group_buy: GroupBuy, words: str) -> str:
    """The option the first words of a join's note name (`大盒 3号楼`: 大盒), "" when they name none."""
    said = words.split()
    for size in range(min(len(said), 3), 0, -1):
        option, left = option_in_note(group_buy, " ".join(said[:size]))
        if option and not left:
            return option
    return ""


def option_joined(group_buy: GroupBuy, option: str, option_index: int, note: str) -> str:
    """The option a join naming `option` (or its `option_index`, or a word of its `note`) is for, as
    `join` reads it (`+1 小` is 小盒); "" without options or where it would ask which."""
    try:
        return _option_of_join(group_buy, option, option_index, note)[0]
    except DomainError:
        return ""


def _option_of_join(
    group_buy: GroupBuy, option: str, option_index: int, note: str, *, option_attempt: bool = False
) -> tuple[str, str]:
    """(the option's name, "" without options; the note without the word that named it). Naming none of
    several, the question which; its example keeps the note (`+1 酸的 小王`), unless that reads as an
    option misnamed (`option_attempt`, resembling one: `+1 7kg`)."""
    if option_index:
        return option_at(group_buy, option_index), note
    if option:
        if group_buy.option_named(option) is None and option_shortened(group_buy, option):
            return option_shortened(group_buy, option), note  # `/join 咸` for 咸的
        found = group_buy.option_for_join(option)
        return (found.name if found else ""), note
    named, rest = option_in_note(group_buy, note)
    second, left = option_in_note(group_buy, rest)
    if named and second and second != named and left:  # `+1 小盒 大盒 3号楼`: the second right after it
        second = _option_first(group_buy, rest)  # (`+1 大盒 没有的话 小盒 也行` is a note: one option)
        left = ""
    if named and second and second != named and not left:  # `+1 #7 小盒 大盒`: which one? (rep104 #1)
        raise DomainError("join_two_options", id=group_buy.id, first=named, second=second)
    if named:
        return named, rest
    try:
        found = group_buy.option_for_join("")  # the only one, or the question which
    except DomainError as question:  # `+1 小王`: a note (a name), no option; the example keeps it
        noted = without_title(group_buy, note)  # `+1 芒果` on 芒果: the title, no note
        misnamed = option_attempt and resembles_an_option(group_buy, noted)  # `+1 7kg`: no note to keep
        if question.code == "option_which" and noted and not misnamed:
            question.params["example"] = f"{question.params['example']} {noted}"
        meant = (option_in_other_words(group_buy, noted) or _spelt_like(group_buy, noted)) if misnamed else ""
        sold_out = bool(meant) and _sold_out_option(group_buy, meant)  # `vanila`, `大和` beside one 🈵: the
        # example stays the one still to be had (`e.g. +1 choc`, the 🈵 said among the choices), no typo in it
        if question.code == "option_which" and meant and not sold_out:  # `+1 咸的` beside salty: `+1 salty`
            question.params["example"] = meant
        elif question.code == "option_which" and misnamed and not meant and _no_such_word(noted):
            raise DomainError(  # `+1 中盒` beside 大盒, 小盒: there is no 中盒, and which there are
                "option_not_here",
                name=noted,
                id=group_buy.id,
                title=group_buy.terms.title,
                choices=group_buy.option_choices(),
                example=question.params["example"],
            ) from question
        raise
    return (found.name if found else ""), note


async def _how_many_open(
    uow: UnitOfWork, chat_id: str, listed: list[GroupBuy], organiser: str | None = None
) -> int:
    """How many group buys are open here (the `organiser`'s, when given), `listed` being the newest of
    them, at most `MAX_OPEN_LISTED`: read only when that many are listed (15 open: 15, not 10)."""
    if len(listed) < MAX_OPEN_LISTED:
        return len(listed)
    return max(len(listed), await uow.group_buys.count_open_in_chat(chat_id, organiser=organiser))


async def _the_one_meant(
    uow: UnitOfWork,
    chat_id: str,
    open_here: list[GroupBuy],
    theirs: list[GroupBuy],
    *,
    member: str | None,
    organiser: str | None,
    adding: bool = False,
    note: str = "",
    full: list[GroupBuy] | None = None,
    leaving_of: int = 0,
) -> GroupBuy:
    """Of several open here, the one meant, else `which_group_buy`: the newest (at most
    `MAX_OPEN_LISTED`) listed oldest first, `n` how many are open, `shown` how many listed; an organiser's
    command (`theirs`: hers open here, newest first) lists only hers, counting all of hers. `full`:
    those open here left out of a join's question (🈵), named apart (`sold_out`: (id, title) each, and
    `sold_out_held`: what she holds on each), as are a join's options sold out on their own
    (`options_sold_out`: (id, title, names) each); `n` counts them all, those 🈵 too. `leaving_of`: a
    leave's question among the `open_here` she is on, of that many open here: each listed with what she
    holds on it (`leaving`: (id, title, units) each), `n` still all of them."""
    full = sorted(full or [], key=lambda g: g.id or 0)
    apart: dict[str, Any] = {"sold_out": [(g.id or 0, g.terms.title) for g in full]} if full else {}
    gone = [  # 多规格: an option sold out on its own (its counts read for a join), named apart too (🈵)
        (g.id or 0, g.terms.title, [o.name for o in g.terms.options if g.option_sold_out(o)])
        for g in sorted(open_here, key=lambda g: g.id or 0)
    ]
    if adding and any(names for *_, names in gone):
        apart["options_sold_out"] = [each for each in gone if each[2]]
    if len(theirs) == 1:
        return theirs[0]
    oldest_first = sorted(open_here, key=lambda g: g.id or 0)
    if member is not None:
        ids = [g.id for g in open_here if g.id is not None]
        joined = await uow.group_buys.joined_among(ids, member)
        if len(joined) == 1 and not adding:  # `-1`, `进度`: the one she is on
            return next(g for g in open_here if g.id in joined)
        if adding and joined:  # `+1` on #1 with #2 open: one more of #1, or #2? Asked, nothing added
            n = await _how_many_open(uow, chat_id, [*open_here, *full])
            if full:  # what she holds on those 🈵, said apart: `#2 阳光玫瑰（你已跟 1 份） 已售罄`
                apart["sold_out_held"] = [await _own_units(uow, g, member) for g in full]
                apart["sold_out_units"] = [g.terms.unit for g in full]
            await _which_with_held(uow, oldest_first, joined, member, note, n, apart)
        if leaving_of and joined:  # `退一份` on two of three open: hers listed, with what she holds
            held = [(g.id or 0, g.terms.title, await _own_units(uow, g, member)) for g in oldest_first]
            raise DomainError(
                "which_group_buy",
                n=max(leaving_of, len(open_here)),
                shown=len(oldest_first),
                choices=" · ".join(f"#{g.id} {g.terms.title}" for g in oldest_first),
                example=oldest_first[0].id,
                listed=[(number, title) for number, title, _ in held],
                leaving=held,
                units=[g.terms.unit for g in oldest_first],
            )
    n = await _how_many_open(uow, chat_id, [*open_here, *full])
    hers = await _how_many_open(uow, chat_id, theirs, organiser) if theirs else 0
    # an organiser's command: only hers, those she may act on (all of them, newest first: `theirs`)
    listed = sorted(theirs, key=lambda g: g.id or 0) if theirs and hers < n else oldest_first
    choices = " · ".join(f"#{g.id} {g.terms.title}" for g in listed)  # reads in zh and en
    yours = {"yours": True} if listed != oldest_first else {}  # others' left out: said as hers
    n = hers if yours else n
    shown = [(g.id or 0, g.terms.title) for g in listed]  # `listed`: the question's buttons (handlers)
    units = [g.terms.unit for g in listed]  # each one's unit: its example in it (`+1000g`: `+1 kg #11`)
    named = [example_option(g, note) for g in listed]  # each one's option to name (`+1 #11 咸的`)
    raise DomainError(
        "which_group_buy",
        n=n,
        shown=len(listed),
        choices=choices,
        example=listed[0].id,
        listed=shown,
        units=units,
        options=named,
        option_names=[[o.name for o in g.terms.options] for g in listed],  # `大盒` answers as #3's
        **yours,
        **apart,
    )


async def _own_units(uow: UnitOfWork, group_buy: GroupBuy, member: str) -> int:
    """The units the member holds on her own line(s) of `group_buy` (a friend's line is not hers)."""
    assert group_buy.id is not None
    return sum(
        line.quantity for line in await uow.group_buys.lines_of(group_buy.id, member) if not line.friend
    )


def example_option(group_buy: GroupBuy, note: str, held: str = "") -> str:
    """The option a which-group-buy example names for `group_buy`, so following it is not asked which
    option next: the one she holds there (`held`) unless it is sold out on its own (rep92 #9: never a
    🈵 one to join), else none when it has at most one option or her `note` names one already, else its
    last not sold out (as the question which option's example, `option_which`)."""
    options = group_buy.terms.options
    kept = group_buy.option_named(held) if held else None
    if held and (kept is None or not group_buy.option_sold_out(kept)):
        return held
    if len(options) < 2 or option_in_note(group_buy, note)[0]:
        return ""
    left = [option for option in options if not group_buy.option_sold_out(option)]  # never one 🈵
    return (left or options)[-1].name


async def _which_with_held(
    uow: UnitOfWork,
    oldest_first: list[GroupBuy],
    joined: set[int],
    member: str,
    note: str,
    n: int,
    apart: dict[str, Any],
) -> None:
    """`which_group_buy` for a join by a member already on some of the open group buys (`n` open, the
    newest listed): each listed with
    the units she holds on it (`held`: (id, title, units; 0 where she is on none or holds only a
    friend's line: `张叔 帮 小王 ×1斤` is not hers), and the option she holds there when all her lines
    are of one: `豆沙`, else ""); the handler shows an example for each (`+1 #6 豆沙`; `options`: the
    option each names, `example_option`), none steering her to another's."""
    held: list[tuple[int, str, int, str]] = []
    rooms: list[int | None] = []  # how many more each one's per-person limit lets her join (None: no limit)
    for group_buy in oldest_first:
        assert group_buy.id is not None
        lines = await uow.group_buys.lines_of(group_buy.id, member) if group_buy.id in joined else []
        options = {line.option for line in lines}
        option = options.pop() if len(options) == 1 and len(group_buy.terms.options) > 1 else ""
        own = sum(line.quantity for line in lines if not line.friend)  # a friend's line is not hers
        held.append((group_buy.id, group_buy.terms.title, own, option))
        limit = group_buy.terms.per_person_limit  # all her lines count toward it, friends' too
        rooms.append(None if limit is None else max(limit - sum(line.quantity for line in lines), 0))
    choices = " · ".join(f"#{g.id} {g.terms.title}" for g in oldest_first)
    example = next((g.id for g in oldest_first if g.id not in joined), oldest_first[0].id)
    listed = [(number, title) for number, title, _, _ in held]
    units = [g.terms.unit for g in oldest_first]  # each one's unit, as `held`: `你已跟 2斤`
    named = [example_option(g, note, option) for g, (_, _, _, option) in zip(oldest_first, held, strict=True)]
    raise DomainError(
        "which_group_buy",
        n=n,
        shown=len(oldest_first),
        choices=choices,
        example=example,
        held=held,
        rooms=rooms,
        limits=[g.terms.per_person_limit for g in oldest_first],
        listed=listed,
        units=units,
        options=named,
        option_names=[[o.name for o in g.terms.options] for g in oldest_first],  # `大盒` answers as #3's
        **apart,  # those sold out, named apart (`_the_one_meant`)
    )


async def newest_of_member(uow: UnitOfWork, chat_id: str, member: str) -> GroupBuy | None:
    """Of the chat's group buys no longer open, the newest the member was on (None: none): what her bare
    `进度` means once nothing is open, rather than a newer one she never joined."""
    closed = await uow.group_buys.closed_in_chat(chat_id)
    on = await uow.group_buys.joined_among([g.id for g in closed if g.id is not None], member)
    theirs = next((g for g in closed if g.id in on), None)
    return None if theirs is None or theirs.id is None else await uow.group_buys.get(theirs.id)


async def _nothing_open(
    uow: UnitOfWork, chat_id: str, last: GroupBuy, member: str, *, leaving: bool = False
) -> None:
    """A bare `+1` / `-1` with nothing open here, `last` the chat's newest group buy: told it closed when
    she means it (she is on it, or it ran to its end: a late join; `-1`: the newest she was on); a newer
    one called off, or one she never joined after hers, is not taken as meant: there is no open group
    buy here, the last one named. Returns when `last` is hers to be told about (its own refusal follows)."""
    theirs = await newest_of_member(uow, chat_id, member)
    if theirs is not None and theirs.id == last.id:
        return
    if theirs is not None and leaving:
        raise DomainError(
            "group_buy_closed", id=theirs.id, title=theirs.terms.title, status=theirs.status.value
        )
    if theirs is None and last.status is not GroupBuyStatus.CANCELLED:
        return
    if last.organiser_id == member:  # hers: the command that opens it again
        raise DomainError("no_open_group_buy_last_own", id=last.id, title=last.terms.title)
    raise DomainError(
        "no_open_group_buy_last", id=last.id, title=last.terms.title, organiser=last.organiser_name
    )


async def _check_friends(uow: UnitOfWork, group_buy_id: int, user_id: str, most: int) -> None:
    lines = await uow.group_buys.lines_of(group_buy_id, user_id)
    if sum(1 for line in lines if line.friend) >= most:
        raise DomainError("friends_too_many", max=most)


async def leave(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    quantity: int | None,
    now: datetime,
    friend: str = "",
    option: str = "",
    measured: Measured | None = None,
    cover: Callable[[GroupBuy, Participant, int], Awaitable[int]] | None = None,
) -> Participation:
    """退出: remove `quantity` units, or the whole line when None (a friend's line, if named; the one
    friend's line of a member who has no line of their own, several: they are asked whose, with the
    form that says it; with options, the `option`'s line, or the member's one line: holding several,
    they are asked which). A quantity in a unit word (`measured`: `-2kg`, `-1斤`, `退出 2斤`) counts on
    a group buy sold in a unit without options as a join's does (converted, or refused as no whole
    number of it, the example a leave's: `-1`); on one with options the word is the option's name. A
    word naming the product, not an option (`-1 durian`, `退出 芒果` on 海南金煌芒), is the group buy
    meant, as a join's title word is (`titled`). Once it formed, a leave its target would not survive
    is refused, unless `cover` (the waiting list: the units it moves in once `current` lets go of `drop`)
    keeps the target: then it is made, and the caller moves them in in this unit of work."""
    unit = measured.unit if measured is not None else ""
    group_buy = await find(
        uow,
        chat_id=chat_id,
        group_buy_id=group_buy_id,
        member=user_id,
        option=option,
        note=option,
        unit=unit,
        leaving=True,
    )
    assert group_buy.id is not None
    eggs = bool(option and quantity is not None) and unit_key(group_buy.terms.unit) == "dozen"  # `-6 eggs`
    counted = measured is not None or eggs  # `-6枚`, `-6 eggs`, `-1斤`
    if counted and not group_buy.terms.options:  # no line here: told so, as `-1` tells, not how to count
        lines = await uow.group_buys.lines_of(group_buy.id, user_id)
        if not any(line.quantity > 0 for line in lines):
            if group_buy_id is None and not group_buy.is_open:
                await _nothing_open(uow, chat_id, group_buy, user_id, leaving=True)
            group_buy.leave(None, quantity=None, now=now)  # closed: said so; else `not_joined`
    if option and group_buy.option_named(option) is None and not without_title(group_buy, option):
        if quantity is not None:  # `-6 eggs` on eggs sold by the dozen: 6 eggs, as `+6 eggs` is
            try:
                goods_in_dozens(group_buy, option, quantity, sign="-")
            except DomainError as refusal:
                await _example_named(uow, chat_id, group_buy, group_buy_id, refusal)
                raise
        option, measured = "", None  # `-1 durian`, `退出 芒果`: the product named, as `+1 durian` joins it
    if group_buy_id is None and not group_buy.is_open:
        await _nothing_open(uow, chat_id, group_buy, user_id, leaving=True)
    if measured is not None and measured.comma:  # `-1,5斤`: the point meant, nothing taken off
        try:
            _decimal_comma(group_buy, measured, sign="-")
        except DomainError as refusal:
            await _example_named(uow, chat_id, group_buy, group_buy_id, refusal)
            raise
    if measured is not None and group_buy.terms.unit and not group_buy.terms.options:
        quantity, _, _ = _in_its_unit(group_buy, measured, sign="-")
        option = ""
    elif measured is not None and measured.alone and measured.part:  # `-1.5斤` on one sold by the 份
        raise DomainError("leave_usage")
    elif (
        measured is not None
        and (measured.unit.isascii() or _other_count(measured))
        and not (group_buy.terms.unit or option)
    ):
        raise DomainError("leave_usage")  # `-2 kg`, `-1打` on one sold by the 份: not 2 of them
    friend, option = await _friend_as_written(uow, group_buy, user_id, clean_text(friend), option)  # `mum -1`
    if group_buy.terms.options or option:
        try:
            current = await _option_line(uow, group_buy, user_id, friend, option, quantity)
        except DomainError as asked:  # `-1 #2` holding two options of one that closed: closed, said
            if asked.code in ("option_which_leave", "leave_which_friend"):  # first, never which (rep92 #8)
                _closed_to_leave(group_buy, now)
            raise
    else:
        current = await uow.group_buys.participant(group_buy.id, user_id, friend)
    if current is None and not friend and not group_buy.terms.options:  # a friend's line only: that one
        lines = await uow.group_buys.lines_of(group_buy.id, user_id)
        current = lines[0] if len(lines) == 1 else None
        if len(lines) > 1:  # friends' lines only, several: whose is not guessed
            held = " / ".join(f"{line.friend} ×{line.quantity}" for line in lines)
            first = lines[0]
            raise DomainError(
                "leave_which_friend",
                title=group_buy.terms.title,
                id=group_buy.id,
                held=held,
                n=quantity or first.quantity,  # 退出: that friend's whole line
                friend=first.friend,
            )
    if current is None and friend and option:  # `-1 for Mum 咸蛋黄`, Mum holding 豆沙 only: what Mum holds
        await _no_friend_option_line(uow, group_buy, user_id, friend, option, quantity)
    if current is None and friend:  # no line for that friend: the lines they have are named
        await _no_friend_line(uow, group_buy, user_id, friend, quantity, now=now)
    before = current.quantity if current else 0
    try:
        line = group_buy.leave(current, quantity=quantity, now=now)
    except DomainError as refusal:
        if cover is None or current is None or refusal.code not in _UNFORMS:
            raise
        drop = min(current.quantity if quantity is None else quantity, current.quantity)
        covered = await cover(group_buy, current, drop)
        if not covered:
            raise
        line = group_buy.leave(current, quantity=quantity, now=now, covered=covered)
    delta = line.quantity - before
    await _write(uow, group_buy, line, delta, now=now)
    return Participation(group_buy, line, delta)


async def _friend_as_written(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, friend: str, word: str
) -> tuple[str, str]:
    """(the friend as her line there writes it, the words after the name) for a friend's join or leave:
    case and spacing aside (`+1 for mum` after `+1 for Mum small`: Mum's line, the first spelling kept);
    a line of the name and the first word after it (`-1 for Zhao wei` holding Zhao Wei's line: that
    line); a two-word name whose last word is an option or the product (`+1 for Tom Vanilla`): Tom's,
    the word after it. As typed when she holds no such line (no friend named: no read)."""
    if not friend or group_buy.id is None:
        return friend, word
    head, _, last = friend.rpartition(" ")
    if (
        head
        and not word
        and (group_buy.option_named(last) is not None or names_product(last, group_buy.terms.title))
    ):
        friend, word = head, last  # `+1 for Tom Vanilla`: Tom's vanilla, never a friend "Tom Vanilla"
    lines = [line for line in await uow.group_buys.lines_of(group_buy.id, user_id) if line.friend]
    first, _, rest = word.strip().partition(" ")
    if first and friend.isascii() and first.isascii():  # `+1 for Zhao wei`: Zhao Wei's line held
        whole = _folded_name(f"{friend} {first}")
        held = next((line.friend for line in lines if _folded_name(line.friend) == whole), None)
        if held is not None:
            return held, rest.strip()
    key = _folded_name(friend)
    return next((line.friend for line in lines if _folded_name(line.friend) == key), friend), word


def _folded_name(name: str) -> str:
    return " ".join(name.split()).casefold()


# a leave refused because the target reached would be lost (commerce.domain.group_buy)
_UNFORMS = frozenset(
    {"leave_would_unform", "lower_would_unform", "friend_leave_would_unform", "friend_lower_would_unform"}
)


async def _no_friend_option_line(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, friend: str, option: str, quantity: int | None
) -> None:
    """`-1 for Mum 咸蛋黄` while the member's lines for Mum are of other options (豆沙 ×1): refused saying Mum
    has no line of that option and what Mum has, with the leave that would take it off; else returns."""
    assert group_buy.id is not None
    key = _folded_name(friend)
    lines = [
        line
        for line in await uow.group_buys.lines_of(group_buy.id, user_id)
        if line.friend and line.quantity > 0 and _folded_name(line.friend) == key
    ]
    if not lines:
        return
    first = lines[0]
    raise DomainError(
        "leave_friend_option_none",
        title=group_buy.terms.title,
        id=group_buy.id,
        friend=first.friend,
        option=option,
        held=", ".join(f"{line.option} ×{line.quantity}" for line in lines),
        n=min(quantity or first.quantity, first.quantity),
        their=first.option,
    )


async def _no_friend_line(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, friend: str, quantity: int | None, *, now: datetime
) -> None:
    """A leave naming a friend the member holds no line for: refused naming the lines they do hold (none
    at all: that she has no line for that friend, rep80 #7, never "you are not on the list"; closed: the
    close said, as ever)."""
    assert group_buy.id is not None
    lines = [line for line in await uow.group_buys.lines_of(group_buy.id, user_id) if line.quantity > 0]
    friends = [line for line in lines if line.friend]
    title, gid = group_buy.terms.title, group_buy.id
    if friends:
        held = tuple((line.friend, line.option, line.quantity) for line in friends)  # said in its unit
        first = friends[0]
        n = quantity or first.quantity
        raise DomainError(
            "leave_friend_none",
            title=title,
            id=gid,
            friend=friend,
            held=held,
            n=n,
            other=first.friend,
            unit=group_buy.terms.unit,
        )
    if lines:
        own = lines[0]
        raise DomainError(
            "leave_friend_none_own",
            title=title,
            id=gid,
            friend=friend,
            units=own.quantity,
            unit=group_buy.terms.unit,
        )
    if group_buy.is_open and not group_buy.is_past_deadline(now):  # `-1 for Zhao` once more: Zhao's, gone
        raise DomainError("leave_friend_none_at_all", title=title, id=gid, friend=friend)


def _closed_to_leave(group_buy: GroupBuy, now: datetime) -> None:
    """Refused as closed (`group_buy_closed`, as its leave would be) when `group_buy` takes no more
    changes: said before asking which line to leave."""
    try:
        group_buy.leave(None, quantity=None, now=now)
    except DomainError as refusal:
        if refusal.code != "not_joined":
            raise


async def _option_line(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, friend: str, option: str, quantity: int | None
) -> Participant | None:
    """The line a leave from a group buy with options means: of the option named (an unknown one is
    refused with the options), else the member's one line (their own, or their one friend's; only
    several friends' lines: they are asked whose, with the form that says it)."""
    assert group_buy.id is not None
    if not group_buy.terms.options:
        raise DomainError("options_none", id=group_buy.id, title=group_buy.terms.title)
    try:
        chosen = group_buy.option_for_join(option) if option else None
    except DomainError as unknown:  # `-1 vanila`: as `vanila -1`, the leave to send, nothing changed
        if unknown.code != "option_unknown":
            raise
        lines = await uow.group_buys.lines_of(group_buy.id, user_id)
        holds = [line.option for line in lines if line.option and line.friend == friend]  # the friend's
        meant = _spelt_like(group_buy, option)  # `vanila`: vanilla, unless she holds another one only
        example = meant if meant in holds or not holds else holds[0]
        if friend:  # `-1 for mum vanila`: the leave to send keeps the friend, `-1 vanilla for mum`
            raise DomainError(
                "leave_option_not_here_for",
                name=option,
                id=group_buy.id,
                title=group_buy.terms.title,
                choices=group_buy.option_choices(),
                example=example or group_buy.terms.options[0].name,
                friend=friend,
            ) from unknown
        raise DomainError(
            "leave_option_not_here",
            name=option,
            id=group_buy.id,
            title=group_buy.terms.title,
            choices=group_buy.option_choices(),
            example=example or group_buy.terms.options[0].name,
        ) from unknown
    named = chosen.name if chosen is not None else ""
    lines = [
        line
        for line in await uow.group_buys.lines_of(group_buy.id, user_id)
        if not named or line.option == named
    ]
    theirs = [line for line in lines if line.friend == friend]
    if not theirs and not friend:
        theirs = lines
        if len({line.friend for line in lines}) > 1:  # friends' lines only, several friends: whose?
            first = lines[0]
            held = " / ".join(f"{line.friend} {line.option} ×{line.quantity}" for line in lines)
            raise DomainError(
                "leave_which_friend",
                title=group_buy.terms.title,
                id=group_buy.id,
                held=held,
                n=quantity or first.quantity,
                friend=first.friend,
            )
    if len({line.option for line in theirs}) > 1:
        held = " / ".join(dict.fromkeys(f"{line.option} ×{line.quantity}" for line in theirs))
        title, example = group_buy.terms.title, theirs[-1].option
        raise DomainError("option_which_leave", title=title, held=held, example=example)
    return theirs[0] if len(theirs) == 1 else None


async def _write(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    line: Participant,
    delta: int,
    *,
    now: datetime,
    cap: int | None = None,
    whole: bool = False,
) -> None:
    """The guarded write; if a concurrent change (or the hard maximum) made it fail, explain why from a
    fresh read. `whole`: the per-person limit over all her lines of the option, as the write counts it
    (two of her joins at the same instant: the later one is told the limit with what she now holds)."""
    if await uow.group_buys.change_participation(group_buy, line, delta, now=now, cap=cap, whole=whole):
        group_buy.events = _as_stored(group_buy.events, line)
        return
    assert group_buy.id is not None
    fresh = await uow.group_buys.get(group_buy.id)
    assert fresh is not None
    current = await uow.group_buys.participant(group_buy.id, line.user_id, line.friend, line.option)
    elsewhere = 0
    if whole:
        rows = await uow.group_buys.member_rows(group_buy.id, line.user_id)
        elsewhere = sum(r.quantity for r in rows if r.option == line.option and r.friend != line.friend)
    if delta > 0:
        fresh.join(
            current,
            user_id=line.user_id,
            display_name=line.display_name,
            quantity=delta,
            now=now,
            friend=line.friend,
            max_per_line=cap,
            option=line.option,
            elsewhere=elsewhere,
        )
    else:
        fresh.leave(current, quantity=-delta, now=now)
    raise DomainError("busy_try_again")


def _as_stored(events: list[Event], line: Participant) -> list[Event]:
    """The member's total in `Joined` as the write stored it (the line may not have been read)."""
    return [
        replace(event, total_for_user=line.quantity) if isinstance(event, Joined) else event
        for event in events
    ]


async def close(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    is_admin: bool,
    now: datetime,
    attribution_window: timedelta = DEFAULT_WINDOW,
) -> Closing:
    """截单: the organiser closes early once the target is reached; orders follow."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id, organiser=actor)
    previous = group_buy.status.value
    group_buy.close(actor=actor, is_admin=is_admin, now=now, in_chat=chat_id)
    return await _finish(uow, group_buy, previous, now=now, window=attribution_window)


async def cancel(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    is_admin: bool,
    now: datetime,
    confirmed: bool = True,
) -> Closing:
    """取消: nobody is charged. One somebody joined is called off only `confirmed` (`取消 #9 确认`: every
    buyer is told, and there is no undo); else refused with what it would do (`cancel_confirm`: how many
    people, how many units), nothing changed. One nobody joined goes at once."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id, organiser=actor)
    if (
        not confirmed
        and group_buy.sold > 0
        and group_buy.is_open
        and group_buy.may_manage(actor, is_admin=is_admin, in_chat=chat_id)
    ):
        assert group_buy.id is not None
        buyers = await uow.group_buys.count_buyers(group_buy.id)
        terms = group_buy.terms
        raise DomainError(
            "cancel_confirm",
            title=terms.title,
            id=group_buy.id,
            count=buyers,
            units=group_buy.sold,
            unit=terms.unit,
            reason="",  # the handler puts her reason in the yes to send
        )
    previous = group_buy.status.value
    group_buy.cancel(actor=actor, is_admin=is_admin, now=now, in_chat=chat_id)
    return await _finish(uow, group_buy, previous, now=now)


async def expire(
    uow: UnitOfWork, *, group_buy_id: int, now: datetime, attribution_window: timedelta = DEFAULT_WINDOW
) -> Closing | None:
    """At the deadline: succeed or fail. None when it is not due or already closed (idempotent)."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return None
    previous = group_buy.status.value
    if not group_buy.expire(now=now):
        return None
    return await _finish(uow, group_buy, previous, now=now, window=attribution_window)


async def _finish(
    uow: UnitOfWork, group_buy: GroupBuy, previous: str, *, now: datetime, window: timedelta = DEFAULT_WINDOW
) -> Closing:
    """The status, and on success the first batch of orders; with more to write, how far it got."""
    if not await uow.group_buys.save_status(group_buy, previous=previous):
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title)
    if group_buy.final_unit_price is None or group_buy.id is None:
        return Closing(group_buy, [])
    orders, upto = await _order_batch(uow, group_buy, after=0, now=now, window=window)
    if upto is None:  # the whole list in one batch: every order is here
        return Closing(group_buy, orders)
    await uow.group_buys.set_orders_upto(group_buy.id, upto)
    buyers = await uow.group_buys.count_buyers(group_buy.id)
    return Closing(group_buy, orders, buyers=buyers, units=group_buy.sold, pending=True)


async def continue_orders(
    uow: UnitOfWork, *, group_buy_id: int, now: datetime, attribution_window: timedelta = DEFAULT_WINDOW
) -> OrderBatch | None:
    """The next batch of the orders a big success left pending (None: none are pending), made as at
    the close (its time, its price); the caller commits it with their messages."""
    after = await uow.group_buys.orders_upto(group_buy_id)
    if after is None:
        return None
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None or group_buy.final_unit_price is None:  # nothing to order: nothing pending
        await uow.group_buys.set_orders_upto(group_buy_id, None)
        return None
    made_at = group_buy.closed_at or now
    orders, upto = await _order_batch(uow, group_buy, after=after, now=made_at, window=attribution_window)
    await uow.group_buys.set_orders_upto(group_buy_id, upto)
    return OrderBatch(group_buy, orders, done=upto is None)


async def _order_batch(
    uow: UnitOfWork, group_buy: GroupBuy, *, after: int, now: datetime, window: timedelta = DEFAULT_WINDOW
) -> tuple[list[Order], int | None]:
    """One order per member among the next `ORDER_BATCH` lines after `after` (their own line and their
    friends'), each with its sharer (one query of the batch's visits: commerce.services.attribution),
    in one multi-row write that leaves out whoever has one already; the orders written, and the
    position reached (None: the end)."""
    assert group_buy.id is not None
    found = await uow.group_buys.lines_to_order(group_buy.id, after=after, limit=ORDER_BATCH)
    members: dict[str, list[Participant]] = {}
    for line in found.lines:
        members.setdefault(line.user_id, []).append(line)
    made = [Order.for_member(group_buy, lines, now=now) for lines in members.values()]
    await listings.of_orders(uow, group_buy, made, members)  # 帮卖: the listing's chat and help-seller
    await attribution.attribute(
        uow, group_buy.id, made, members, window=window, organiser=group_buy.organiser_id
    )
    written = await uow.orders.add_many(made)
    await own_orders.settle_own(uow, group_buy, written, now=now)  # the organiser does not pay herself
    return written, found.upto


async def set_details(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    actor: str,
    is_admin: bool,
    pickup: str | None = None,
    pickup_at: datetime | None = None,
    payment_note: str | None = None,
    in_chat: str | None = None,
) -> GroupBuy:
    """自提 / 收款方式: the organiser names (or changes) where buyers collect and how they pay, after
    opening and even after success, unless the group buy was called off. None leaves a detail as it is;
    `pickup_at` is the time named with `pickup` (kept with the place only: the caller stores it with
    `collecting.set_pickup_time`)."""
    group_buy = await find(uow, chat_id=chat_id, group_buy_id=group_buy_id, organiser=actor)
    if group_buy_id is None and payment_note is not None and group_buy.organiser_id == actor:
        group_buy = await owed_for_payment(uow, chat_id, group_buy, actor)
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=chat_id if in_chat is None else in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if group_buy.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    assert group_buy.id is not None
    terms = group_buy.terms
    group_buy.terms = replace(
        terms,
        pickup=terms.pickup if pickup is None else clean_text(pickup),
        pickup_at=terms.pickup_at if pickup is None else pickup_at,
        payment_note=terms.payment_note if payment_note is None else cleaned_payment_note(payment_note),
    )
    await uow.group_buys.save_details(
        group_buy.id, pickup=group_buy.terms.pickup, payment_note=group_buy.terms.payment_note
    )
    return group_buy


async def owed_for_payment(uow: UnitOfWork, chat_id: str, found: GroupBuy, actor: str) -> GroupBuy:
    """A bare 收款方式 that found her closed group buy (none of hers open here): her newest closed one
    where someone still owes, rather than a newer one nobody owes for (all paid, or refunded)."""
    if found.is_open:
        return found
    return await newest_closed_of(uow, chat_id, actor, owing=True) or found


async def card(
    uow: UnitOfWork, *, group_buy_id: int, lines: int | None = None, listing: Listing | None = None
) -> CardView:
    """The card's view; with `lines`, only the first lines are read and the others counted, and only
    the orders of the buyers shown are read (the rest are counted by status): the same few queries
    at 5 and at 5,000 participants.

    帮卖: a group buy other chats list shows in each chat that chat's own lines, the lines of `listing`
    (None: of its own chat); its terms, stock and progress are the whole group buy's."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    if group_buy.listings or listing is not None:
        return await _chat_card(uow, group_buy, lines, listing)
    shown = await uow.group_buys.participants(group_buy_id, limit=lines)
    whole = lines is None or len(shown) < lines
    count = len(shown) if whole else await uow.group_buys.count_lines(group_buy_id)
    buyers = {line.user_id for line in shown}
    view = CardView(group_buy, shown, lines=count, buyers=len(buyers))
    if group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED) or not shown:
        return view
    statuses = await uow.orders.statuses(group_buy_id, buyers)
    view = await _part_refunds(uow, replace(view, statuses=statuses))
    if whole:  # every buyer is shown: their orders are all of them
        counts = dict(Counter(statuses.values()))
        return await _received(uow, replace(view, statuses=statuses, counts=counts), None)
    counts = await uow.orders.status_counts(group_buy_id)
    view = replace(
        view, statuses=statuses, counts=counts, buyers=await uow.group_buys.count_buyers(group_buy_id)
    )
    return await _received(uow, view, None)


async def _received(uow: UnitOfWork, view: CardView, chat_id: str | None) -> CardView:
    """`view` with what was received of its unpaid orders (只收到, `CardView.received`): read only when one
    waits for payment (a closed group buy's card, never a join's)."""
    if view.group_buy.id is None or not view.counts.get(OrderStatus.PENDING_PAYMENT):
        return view
    return replace(view, received=await uow.orders.received_parts(view.group_buy.id, chat_id=chat_id))


async def _part_refunded(
    uow: UnitOfWork, group_buy_id: int, statuses: dict[str, OrderStatus]
) -> dict[str, tuple[int, int]]:
    """部分退款 of the paid orders of the buyers shown (one read, only when one of them paid)."""
    paid = {buyer for buyer, status in statuses.items() if status in _PAID_OR_COLLECTED}
    return await uow.orders.part_refunds(group_buy_id, paid) if paid else {}


async def _part_refunds(uow: UnitOfWork, view: CardView) -> CardView:
    """`view` with its shown buyers' part refunds: the money (`part_refunded`) and, when some went back,
    the units of it given back by units (`units_refunded`)."""
    assert view.group_buy.id is not None
    money = await _part_refunded(uow, view.group_buy.id, view.statuses)
    units = await uow.orders.refunded_units(view.group_buy.id, set(money)) if money else {}
    return replace(view, part_refunded=money, units_refunded=units)


_PAID_OR_COLLECTED = (OrderStatus.PAID, OrderStatus.FULFILLED)


async def dropped_by_option(uow: UnitOfWork, group_buy: GroupBuy) -> dict[str, int]:
    """多规格: the units of each option on refunded or cancelled orders, which the card's "7 taken"
    leaves out, as its progress and the organiser's list do (none read when no order was dropped: one
    count, whatever the size of the list)."""
    if group_buy.id is None or not group_buy.terms.options:
        return {}
    if group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        return {}
    dropped: Counter[str] = Counter()
    for (_, option), units in (await uow.orders.refunded_units(group_buy.id)).items():
        if option:  # 部分退款 by units (`退款 1-4 小杯 1`, rep80 #3): out of its "taken" too
            dropped[option] += units
    counts = await uow.orders.status_counts(group_buy.id)
    if not any(counts.get(status) for status in _DROPPED):
        return dict(dropped)
    lines = await uow.group_buys.participants(group_buy.id)
    statuses = await uow.orders.statuses(group_buy.id, {line.user_id for line in lines})
    for line in lines:
        if line.option and statuses.get(line.user_id) in _DROPPED:
            dropped[line.option] += line.quantity
    return dict(dropped)


_DROPPED = (OrderStatus.REFUNDED, OrderStatus.CANCELLED)  # not sold: out of each option's "taken"


async def cancelled_unpaid(uow: UnitOfWork, group_buy: GroupBuy, unsold: tuple[int, int]) -> int:
    """How many of its orders were cancelled for not being paid, read only when they are all it sold:
    succeeded, every unit on a dropped order (`unsold`: dropped units, refunded units), none refunded;
    its card then says no order was paid. 0 otherwise (one count, whatever the size of the list)."""
    dropped, refunded = unsold
    if group_buy.id is None or group_buy.status is not GroupBuyStatus.SUCCEEDED:
        return 0
    if refunded or not dropped or group_buy.sold > dropped:
        return 0
    return (await uow.orders.status_counts(group_buy.id)).get(OrderStatus.CANCELLED, 0)


async def chat_units(uow: UnitOfWork, view: CardView, chat_id: str) -> ChatUnits | None:
    """帮卖: the figures `chat_id`'s card counts as its own (its `view` read for that chat); None for a
    group buy nobody lists, whose card counts the whole group buy. Its dropped and refunded units are
    read once it succeeded (before, none is an order), as the whole group buy's are."""
    group_buy = view.group_buy
    if view.units is None or group_buy.id is None:
        return None
    if group_buy.status is not GroupBuyStatus.SUCCEEDED or not view.units:
        return ChatUnits(view.units)
    dropped, refunded = await uow.views.unsold_units(group_buy.id, chat_id=chat_id)
    cancelled = 0
    if dropped and not refunded and view.units <= dropped:  # every order of this chat cancelled unpaid
        orders = await uow.orders.for_group_buy(group_buy.id)
        cancelled = sum(1 for o in orders if o.chat_id == chat_id and o.status is OrderStatus.CANCELLED)
    return ChatUnits(view.units, dropped, refunded, cancelled)


async def _chat_card(
    uow: UnitOfWork, group_buy: GroupBuy, lines: int | None, listing: Listing | None
) -> CardView:
    """The card of a listed group buy in one chat (`listing`'s, None: its own chat): that chat's lines
    (and the units on them all), its shown buyers' order statuses, and how many of that chat's orders
    are in each status and how many members have a line there, counted over all its lines, shown or
    not (its `已付 x/N`, as a group buy sold in one chat counts every buyer)."""
    assert group_buy.id is not None
    listing_id = None if listing is None else listing.id
    shown = await uow.listings.lines(group_buy.id, listing_id, limit=lines)
    whole = lines is None or len(shown) < lines
    count = len(shown) if whole else await uow.listings.count_lines(group_buy.id, listing_id)
    units = sum(line.quantity for line in shown)
    if not whole:
        units = await uow.listings.count_units(group_buy.id, listing_id)
    buyers = {line.user_id for line in shown}
    view = CardView(group_buy, shown, lines=count, buyers=len(buyers), units=units)
    if group_buy.status not in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED) or not shown:
        return view
    statuses = await uow.orders.statuses(group_buy.id, buyers)
    view = await _part_refunds(uow, replace(view, statuses=statuses))
    chat = group_buy.chat_id if listing is None else listing.chat_id
    if whole:  # every buyer of this chat is shown: their orders are all of this chat's
        counts = dict(Counter(statuses.values()))
        return await _received(uow, replace(view, statuses=statuses, counts=counts), chat)
    counts = await uow.orders.status_counts(group_buy.id, chat_id=chat)
    buyers_here = await uow.listings.count_buyers(group_buy.id, listing_id)
    return await _received(uow, replace(view, statuses=statuses, counts=counts, buyers=buyers_here), chat)


async def _queue_first(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, quantity: int, option: str, max_per_line: int | None
) -> None:
    """Units freed while anyone waits (候补) are the queue's: a join of them from someone not waiting is
    refused with how to queue (`commerce.domain.waiting.check_queue_first`), when one of them fits what
    is free (none does: the join goes in, no unit sits unsold). The waiting list is read
    only when what is left is less than anyone could wait for (`queue_may_hold`), never on a plain `+1`
    with plenty left."""
    chosen = group_buy.option_named(option) if option else None
    if group_buy.id is None or not queue_may_hold(group_buy, chosen, quantity, max_per_line):
        return
    name = chosen.name if chosen else ""
    waiting, smallest = (await uow.waiting.sizes(group_buy.id)).get(name, (0, 0))
    left = units_left(group_buy, chosen)
    if not waiting or left is None or smallest > left:  # nobody waiting fits what is free (rep96 #1)
        return
    waits = await uow.waiting.get(group_buy.id, user_id, name) is not None
    check_queue_first(group_buy, chosen, quantity, waiting=waiting, waits=waits, smallest=smallest)
