"""The waiting list's use cases (候补): wait, stop waiting, move waiting members in, and the close.

Moving in (`promote_waiting`) runs in the unit of work of the change that freed units (a leave here;
the organiser's /edit raising the stock calls it too), so a leave and the move-in it allows commit
together or not at all. Each move-in is the same guarded write as a join
(`GroupBuyRepository.change_participation`): stock, limit and "still open" hold whatever runs at the
same time. Its entry is taken first by a guarded delete (`WaitingListRepository.take`), so two leaves
at once can never move one member in twice.

With options (多规格) an entry is for an option (`候补 5斤 2`) and moves in as a join of it, once the
option's own stock and the group buy's both have room (commerce.domain.waiting).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from commerce.domain.errors import DomainError
from commerce.domain.events import Joined
from commerce.domain.group_buy import (
    MAX_QUANTITY,
    MAX_STOCK,
    GroupBuy,
    GroupBuyStatus,
    Participant,
    ProductOption,
)
from commerce.domain.options import named_by_size, option_at
from commerce.domain.units import Measured
from commerce.domain.waiting import (
    WaitingEntry,
    check_wait,
    most_ever,
    moving_in,
    option_to_wait_for,
    units_left,
    whole_stock,
)
from commerce.ports import UnitOfWork
from commerce.services import group_buys, listings
from commerce.services.group_buys import Participation


@dataclass(frozen=True)
class Waiting:
    """A member's entry as it stands after `wait`, their place in the queue, and whether they were
    waiting already (the quantity changed, the place kept), and whether for as many as now (`unchanged`:
    the same wait sent again, nothing written). `promoted`: those who moved in at once, a wait made
    while units it fits are free (others waited, none of them fitting: rep96 #1)."""

    group_buy: GroupBuy
    entry: WaitingEntry
    position: int
    already: bool = False
    unchanged: bool = False
    promoted: list[Promotion] = field(default_factory=list)  # a wait that fit what was free moved in


@dataclass(frozen=True)
class Promotion:
    """A waiting member who moved in, and their line as it stands now. `waited`: what they had waited
    for when it was cut to what can ever fit (`entry.quantity`), 0 when it moved in whole; then `limit`
    or `stock`: the per-line limit or the whole stock that cut it (the other None)."""

    entry: WaitingEntry
    line: Participant
    waited: int = 0
    limit: int | None = None
    stock: int | None = None
    friends: int = 0  # cut by the limit: what she holds on her friend lines (限购 counts them as hers)


@dataclass(frozen=True)
class Dropped:
    """A wait withdrawn because it can never move in: what the member holds (`have`) is already the
    most one line may (`limit`, the per-line limit) or all there is (`stock`, the whole stock); the
    other None. The organiser's `修改` lowered it since the wait was made."""

    entry: WaitingEntry
    have: int
    limit: int | None = None
    stock: int | None = None


@dataclass(frozen=True)
class Departure:
    """A leave and what it allowed: the waiting members who moved in; `unwaited`: the leaver's own
    entry, withdrawn with the leave (they asked for fewer, not more)."""

    left: Participation
    promoted: list[Promotion]
    unwaited: WaitingEntry | None = None


async def wait(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    display_name: str,
    quantity: int | None,
    now: datetime,
    max_per_line: int | None = None,
    option: str = "",
    option_index: int = 0,
) -> Waiting:
    """候补 N: wait for `quantity` more units of one's own line; None: 1, or the quantity one waits for
    already (a second tap of the button changes nothing). Waiting again changes the quantity and keeps
    the place. With options, of the option named (`option`, or `option_index` from 1: a card's Wait
    button; `+1` alone among several is asked which, as a join is)."""
    meant = await _waited_for(uow, chat_id, group_buy_id, user_id, quantity or 1, option=option)
    group_buy = await _counted(uow, meant)
    assert group_buy.id is not None
    if not group_buy.is_open or group_buy.is_past_deadline(now):  # closed before which option (rep86 #2)
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    chosen = _option(group_buy, option, option_index, quantity or 1)
    name = "" if chosen is None else chosen.name
    before = await uow.waiting.get(group_buy.id, user_id, name)
    wanted = quantity if quantity is not None else before.quantity if before is not None else 1
    line, friends = await _holding(uow, group_buy, user_id, name)
    have = (line.quantity if line is not None else 0) + friends  # 限购 counts her friend lines too
    others = (await uow.waiting.counts(group_buy.id)).get(name, 0) - (before is not None)
    try:  # others waiting: what is free is theirs, so a wait for it is no "not needed" (a join is refused)
        check_wait(
            group_buy,
            have=have,
            quantity=wanted,
            now=now,
            max_per_line=max_per_line,
            option=chosen,
            queued=others > 0,
        )
    except DomainError as refusal:  # `直接发 +2 #4 跟团` when several are open
        await group_buys.name_in_example(uow, chat_id, group_buy, refusal)
        raise
    listing = await listings.reaches(uow, group_buy, chat_id)  # 帮卖: moves in to that chat's list
    listing_id = None if listing is None else listing.id
    entry = WaitingEntry(
        group_buy.id, user_id, display_name or user_id, wanted, now, option=name, listing_id=listing_id
    )
    unchanged = before is not None and before.quantity == wanted
    if unchanged and before is not None:
        entry = before
    else:
        entry = await uow.waiting.put(entry)
    position = await uow.waiting.position(entry)
    promoted: list[Promotion] = []
    left = units_left(group_buy, chosen)
    if left is not None and wanted <= left:  # others wait, none fitting what is free; hers does: in at once
        queue = await uow.waiting.queue(group_buy.id)
        promoted = await _promote(uow, group_buy, queue, now=now, max_per_line=max_per_line)
    return Waiting(
        group_buy, entry, position, already=before is not None, unchanged=unchanged, promoted=promoted
    )


async def _counted(uow: UnitOfWork, group_buy: GroupBuy) -> GroupBuy:
    """`group_buy` with what is taken of each option (多规格): a group buy found among the open ones of
    a chat comes without those counts (a join needs none: its option's guarded write is the check),
    and a change of one option's line brings that option's only; read once more when one is missing."""
    names = {option.name for option in group_buy.terms.options}
    if not names or names <= set(group_buy.option_sold):
        return group_buy
    assert group_buy.id is not None
    fresh = await uow.group_buys.get(group_buy.id)
    if fresh is not None:
        group_buy.sold, group_buy.option_sold = fresh.sold, dict(fresh.option_sold)
    return group_buy


def _option(group_buy: GroupBuy, name: str, index: int, quantity: int) -> ProductOption | None:
    """The option an entry is for (None without options), as a join finds it (`GroupBuy.option_for_join`;
    a size in English names the Chinese option, `small` 小盒, as `+1 small` does: `named_by_size`);
    none named: the one that cannot cover `quantity`, or the question which, among those only
    (commerce.domain.waiting.option_to_wait_for)."""
    if not name and not index:
        return option_to_wait_for(group_buy, quantity)
    if name and not index and group_buy.option_named(name) is None:  # `small`: 小盒, as `+1 small` reads it
        name = named_by_size([option.name for option in group_buy.terms.options], name) or name
    return group_buy.option_for_join(option_at(group_buy, index) if index else name)


async def _waited_for(
    uow: UnitOfWork, chat_id: str, group_buy_id: int | None, user_id: str, quantity: int, *, option: str = ""
) -> GroupBuy:
    """The group buy a `候补` is about: the one named; with several open, the only one with the option
    named (`候补 5斤 3`); else the one sold out (`_sold_out_one`), never one that has stock;
    else as `+1` finds it (commerce.services.group_buys.find)."""
    if group_buy_id is None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
        having = group_buys.offering(open_here, option=option) if len(open_here) > 1 else None
        if having is not None:  # as a join naming the option finds it
            return having
        if len(open_here) > 1:
            return await _sold_out_one(uow, open_here, user_id, quantity)
    return await group_buys.find(uow, chat_id=chat_id, group_buy_id=group_buy_id, member=user_id)


async def _sold_out_one(uow: UnitOfWork, open_here: list[GroupBuy], user_id: str, quantity: int) -> GroupBuy:
    """A bare `候补 2` among several open: the one sold out (it, or one of its options: `候补 猪肉` then
    needs no option), or of several the only one the member waits for already; several: asked which,
    those only (`waitlist_which_sold_out`, `候补 #N`); none: told to join (`waitlist_none_sold_out`)."""
    counted = sorted([await _counted(uow, g) for g in open_here], key=lambda g: g.id or 0)
    sold_out = [g for g in counted if _is_sold_out(g)]
    if len(sold_out) > 1:
        ids = [g.id for g in sold_out if g.id is not None]
        mine = await uow.waiting.waiting_among(ids, user_id)
        sold_out = [g for g in sold_out if g.id in mine] if len(mine) == 1 else sold_out
    if len(sold_out) == 1:
        return sold_out[0]
    listed = sold_out or counted
    choices = " · ".join(f"#{g.id} {g.terms.title}" for g in listed)  # reads in zh and en
    example = listed[0].id
    if sold_out:  # the example a wait that would pass: within its per-person limit (rep96 #7)
        fits = [g for g in listed if g.terms.per_person_limit is None or quantity <= g.terms.per_person_limit]
        shown = fits[0] if fits else listed[0]
        limit = shown.terms.per_person_limit
        example_quantity = quantity if limit is None else min(quantity, limit)
        raise DomainError(
            "waitlist_which_sold_out",
            n=len(listed),
            choices=choices,
            example=shown.id,
            quantity=example_quantity,
            listed=[(g.id, g.terms.title) for g in listed],  # `#6` alone then answers it (rep96 #8)
        )
    raise DomainError("waitlist_none_sold_out", choices=choices, example=example, quantity=quantity)


async def sold_out_open(uow: UnitOfWork, chat_id: str) -> list[GroupBuy]:
    """The group buys open in `chat_id` that a wait takes: sold out, or one of their options."""
    return [
        g
        for g in [await _counted(uow, g) for g in await uow.group_buys.open_in_chat(chat_id)]
        if _is_sold_out(g)
    ]


def _is_sold_out(group_buy: GroupBuy) -> bool:
    """Nothing left of it, or of one of its options (多规格)."""
    if group_buy.stock_left is not None and group_buy.stock_left <= 0:
        return True
    lefts = [group_buy.option_left(option) for option in group_buy.terms.options]
    return any(left is not None and left <= 0 for left in lefts)


async def unwait(
    uow: UnitOfWork, *, chat_id: str, group_buy_id: int | None, user_id: str, option: str = ""
) -> tuple[GroupBuy, list[WaitingEntry]]:
    """取消候补: leave the waiting list (with options: for the option named, else for every option);
    the group buy and the entries withdrawn."""
    group_buy = None
    if group_buy_id is None:  # with several open, the one the member waits for
        open_here = await uow.group_buys.open_in_chat(chat_id)
        ids = [g.id for g in open_here if g.id is not None]
        mine = await uow.waiting.waiting_among(ids, user_id) if len(ids) > 1 else set()
        if len(mine) == 1:
            group_buy = next(g for g in open_here if g.id in mine)
        elif len(ids) > 1 and not mine:  # waiting for none of them: nothing to ask which of
            raise DomainError("not_waiting_any")
    if group_buy is None:
        group_buy = await group_buys.find(uow, chat_id=chat_id, group_buy_id=group_buy_id, member=user_id)
    assert group_buy.id is not None
    if not group_buy.is_open:  # its list was emptied with the close
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    named = group_buy.option_for_join(option) if option else None  # `取消候补 7斤`: no such option
    removed = await uow.waiting.remove(group_buy.id, user_id, None if named is None else named.name)
    if not removed:
        title = group_buy.terms.title if named is None else f"{group_buy.terms.title} {named.name}"
        raise DomainError("not_waiting", id=group_buy.id, title=title)
    return group_buy, removed


async def leave(
    uow: UnitOfWork,
    *,
    chat_id: str,
    group_buy_id: int | None,
    user_id: str,
    quantity: int | None,
    now: datetime,
    friend: str = "",
    max_per_line: int | None = None,
    option: str = "",
    measured: Measured | None = None,
) -> Departure:
    """退出 / -1 (commerce.services.group_buys.leave), then the waiting members the freed units let in,
    in the same unit of work. A member who lowers their own line stops waiting for more. `-5000` beyond
    what a line may ever hold (`max_per_line`) is refused with that range, as `+5000` is; within it, more
    than the line holds takes the whole line. Once it formed, a leave that would lose the target is
    made when the waiting members it lets in keep it (`_cover`): they move in with it, as for any leave;
    only when they do not is it refused (ask the organiser)."""
    cap = min(max_per_line or MAX_QUANTITY, MAX_QUANTITY)
    if quantity is not None and measured is None and not 1 <= quantity <= cap:  # `-2000g`: converted first
        raise DomainError("quantity_invalid", value=quantity, most=cap)
    left = await group_buys.leave(
        uow,
        chat_id=chat_id,
        group_buy_id=group_buy_id,
        user_id=user_id,
        quantity=quantity,
        now=now,
        friend=friend,
        option=option,
        measured=measured,
        cover=lambda group_buy, line, drop: _cover(uow, group_buy, line, drop, max_per_line),
    )
    group_buy = left.group_buy
    if not may_wait(group_buy):  # no stock: nobody waits
        return Departure(left, [])
    assert group_buy.id is not None
    queue = await uow.waiting.queue(group_buy.id)  # one read when nobody waits: the usual leave
    line = left.line
    mine = None
    if not line.friend:  # the member's own entry for the option they lowered
        mine = next((e for e in queue if e.user_id == user_id and e.option == line.option), None)
    unwaited = None
    if mine is not None:
        unwaited = next(iter(await uow.waiting.remove(group_buy.id, user_id, mine.option)), None)
    queue = [entry for entry in queue if entry is not mine]
    after_leave = group_buy.sold
    promoted = await _promote(uow, group_buy, queue, now=now, max_per_line=max_per_line)
    target = group_buy.terms.target
    if target > 1 and after_leave < target <= after_leave - left.delta and group_buy.sold < target:
        # allowed for the waiting members who would keep the target, who could not move in after all
        # (a change at the same time took the units): refused as ever, the unit of work rolled back
        organiser, unit = group_buy.organiser_name, group_buy.terms.unit
        sold, now_left = after_leave - left.delta, group_buy.sold  # before the leave, and after it
        title, number = group_buy.terms.title, group_buy.id
        if line.friend and line.quantity:  # her friend's line, said as his
            raise DomainError(
                "friend_lower_would_unform",
                organiser=organiser,
                target=target,
                unit=unit,
                sold=sold,
                left=now_left,
                title=title,
                id=number,
                friend=line.friend,
                drop=-left.delta,
            )
        if line.friend:
            raise DomainError(
                "friend_leave_would_unform",
                organiser=organiser,
                target=target,
                unit=unit,
                sold=sold,
                left=now_left,
                title=title,
                id=number,
                friend=line.friend,
                drop=-left.delta,
            )
        if line.quantity:
            raise DomainError(
                "lower_would_unform",
                organiser=organiser,
                target=target,
                unit=unit,
                sold=sold,
                left=now_left,
                title=title,
                id=number,
            )
        raise DomainError(
            "leave_would_unform",
            organiser=organiser,
            target=target,
            unit=unit,
            sold=sold,
            left=now_left,
            title=title,
            id=number,
        )
    return Departure(left, promoted, unwaited)


async def _cover(
    uow: UnitOfWork, group_buy: GroupBuy, line: Participant, drop: int, max_per_line: int | None
) -> int:
    """The units the waiting members would move in with once `line` lets go of `drop` (in queue order,
    as `_promote` moves them; the member's own entry for that option is withdrawn with her leave): how
    much of a formed group buy's target a leave keeps. 0 where nobody can wait."""
    if group_buy.id is None or not may_wait(group_buy):
        return 0
    queue = await uow.waiting.queue(group_buy.id)
    if not line.friend:
        queue = [e for e in queue if not (e.user_id == line.user_id and e.option == line.option)]
    if not queue:
        return 0
    await _counted(uow, group_buy)
    reached = [(await _within_reach(uow, group_buy, entry, max_per_line))[0] for entry in queue]
    left = group_buy.stock_left
    free = MAX_STOCK if left is None else left + drop
    option_free = {option.name: group_buy.option_left(option) for option in group_buy.terms.options}
    own = option_free.get(line.option)
    if line.option and own is not None:
        option_free[line.option] = own + drop
    chosen = moving_in([entry for entry in reached if entry is not None], free, option_free)
    return sum(entry.quantity for entry in chosen)


async def promote_waiting(
    uow: UnitOfWork, group_buy: GroupBuy, *, now: datetime, max_per_line: int | None = None
) -> list[Promotion]:
    """Move waiting members into the units free now, in queue order (skip-ahead: see
    commerce.domain.waiting), in this unit of work; those who moved in.

    Call it after a change that freed units, with the group buy as that change left it (its stock and
    `sold` as stored in this unit of work): a leave, or the organiser raising the stock. The aggregate
    records a `Joined` for each, and its `sold` follows. Nothing moves in once it stopped taking joins.
    """
    assert group_buy.id is not None
    if not group_buy.is_open or group_buy.is_past_deadline(now):
        return []
    queue = await uow.waiting.queue(group_buy.id)
    return await _promote(uow, group_buy, queue, now=now, max_per_line=max_per_line)


async def drop_unreachable(
    uow: UnitOfWork, group_buy: GroupBuy, *, max_per_line: int | None = None
) -> list[Dropped]:
    """Withdraw the waits that can never move in any more, in this unit of work: their members hold
    what the per-line limit or the whole stock allows already (the organiser lowered it with `修改`
    since), so no unit could ever go to them; those withdrawn, in queue order, to be told. Each by the
    guarded delete of a move-in (`take`): one changed meanwhile is left for its new quantity."""
    if group_buy.id is None or not group_buy.is_open or not may_wait(group_buy):
        return []
    dropped: list[Dropped] = []
    for entry in await uow.waiting.queue(group_buy.id):
        option = group_buy.option_named(entry.option) if entry.option else None
        line, friends = await _holding(uow, group_buy, entry.user_id, entry.option)
        have = line.quantity if line is not None else 0
        most = most_ever(group_buy, option, have=have, max_per_line=max_per_line)
        person = group_buy.terms.per_person_limit
        if friends and person is not None and (most is None or person - have - friends < most):
            most, have = person - have - friends, have + friends  # 限购 counts her friend lines
        if most is None or most > 0 or not await uow.waiting.take(entry):
            continue
        limit, stock = group_buy.line_limit(max_per_line), whole_stock(group_buy, option)
        if limit is not None and have >= limit:
            dropped.append(Dropped(entry, have, limit=limit))
        else:
            dropped.append(Dropped(entry, have, stock=stock))
    return dropped


async def _promote(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    queue: list[WaitingEntry],
    *,
    now: datetime,
    max_per_line: int | None,
) -> list[Promotion]:
    """`promote_waiting` on the `queue` as read (the rule is asked again after each move-in, with the
    stock left as the guarded write stored it)."""
    promoted: list[Promotion] = []
    if queue:
        await _counted(uow, group_buy)
    asked: dict[int, WaitingEntry] = {}  # each entry as stored, by the one considered for it
    friends: dict[int, int] = {}  # what its member holds on friend lines, by the one considered
    considered = []
    for stored in queue:
        reach, on_friends = await _within_reach(uow, group_buy, stored, max_per_line)
        if reach is not None:
            asked[id(reach)] = stored
            friends[id(reach)] = on_friends
            considered.append(reach)
    queue = considered
    while queue and group_buy.is_open:
        left = group_buy.stock_left
        option_free = {option.name: group_buy.option_left(option) for option in group_buy.terms.options}
        chosen = moving_in(queue, MAX_STOCK if left is None else left, option_free)
        if not chosen:
            break
        entry = chosen[0]
        queue = [other for other in queue if other is not entry]
        line = await _move_in(
            uow, group_buy, asked[id(entry)], now=now, max_per_line=max_per_line, quantity=entry.quantity
        )
        if line is not None:
            promotion = _promotion(group_buy, asked[id(entry)], entry, line, max_per_line, friends[id(entry)])
            promoted.append(promotion)
    return promoted


def _promotion(
    group_buy: GroupBuy,
    stored: WaitingEntry,
    entry: WaitingEntry,
    line: Participant,
    max_per_line: int | None,
    friends: int = 0,
) -> Promotion:
    """`entry` moved in; cut from `stored` (what was waited for): with what cut it, to be told (the
    per-person limit with what she holds on friend lines, `friends`, when they made the cut)."""
    if stored.quantity <= entry.quantity:
        return Promotion(entry, line)
    option = group_buy.option_named(entry.option) if entry.option else None
    limit, stock = group_buy.line_limit(max_per_line), whole_stock(group_buy, option)
    person = group_buy.terms.per_person_limit
    if friends and person is not None and (stock is None or person - friends <= stock):
        return Promotion(entry, line, waited=stored.quantity, limit=person, friends=friends)
    if limit is not None and (stock is None or limit <= stock):
        return Promotion(entry, line, waited=stored.quantity, limit=limit)
    return Promotion(entry, line, waited=stored.quantity, stock=stock)


async def _within_reach(
    uow: UnitOfWork, group_buy: GroupBuy, entry: WaitingEntry, max_per_line: int | None
) -> tuple[WaitingEntry | None, int]:
    """The entry as it can move in: a wait for more than could ever fit beside what the member holds
    (the whole stock of the group buy or its option, the per-line limit; lowered by `修改` since, or
    waited for before that was checked; the per-person limit over her own line and her friend lines)
    is cut to what can, so no unit sits free beside a wait that could never take it; None: nothing
    ever could. With it, what she holds on friend lines (of the option)."""
    assert group_buy.id is not None
    option = group_buy.option_named(entry.option) if entry.option else None
    line, friends = await _holding(uow, group_buy, entry.user_id, entry.option)
    own = line.quantity if line is not None else 0
    most = most_ever(group_buy, option, have=own, max_per_line=max_per_line)
    person = group_buy.terms.per_person_limit
    if friends and person is not None:  # `+2 for A` then `候补 3` on `限购 3`: 1 more at most
        most = person - own - friends if most is None else min(most, person - own - friends)
    if most is None or entry.quantity <= most:
        return entry, friends
    return (replace(entry, quantity=most) if most > 0 else None), friends


async def _holding(
    uow: UnitOfWork, group_buy: GroupBuy, user_id: str, option: str
) -> tuple[Participant | None, int]:
    """The member's own line of `option` and what she holds on her friend lines of it: the per-person
    limit counts them together (never for the organiser, whose lines are 代报). Under a limit her rows
    are read as a join reads them (`member_rows`: her joins and move-ins take turns)."""
    assert group_buy.id is not None
    if group_buy.terms.per_person_limit is None or user_id == group_buy.organiser_id:
        return await uow.group_buys.participant(group_buy.id, user_id, "", option), 0
    rows = [r for r in await uow.group_buys.member_rows(group_buy.id, user_id) if r.option == option]
    own = next((r for r in rows if not r.friend), None)
    return own, sum(r.quantity for r in rows if r.friend)


async def _move_in(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    entry: WaitingEntry,
    *,
    now: datetime,
    max_per_line: int | None,
    quantity: int | None = None,
) -> Participant | None:
    """One entry in, as a join of its quantity (`quantity`: of what of it can ever fit); None (and the
    entry kept in its place) when a rule or the guarded write says no: the member reached their limit
    meanwhile, or the units went first."""
    assert group_buy.id is not None
    quantity = entry.quantity if quantity is None else quantity
    if not await uow.waiting.take(entry):  # withdrawn, changed or moved in meanwhile
        return None
    current, friends = await _holding(uow, group_buy, entry.user_id, entry.option)
    whole = group_buy.terms.per_person_limit is not None and entry.user_id != group_buy.organiser_id
    sold, recorded = group_buy.sold, len(group_buy.events)
    option_sold = dict(group_buy.option_sold)
    try:
        line = group_buy.join(
            current,
            user_id=entry.user_id,
            display_name=entry.display_name,
            quantity=quantity,
            now=now,
            max_per_line=max_per_line,
            option=entry.option,
            elsewhere=friends,
        )
    except DomainError:
        await uow.waiting.restore(entry)
        return None
    line.listing_id = entry.listing_id
    if await uow.group_buys.change_participation(
        group_buy, line, quantity, now=now, cap=max_per_line, whole=whole
    ):
        group_buy.events[recorded:] = [
            replace(event, total_for_user=line.quantity) if isinstance(event, Joined) else event
            for event in group_buy.events[recorded:]
        ]
        return line
    # the guarded write refused (a concurrent change took the units first): as if never tried
    group_buy.sold, group_buy.option_sold = sold, option_sold
    del group_buy.events[recorded:]
    await uow.waiting.restore(entry)
    fresh = await uow.group_buys.get(group_buy.id)
    if fresh is not None:
        group_buy.sold, group_buy.status = fresh.sold, fresh.status
        group_buy.option_sold = dict(fresh.option_sold)
    return None


async def close_waiting(uow: UnitOfWork, group_buy: GroupBuy) -> list[WaitingEntry]:
    """A group buy that closed (succeeded, failed, called off) takes nobody more: its waiting list is
    emptied; the members who waited, in queue order, to be told."""
    if group_buy.id is None or group_buy.is_open:
        return []
    left_out = await uow.waiting.drain(group_buy.id)
    if group_buy.status is GroupBuyStatus.SUCCEEDED:  # units its unpaid orders free later: told once
        await uow.waiting.keep_left_out(left_out)
    return left_out


async def clear_for_stock_cut(uow: UnitOfWork, group_buy: GroupBuy) -> list[WaitingEntry]:
    """The organiser lowers the stock below what is taken (`修改 库存 1 确认`): every unit she frees
    would move the first waiting in, so the list is emptied first; those taken off, in queue order."""
    if group_buy.id is None or not group_buy.is_open:
        return []
    return await uow.waiting.drain(group_buy.id)


async def left_out(uow: UnitOfWork, group_buy: GroupBuy) -> list[WaitingEntry]:
    """Who still waited when `group_buy` closed, to be told that units came free after it (取消未付款);
    taken, so each is told once."""
    if group_buy.id is None:
        return []
    return await uow.waiting.take_left_out(group_buy.id)


def may_wait(group_buy: GroupBuy) -> bool:
    """Whether anybody can be waiting: a stock (the group buy's, or an option's) can run out."""
    terms = group_buy.terms
    return terms.stock is not None or any(option.stock is not None for option in terms.options)


async def queue_lengths(uow: UnitOfWork, group_buy: GroupBuy) -> dict[str, int]:
    """How many wait, by option ("" without options; the card shows it); no query where nobody can be
    waiting."""
    if group_buy.id is None or not group_buy.is_open or not may_wait(group_buy):
        return {}
    return await uow.waiting.counts(group_buy.id)
