"""Use cases of attribution (分享赚): members' share codes, a code opened or joined with, the organiser's
sharer rate, and the sharers of a batch of orders at the close (`commerce.domain.attribution`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from commerce.domain import attribution
from commerce.domain.commission import CommissionRates
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.listings import Listing
from commerce.domain.order import Order
from commerce.domain.share_codes import MAX_ATTEMPTS, ShareCode, derive, held_by, holder
from commerce.domain.sharing import ShareVisit
from commerce.ports import UnitOfWork


async def share_code(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    member_id: str,
    *,
    secret: str,
    now: datetime,
    listing_id: int | None = None,
) -> ShareCode:
    """The member's code to the group buy: the one they were given, else a new one stored (the next
    derivation when another member's code in that group buy is the same). `listing_id`: shared in the
    chat of that listing (帮卖), a code of its own that opens and joins that chat's listing."""
    assert group_buy.id is not None
    key = holder(member_id, listing_id)
    held = await uow.attribution.code_of(group_buy.id, key)
    for attempt in range(MAX_ATTEMPTS):
        if held is not None:
            return ShareCode(group_buy.id, held)
        code = derive(group_buy.id, member_id, secret, attempt=attempt, listing_id=listing_id)
        if await uow.attribution.add_code(group_buy.id, key, code.code, at=now):
            return code
        held = await uow.attribution.code_of(group_buy.id, key)  # given at the same moment
    raise RuntimeError(f"no free share code for group buy {group_buy.id} after {MAX_ATTEMPTS} attempts")


async def open_code(
    uow: UnitOfWork, code: ShareCode, *, visitor_id: str, now: datetime
) -> tuple[GroupBuy, str, Listing | None]:
    """The group buy a typed code names, its sharer and the listing (帮卖) whose chat it was shared in
    (None: the group buy's own); the visit is recorded (not the sharer's own). A code the bot did not
    give (or of a group buy that is gone) is `share_code_unknown`."""
    held = await uow.attribution.member_of_code(code.group_buy_id, code.code)
    group_buy = None if held is None else await uow.group_buys.get(code.group_buy_id)
    if held is None or group_buy is None:
        raise NotFound("share_code_unknown", share=code.label)
    sharer, listing_id = held_by(held)
    listing = None if listing_id is None else await uow.listings.get(listing_id)
    if listing is not None and listing.group_buy_id != code.group_buy_id:
        listing = None
    if sharer != visitor_id:
        await uow.visits.add(ShareVisit(code.group_buy_id, sharer, visitor_id, now))
    return group_buy, sharer, listing


async def set_sharer_rate(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    *,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    rate_bp: int,
    now: datetime,
    window: timedelta = attribution.DEFAULT_WINDOW,
) -> GroupBuy:
    """佣金 5%: the organiser (or an admin) sets what a sharer earns on the orders they bring; checked by
    `CommissionRates` (0 to 50%), and only while it is open: at the close the orders are made and the
    sharers were promised that rate, so it stays as it was (`commission_rate_frozen`). Once a buyer's
    line came through a member's share (as the close would attribute it now), that sharer was promised
    the rate for it: it may go up, never down or off (`commission_lower_shared`), as a listed help-sell
    rate (`commerce.services.listings.set_help_sell_rate`)."""
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    CommissionRates(sharer_bp=rate_bp, help_sell_bp=group_buy.help_sell_rate_bp)
    if group_buy.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    if group_buy.status is not GroupBuyStatus.OPEN:
        rate = f"{group_buy.sharer_rate_bp / 100:g}%"
        raise DomainError("commission_rate_frozen", id=group_buy.id, title=group_buy.terms.title, rate=rate)
    assert group_buy.id is not None
    lowered = rate_bp < group_buy.sharer_rate_bp
    if lowered and await came_through_a_share(uow, group_buy, now=now, window=window):
        rate = f"{group_buy.sharer_rate_bp / 100:g}%"
        raise DomainError("commission_lower_shared", id=group_buy.id, title=group_buy.terms.title, rate=rate)
    await uow.attribution.set_sharer_rate(group_buy.id, rate_bp)
    group_buy.sharer_rate_bp = rate_bp
    return group_buy


async def came_through_a_share(
    uow: UnitOfWork, group_buy: GroupBuy, *, now: datetime, window: timedelta = attribution.DEFAULT_WINDOW
) -> bool:
    """Whether a line of the group buy came through another member's share: its buyer would be
    attributed to a sharer other than the organiser (who earns nothing on her own) if ordered now."""
    assert group_buy.id is not None
    joined: dict[str, datetime | None] = {}
    for line in await uow.group_buys.participants(group_buy.id):
        first = joined.get(line.user_id)
        joined[line.user_id] = line.joined_at if first is None else min(first, line.joined_at)
    if not joined:
        return False
    visits = await uow.attribution.visits_of(group_buy.id, list(joined))
    organiser = group_buy.organiser_id
    found = attribution.sharers(joined, visits, ordered_at=now, window=window, organiser=organiser)
    return any(sharer != group_buy.organiser_id for sharer in found.values())


async def credited(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    buyer: str,
    *,
    now: datetime,
    window: timedelta = attribution.DEFAULT_WINDOW,
) -> str | None:
    """Whom the buyer's order would be attributed to if it were made now (None: nobody), by the rule the
    close applies: before the close, what `我的收益` promises a sharer ("X 用你的分享码跟了…")."""
    assert group_buy.id is not None
    lines = [line for line in await uow.group_buys.participants(group_buy.id) if line.user_id == buyer]
    joined = {buyer: min((line.joined_at for line in lines), default=None)}
    visits = await uow.attribution.visits_of(group_buy.id, [buyer])
    organiser = group_buy.organiser_id
    found = attribution.sharers(joined, visits, ordered_at=now, window=window, organiser=organiser)
    return found.get(buyer)


async def attribute(
    uow: UnitOfWork,
    group_buy_id: int,
    orders: Sequence[Order],
    lines: Mapping[str, Sequence[Participant]],
    *,
    window: timedelta,
    organiser: str,
) -> None:
    """Each new order's sharer (`order.sharer_id`), as the rule says, from its buyer's visits: one query
    for the whole batch; the group buy's `organiser`'s own order has none. Made once, when the orders
    are made; nothing changes it afterwards."""
    if not orders:
        return
    joined = {buyer: min((line.joined_at for line in own), default=None) for buyer, own in lines.items()}
    visits = await uow.attribution.visits_of(group_buy_id, [order.buyer_id for order in orders])
    at = orders[0].created_at
    found = attribution.sharers(joined, visits, ordered_at=at, window=window, organiser=organiser)
    for order in orders:
        order.sharer_id = found.get(order.buyer_id)
