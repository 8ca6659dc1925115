"""The organiser's views: the list of one of their group buys with its money (名单 in private, /export)
and their group buys at a glance (/mine). Read only: nothing here changes anything.

Reach (commerce.domain.reach): in a private chat the organiser reaches their own group buys, by number
or (none named) their newest; any other number is answered as one that does not exist. In a group,
a group buy of that group, for its organiser or a chat admin.
"""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.ledger import AccountKind
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.domain.roster import GroupBuySummary, Roster, build
from commerce.ports import UnitOfWork
from commerce.services import group_buys

MINE_LISTED = 20  # group buys /mine shows, newest first
CALLED_OFF = (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED)  # nothing was ever sold: no orders made


async def roster(
    uow: UnitOfWork, *, where: Where, group_buy_id: int | None, actor: str, is_admin: bool = False
) -> Roster:
    """The organiser's list of a group buy `actor` may see it of (see the module's docstring)."""
    group_buy = await bare_meant(uow, where=where, actor=actor) if group_buy_id is None else None
    if group_buy is None:
        group_buy = await reached(uow, where=where, group_buy_id=group_buy_id, actor=actor, is_admin=is_admin)
    assert group_buy.id is not None
    participants = await uow.group_buys.participants(group_buy.id)
    orders = await uow.orders.for_group_buy(group_buy.id)
    return build(group_buy, participants, orders)


async def reached(
    uow: UnitOfWork, *, where: Where, group_buy_id: int | None, actor: str, is_admin: bool = False
) -> GroupBuy:
    """The group buy the organiser means: in private their own (newest when none is named), in a group
    one of that group's that they manage. `NotFound` answers as a number that names nothing."""
    if where.private:
        if group_buy_id is None:
            newest = await uow.views.group_buys_of(actor, limit=1)
            if not newest:
                raise NotFound("organiser_none")
            group_buy_id = newest[0].id
        found = await uow.group_buys.get(group_buy_id)
        if found is None or not where.organiser_reaches(found, actor):
            raise NotFound("group_buy_not_found", id=group_buy_id)
        return found
    found = await group_buys.find(uow, chat_id=where.chat_id, group_buy_id=group_buy_id, organiser=actor)
    if not found.may_manage(actor, is_admin=is_admin, in_chat=where.chat_id):
        raise DomainError("not_organiser", organiser=found.organiser_name)
    return found


async def bare_meant(uow: UnitOfWork, *, where: Where, actor: str) -> GroupBuy | None:
    """The group buy an organiser's bare `名单` / `导出` means among hers (here; in private, all hers),
    the one `我的团`'s footer names: her most recently closed one that still has open orders (unpaid, or
    paid and not picked up: `group_buys.still_collecting`), else of her open ones the one with lines
    (several with lines: `which_group_buy`, only those listed), else her most recently closed one that
    sold, when it has lines; never an empty one over one with lines. None: none of hers has lines (the
    command goes as before: her one open, the which-question, her newest)."""
    if where.private:
        summaries = await uow.views.group_buys_of(actor, limit=MINE_LISTED)
        found = [await uow.group_buys.get(summary.id) for summary in summaries]
        mine = [g for g in found if g is not None]
    else:
        mine = await uow.group_buys.open_in_chat(where.chat_id, organiser=actor)
        mine += [g for g in await uow.group_buys.closed_in_chat(where.chat_id) if g.organiser_id == actor]
    sold = [g for g in mine if g.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)]
    collecting = await group_buys.still_collecting(uow, sold)
    if collecting is not None and collecting.id is not None:
        return await uow.group_buys.get(collecting.id)  # with its history (a chat's list is read without)
    open_ones = [g for g in mine if g.is_open and g.id is not None]
    with_lines = [g for g in open_ones if await uow.group_buys.count_lines(g.id or 0)]
    if len(with_lines) == 1:
        return with_lines[0]
    if with_lines:
        oldest_first = sorted(with_lines, key=lambda g: g.id or 0)
        raise DomainError(
            "which_group_buy",
            n=len(oldest_first),
            shown=len(oldest_first),
            choices=" · ".join(f"#{g.id} {g.terms.title}" for g in oldest_first),
            example=oldest_first[0].id,
            listed=[(g.id or 0, g.terms.title) for g in oldest_first],
            units=[g.terms.unit for g in oldest_first],
            options=["" for _ in oldest_first],
            yours=True,
            with_lines=True,  # the empty ones left out: said so
        )
    closed = await group_buys.most_recently_closed(uow, sold)
    if closed is None or closed.id is None or not await uow.group_buys.count_lines(closed.id):
        return None
    return await uow.group_buys.get(closed.id)  # with its history (a chat's list is read without)


async def group_buys_of(uow: UnitOfWork, *, organiser_id: str) -> list[GroupBuySummary]:
    """/mine: the organiser's newest group buys with where each stands and its money; one called off
    or failed sold nothing (its joins stay stored, but no order was made of them)."""
    summaries = await uow.views.group_buys_of(organiser_id, limit=MINE_LISTED)
    return [replace(found, sold=0) if found.status in CALLED_OFF else found for found in summaries]


_EARNED = (AccountKind.COMMISSION_PENDING, AccountKind.COMMISSION_AVAILABLE)


async def commission_of_orders(
    uow: UnitOfWork, group_buy_id: int | None
) -> dict[str, tuple[int, tuple[tuple[str, int], ...]]]:
    """What each order of the group buy pays its sharer or help-seller (分享/帮卖佣金) out of the
    organiser's money, net of what refunds took back, and to whom, each with her own part (member id,
    amount: a sharer's and a help-seller's of one order apart), by order number (`1-2`; only orders
    that pay any)."""
    paid: dict[str, tuple[int, tuple[tuple[str, int], ...]]] = {}
    if group_buy_id is None:
        return paid
    brought = [
        o
        for o in await uow.orders.for_group_buy(group_buy_id)
        if o.id is not None and (o.sharer_id or o.help_seller_id)
    ]
    # one read for all of them, not one per order (a buy of thousands lists them in 名单 and the export)
    histories = await uow.ledger.of_orders([o.id for o in brought if o.id is not None])
    for order in brought:
        earned: dict[str, int] = {}
        for x in histories.get(order.id or 0, []):
            for p in x.postings:
                if p.account.kind in _EARNED:
                    earned[p.account.member] = earned.get(p.account.member, 0) + p.amount
        if sum(earned.values()):
            parts = tuple((member, held) for member, held in earned.items() if held)
            paid[order.number] = (sum(earned.values()), parts)
    return paid


async def commission_of(uow: UnitOfWork, group_buy_id: int | None) -> int:
    """What the group buy's orders pay sharers and help-sellers in all (`commission_of_orders`)."""
    return sum(amount for amount, _ in (await commission_of_orders(uow, group_buy_id)).values())


async def count_group_buys_of(uow: UnitOfWork, *, organiser_id: str) -> int:
    """/mine: how many group buys the organiser opened in all (it lists the newest `MINE_LISTED`)."""
    return await uow.views.count_group_buys_of(organiser_id)


UNCOLLECTED_READ = 50  # the organiser's newest group buys `uncollected` looks through
_SOLD = (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)  # closed with orders made


async def went_ahead(uow: UnitOfWork, *, organiser_id: str, chat_id: str | None = None) -> bool:
    """Whether any of the organiser's group buys (of `chat_id` only, when given) went ahead, orders made:
    without one, `谁还没取货` has nothing of hers to hand out (all failed, called off or still open)."""
    summaries = await uow.views.group_buys_of(organiser_id, limit=UNCOLLECTED_READ)
    return any(s.status in _SOLD and chat_id in (None, s.chat_id) for s in summaries)


async def uncollected(
    uow: UnitOfWork, *, organiser_id: str, chat_id: str | None = None
) -> list[tuple[GroupBuy, list[Order]]]:
    """谁还没取货: of the organiser's closed group buys (of `chat_id` only, when given), oldest first,
    each with its orders paid and not picked up yet (oldest order first); one with none is left out."""
    summaries = await uow.views.group_buys_of(organiser_id, limit=UNCOLLECTED_READ)
    found: list[tuple[GroupBuy, list[Order]]] = []
    for summary in sorted(summaries, key=lambda s: s.id):
        if summary.status not in _SOLD or chat_id not in (None, summary.chat_id):
            continue
        group_buy = await uow.group_buys.get(summary.id)
        if group_buy is None:
            continue
        paid = [o for o in await uow.orders.for_group_buy(summary.id) if o.status is OrderStatus.PAID]
        if paid:
            found.append((group_buy, sorted(paid, key=lambda o: o.id or 0)))
    return found
