"""Use cases of attribution (分享赚): members' share codes, a code opened or joined with, the organiser's
sharer rate, and the sharers of a batch of orders at the close (`commerce.domain.attribution`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from commerce.domain import attribution
from commerce.domain.commission import CommissionRates
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.order import Order
from commerce.domain.share_codes import MAX_ATTEMPTS, ShareCode, derive
from commerce.domain.sharing import ShareVisit
from commerce.ports import UnitOfWork


async def share_code(
    uow: UnitOfWork, group_buy: GroupBuy, member_id: str, *, secret: str, now: datetime
) -> ShareCode:
    """The member's code to the group buy: the one they were given, else a new one stored (the next
    derivation when another member's code in that group buy is the same)."""
    assert group_buy.id is not None
    held = await uow.attribution.code_of(group_buy.id, member_id)
    for attempt in range(MAX_ATTEMPTS):
        if held is not None:
            return ShareCode(group_buy.id, held)
        code = derive(group_buy.id, member_id, secret, attempt=attempt)
        if await uow.attribution.add_code(group_buy.id, member_id, code.code, at=now):
            return code
        held = await uow.attribution.code_of(group_buy.id, member_id)  # given at the same moment
    raise RuntimeError(f"no free share code for group buy {group_buy.id} after {MAX_ATTEMPTS} attempts")


async def open_code(
    uow: UnitOfWork, code: ShareCode, *, visitor_id: str, now: datetime
) -> tuple[GroupBuy, str]:
    """The group buy a typed code names and its sharer; the visit is recorded (not the sharer's own).
    A code the bot did not give (or of a group buy that is gone) is `share_code_unknown`."""
    sharer = await uow.attribution.member_of_code(code.group_buy_id, code.code)
    group_buy = None if sharer is None else await uow.group_buys.get(code.group_buy_id)
    if sharer is None or group_buy is None:
        raise NotFound("share_code_unknown", share=code.label)
    if sharer != visitor_id:
        await uow.visits.add(ShareVisit(code.group_buy_id, sharer, visitor_id, now))
    return group_buy, sharer


async def set_sharer_rate(
    uow: UnitOfWork, group_buy: GroupBuy, *, actor: str, is_admin: bool, rate_bp: int
) -> GroupBuy:
    """佣金 5%: the organiser (or an admin) sets what a sharer earns on the orders they bring; checked by
    `CommissionRates` (0 to 50%), and only while it is open: at the close the orders are made and the
    sharers were promised that rate, so it stays as it was (`commission_rate_frozen`)."""
    if not group_buy.may_manage(actor, is_admin=is_admin):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    CommissionRates(sharer_bp=rate_bp, help_sell_bp=group_buy.help_sell_rate_bp)
    if group_buy.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title)
    if group_buy.status is not GroupBuyStatus.OPEN:
        rate = f"{group_buy.sharer_rate_bp / 100:g}%"
        raise DomainError("commission_rate_frozen", id=group_buy.id, title=group_buy.terms.title, rate=rate)
    assert group_buy.id is not None
    await uow.attribution.set_sharer_rate(group_buy.id, rate_bp)
    group_buy.sharer_rate_bp = rate_bp
    return group_buy


async def attribute(
    uow: UnitOfWork,
    group_buy_id: int,
    orders: Sequence[Order],
    lines: Mapping[str, Sequence[Participant]],
    *,
    window: timedelta,
) -> None:
    """Each new order's sharer (`order.sharer_id`), as the rule says, from its buyer's visits: one query
    for the whole batch. Made once, when the orders are made; nothing changes it afterwards."""
    if not orders:
        return
    joined = {buyer: min((line.joined_at for line in own), default=None) for buyer, own in lines.items()}
    visits = await uow.attribution.visits_of(group_buy_id, [order.buyer_id for order in orders])
    found = attribution.sharers(joined, visits, ordered_at=orders[0].created_at, window=window)
    for order in orders:
        order.sharer_id = found.get(order.buyer_id)
