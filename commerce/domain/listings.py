"""Help-selling (帮卖): a group buy listed in another chat by a member there, the help-seller.

The organiser opens a group buy to help-selling by setting its help-sell rate (`帮卖 开 10%`); anyone in
another chat may then list it there (`帮卖 #12`). The listing is the same group buy: one stock, one set
of terms, one deadline and one price reached by every chat's joins together; each chat has its own card
showing its own lines, and the orders made from a listing's lines earn its help-seller the rate
(commerce.domain.commission). A chat lists a group buy once; its own chat never lists it. The
organiser may list it in another group of hers, open to help-selling or not (no commission: she is no
help-seller of her own); a help-seller there then takes that listing over, once it is open to them.

A group buy not open to help-selling is answered, from another chat, exactly as a number that does not
exist (commerce.domain.reach): nobody learns from a listing attempt what another chat is buying.

Card keys: a listing's card is the group buy's card as that chat sees it. Platforms keep one live card
per chat and key (`Reply.card_of`), group buys' cards are their positive ids and notes' cards their
negated numbers (handlers.notes); a listing's card is its id negated below `LISTING_KEYS`, so the three
never meet in the 32-bit column the adapters store keys in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus

LISTING_KEYS = 1_000_000_000  # notes' numbers stay below it; listing keys are -(LISTING_KEYS + id)


@dataclass(frozen=True)
class Listing:
    """Group buy `group_buy_id` listed in `chat_id` by `seller_id` (the help-seller)."""

    id: int | None
    group_buy_id: int
    chat_id: str
    seller_id: str
    seller_name: str
    created_at: datetime  # since when `seller_id` sells it: a help-seller's takeover sets it anew
    # the language `seller_id` listed it in (the words of her `帮卖 #12`): its card's and announcements'
    # there when that chat has no `/lang`; None (listed before it was kept): the group buy's
    lang: str | None = None
    # this chat's own pickup place and time (`自提 #12 …` sent here): its orders, reminder and 未取货
    # read it; "" / None: the group buy's (`GroupBuy.terms.pickup`, `pickup_at`); a place with no time
    # of its own (`自提 #12 北门` alone) reads the group buy's time, following it when it moves
    pickup: str = ""
    pickup_at: datetime | None = None


def has_own_pickup(listing: Listing | None) -> bool:
    """Whether the listing's chat set its own pickup (`自提 #12 …` sent there)."""
    return listing is not None and bool(listing.pickup or listing.pickup_at)


def seen_in(group_buy: GroupBuy, listing: Listing | None) -> GroupBuy:
    """`group_buy` as the listing's chat reads it (a copy, to read, never to save): its pickup that
    chat's own when it set one (its time the group buy's while it set none); else (or `listing` None:
    its own chat) the group buy as it is."""
    if listing is None or not has_own_pickup(listing):
        return group_buy
    at = listing.pickup_at if listing.pickup_at is not None else group_buy.terms.pickup_at
    terms = replace(group_buy.terms, pickup=listing.pickup, pickup_at=at)
    return replace(group_buy, terms=terms)


def card_key(listing_id: int) -> int:
    """The listing's card in `Reply.card_of`."""
    return -(LISTING_KEYS + listing_id)


def listing_of(card_of: int) -> int | None:
    """The listing whose card `card_of` is, or None for another card."""
    return -card_of - LISTING_KEYS if card_of <= -LISTING_KEYS else None


def check_listable(group_buy: GroupBuy, *, chat_id: str, seller_id: str, existing: Listing | None) -> bool:
    """May `seller_id` list `group_buy` in `chat_id`? Refused: not open to help-selling (as if it did
    not exist; its organiser may list her own all the same), its own chat, closed (as if it did not exist,
    but to its organiser or in a group that lists it: closed, or cancelled), or listed there already
    (by whom). True: the organiser's own listing there, which a help-seller takes over (the organiser
    put it in another group of hers; it must not keep that group's real help-seller out)."""
    if group_buy.chat_id == chat_id and group_buy.status is GroupBuyStatus.CANCELLED:
        raise DomainError(
            "helpsell_own_chat_cancelled",
            id=group_buy.id,
            title=group_buy.terms.title,
            organiser=group_buy.organiser_name,
        )
    if group_buy.chat_id == chat_id and not group_buy.is_open:  # +1 would be refused too (review 99 #6)
        raise DomainError(
            "helpsell_own_chat_closed",
            id=group_buy.id,
            title=group_buy.terms.title,
            organiser=group_buy.organiser_name,
        )
    if group_buy.chat_id == chat_id:
        raise DomainError("helpsell_own_chat", id=group_buy.id, title=group_buy.terms.title)
    if group_buy.help_sell_rate_bp <= 0 and seller_id != group_buy.organiser_id:
        raise NotFound("group_buy_not_found", id=group_buy.id)
    if not group_buy.is_open:
        if existing is None and seller_id != group_buy.organiser_id:  # nobody may list it: unknown here
            raise NotFound("group_buy_not_found", id=group_buy.id)
        if group_buy.status is GroupBuyStatus.CANCELLED:
            raise DomainError("helpsell_cancelled", id=group_buy.id, title=group_buy.terms.title)
        raise DomainError(
            "group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=group_buy.status.value
        )
    if existing is None:
        return False
    if existing.seller_id == group_buy.organiser_id and seller_id != group_buy.organiser_id:
        return True
    if existing.seller_id == group_buy.organiser_id:  # hers already: no help-seller there
        raise DomainError(
            "helpsell_listed_own", id=group_buy.id, title=group_buy.terms.title, seller=existing.seller_name
        )
    raise DomainError(
        "helpsell_listed", id=group_buy.id, title=group_buy.terms.title, seller=existing.seller_name
    )


def earns_on(listing: Listing, group_buy: GroupBuy, joined_at: datetime) -> bool:
    """Whether the listing's help-seller earns on a line made in it at `joined_at`: not the organiser
    (her own listing), and only on lines made since she listed it (or took it over from the organiser:
    what the organiser sold there before stays her own sale)."""
    return listing.seller_id != group_buy.organiser_id and joined_at >= listing.created_at
