"""Use cases of help-selling (帮卖, commerce.domain.listings): the organiser opens a group buy to it, a
member of another chat lists it there, and what each listing's chat sees and orders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from commerce.domain.commission import CommissionRates, percent
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.listings import Listing, check_listable, earns_on, has_own_pickup
from commerce.domain.notes import Note
from commerce.domain.order import Order, line_total
from commerce.domain.titles import same_product
from commerce.ports import UnitOfWork


async def set_help_sell_rate(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    *,
    actor: str,
    is_admin: bool,
    rate_bp: int,
    in_chat: str | None = None,
) -> GroupBuy:
    """帮卖 开 10% / 帮卖 关: the organiser (or an admin) opens the group buy to help-selling at a rate, or
    closes it to new listings (those made stay, and keep the rate their sales were promised: once a
    group lists it the rate may go up, for every listing, never down; it is fixed once it closes, as
    the sharer rate is). One that may take no rate is refused so whatever the rate (`帮卖 #3 开 80%` on a
    closed one: closed, as 50% is), before the rate's own range."""
    rate_settable(group_buy, actor=actor, is_admin=is_admin, in_chat=in_chat)
    CommissionRates(sharer_bp=group_buy.sharer_rate_bp, help_sell_bp=rate_bp)
    if rate_bp < group_buy.help_sell_rate_bp and await _help_sold(uow, group_buy):  # never below its promise
        if rate_bp == 0:
            raise DomainError("helpsell_off_listed", id=group_buy.id, title=group_buy.terms.title)
        rate = percent(group_buy.help_sell_rate_bp)
        raise DomainError("helpsell_lower_listed", id=group_buy.id, title=group_buy.terms.title, rate=rate)
    assert group_buy.id is not None
    await uow.listings.set_help_sell_rate(group_buy.id, rate_bp)
    group_buy.help_sell_rate_bp = rate_bp
    return group_buy


def rate_settable(group_buy: GroupBuy, *, actor: str, is_admin: bool, in_chat: str | None = None) -> None:
    """Refused when `actor` may set no help-sell rate on it at all: not hers to manage, called off, or
    closed (its orders made at the rate it had)."""
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    if group_buy.status in (GroupBuyStatus.FAILED, GroupBuyStatus.CANCELLED):
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    if group_buy.status is not GroupBuyStatus.OPEN:
        rate = f"{group_buy.help_sell_rate_bp / 100:g}%"
        raise DomainError("helpsell_rate_frozen", id=group_buy.id, title=group_buy.terms.title, rate=rate)


async def _help_sold(uow: UnitOfWork, group_buy: GroupBuy) -> bool:
    """Whether a help-seller lists it somewhere (the organiser's own listings in her other groups were
    promised no rate: they never hold its rate up)."""
    if not group_buy.listings or group_buy.id is None:
        return False
    listed = await uow.listings.of_group_buy(group_buy.id)
    return any(listing.seller_id != group_buy.organiser_id for listing in listed)


async def help_sold_in(uow: UnitOfWork, group_buy: GroupBuy) -> int:
    """How many of the chats that list it have a help-seller (帮卖): the others are the organiser's own
    listings in her other groups, which are no help-selling (its card says them apart)."""
    if not group_buy.listings or group_buy.id is None:
        return 0
    listed = await uow.listings.of_group_buy(group_buy.id)
    return sum(listing.seller_id != group_buy.organiser_id for listing in listed)


async def list_here(
    uow: UnitOfWork,
    *,
    group_buy_id: int,
    chat_id: str,
    seller_id: str,
    seller_name: str,
    now: datetime,
    lang: str | None = None,
) -> tuple[GroupBuy, Listing, bool]:
    """帮卖 #12 in another chat: list the group buy there, its sender the help-seller; True with it when
    they took over the organiser's own listing there (they earn on the lines made from now on). `lang`:
    the language she listed it in, the card's there when that chat has no `/lang`."""
    group_buy = await uow.group_buys.get(group_buy_id)
    if group_buy is None:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    existing = await uow.listings.in_chat(group_buy_id, chat_id)
    if check_listable(group_buy, chat_id=chat_id, seller_id=seller_id, existing=existing):
        assert existing is not None and existing.id is not None
        taken = replace(existing, seller_id=seller_id, seller_name=seller_name, created_at=now, lang=lang)
        if not await uow.listings.take_over(taken, organiser_id=group_buy.organiser_id):
            raise DomainError("busy_try_again")  # another help-seller took it at the same moment
        return group_buy, taken, True
    listing = Listing(None, group_buy_id, chat_id, seller_id, seller_name, now, lang)
    added = await uow.listings.add(listing)
    if added is None:  # listed by someone else at the same moment
        again = await uow.listings.in_chat(group_buy_id, chat_id)
        check_listable(group_buy, chat_id=chat_id, seller_id=seller_id, existing=again)
        raise DomainError("busy_try_again")
    group_buy.listings += 1
    return group_buy, added, False


async def reaches(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str) -> Listing | None:
    """The listing through which `chat_id` reaches another chat's group buy (None: it does not)."""
    assert group_buy.id is not None
    if group_buy.chat_id == chat_id or not group_buy.listings:
        return None
    return await uow.listings.in_chat(group_buy.id, chat_id)


LISTED_LOOKED = 50  # the newest group buys listed in a chat a home group's note is matched against


async def speaks_for(uow: UnitOfWork, note: Note, chat_id: str) -> GroupBuy | None:
    """The group buy help-sold (帮卖) in `chat_id` that a note of its home group is about: the one it is
    linked to, or a later round of the same product from that group (`/reopen`, 再来一团: the notes on
    earlier rounds are its notes there, as in its home group); None: a note of this chat, one linked
    to nothing, or one about nothing sold here."""
    if note.group_buy_id is None or note.chat_id == chat_id:
        return None
    on = await uow.group_buys.get(note.group_buy_id)
    if on is None or on.id is None or on.chat_id != note.chat_id:
        return None
    if await uow.listings.in_chat(on.id, chat_id) is not None:
        return on
    for listing in await uow.listings.listed_in(chat_id, limit=LISTED_LOOKED):
        later = await uow.group_buys.get(listing.group_buy_id)
        if (
            later is not None
            and later.id is not None
            and later.chat_id == note.chat_id
            and later.id > on.id
            and same_product(later.terms.title, on.terms.title)
        ):
            return later
    return None


async def own_pickups(uow: UnitOfWork, group_buy: GroupBuy) -> dict[str, Listing]:
    """The listings of `group_buy` whose group set its own pickup, by chat (`listings.seen_in`)."""
    if not group_buy.listings or group_buy.id is None:
        return {}
    listed = await uow.listings.of_group_buy(group_buy.id)
    return {found.chat_id: found for found in listed if has_own_pickup(found)}


async def chat_of(uow: UnitOfWork, group_buy: GroupBuy, listing_id: int | None) -> str:
    """The chat a line of `group_buy` made in `listing_id` was made in (None: its own chat)."""
    listing = None if listing_id is None else await uow.listings.get(listing_id)
    return group_buy.chat_id if listing is None else listing.chat_id


async def of_orders(
    uow: UnitOfWork, group_buy: GroupBuy, made: Sequence[Order], lines: dict[str, list[Participant]]
) -> None:
    """Orders made from a listing's lines belong to its chat (a member's order goes where their own first
    line was made) and name the help-seller of a listing any of its lines was made in (her first line's
    first): she earns on those lines (`help_sold`); nobody earns on what the organiser's own listing sold."""
    if not group_buy.listings or group_buy.id is None:
        return
    listings = {found.id: found for found in await uow.listings.of_group_buy(group_buy.id)}
    for order in made:
        first = lines[order.buyer_id][0]
        listing = listings.get(first.listing_id) if first.listing_id is not None else None
        if listing is not None:
            order.chat_id = listing.chat_id
        for line in lines[order.buyer_id]:
            listing = listings.get(line.listing_id) if line.listing_id is not None else None
            if listing is not None and earns_on(listing, group_buy, line.joined_at):
                order.help_seller_id = listing.seller_id
                break


async def help_sold(uow: UnitOfWork, group_buy: GroupBuy, order: Order) -> int | None:
    """What the order's lines made in its help-seller's listings come to (per line: the rest of a buyer
    with lines in two groups earns her nothing); None: all of it (an order without one, or every line
    made there)."""
    if order.help_seller_id is None or not group_buy.listings or group_buy.id is None:
        return None
    listings = {found.id: found for found in await uow.listings.of_group_buy(group_buy.id)}
    mine = [
        line for line in await uow.group_buys.participants(group_buy.id) if line.user_id == order.buyer_id
    ]
    there = 0
    for line in mine:
        listing = listings.get(line.listing_id) if line.listing_id is not None else None
        if (
            listing is not None
            and listing.seller_id == order.help_seller_id
            and earns_on(listing, group_buy, line.joined_at)
        ):
            there += line_total(group_buy, line)
    return None if not mine or there >= order.total else there


async def help_sold_by(
    uow: UnitOfWork, seller_id: str, chat_id: str | None, *, limit: int
) -> list[tuple[GroupBuy, int]]:
    """The group buys `seller_id` help-sells (帮卖; not her own), newest first, each with the units joined
    through her listing: those listed in `chat_id` whatever became of them (None: those still open,
    wherever she lists them). `我的团` of a help-seller who opened none."""
    if chat_id is None:
        listed = await uow.listings.open_of_seller(seller_id, limit=limit)
    else:
        listed = [x for x in await uow.listings.listed_in(chat_id, limit=limit) if x.seller_id == seller_id]
    found = []
    for listing in listed:
        group_buy = await uow.group_buys.get(listing.group_buy_id)
        if group_buy is None or listing.id is None or group_buy.organiser_id == seller_id:
            continue
        found.append((group_buy, await uow.listings.count_units(listing.group_buy_id, listing.id)))
    return found
