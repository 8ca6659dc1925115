"""Deep links: a member's own signed link to a group buy (`https://t.me/<bot>?start=<payload>`), `/start`,
and the only way a private chat reaches a group buy: the card such a link opens there.

The payload names the group buy and who shared it, and is signed (`commerce.domain.sharing`), within
Telegram's limits for a start parameter (at most 64 characters of `A-Z a-z 0-9 _ -`):
`gb12-uamy-<signature>` (a plain id), `gb12-b<base64url>-<signature>` (any other id), or
`gb12-<signature>` when the sharer's id would not fit (the link still opens the group buy); shared in a
chat that lists it (帮卖), `gb12-l3-…`: listing 3's link, which opens that chat's card and whose joins are
that chat's lines. The signature covers everything before it, the sharer and the listing too. A payload
this bot did not sign (typed by hand, another number, a sharer swapped in) is answered exactly as a
group buy that does not exist.

The card a link opens in a private chat has buttons signed for the member who opened it (`gp:...`):
they join, leave and refresh that group buy from there. Nothing else reaches a group buy from a private
chat: `/join #12` typed there is refused, and an unsigned (or someone else's) button is stale.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from commerce.domain import share_codes
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.listings import Listing, seen_in
from commerce.domain.member import identity
from commerce.domain.order import OrderStatus
from commerce.domain.payments import payable_online
from commerce.domain.sharing import SIGNATURE_CHARS, card_signature, card_signed, link_signature, link_signed
from commerce.ports import UnitOfWork, UnitOfWorkFactory
from commerce.services import collecting as reports
from commerce.services import group_buys as group_buy_service
from commerce.services import listings
from commerce.services import sharing as service
from commerce.services import waiting as waiting_service
from handlers import card_copies, cards, last_opened
from handlers.buttons import CardAction, CardButton, PrivateCardButton
from handlers.chat_names import titles
from handlers.context import Context
from handlers.fit import TEXT_LIMIT, clip
from handlers.texts import t
from handlers.their_groups import their_chat, their_group_name
from handlers.types import Button, Reply

MAX_PAYLOAD = 64
TOAST_TITLE = 60  # a product's name in a Share toast, so that the sentence fits in 200 characters
_PLAIN_ID = re.compile(r"[A-Za-z0-9_]+")  # fullmatch: `$` would let a newline in
_PAYLOAD = re.compile(
    rf"(?P<link>gb(?P<id>[1-9]\d{{0,11}})(?:-l(?P<listing>[1-9]\d{{0,11}}))?"
    rf"(?:-(?P<kind>[ub])(?P<sharer>[A-Za-z0-9_-]+))?)"
    rf"-(?P<sig>[A-Za-z0-9_-]{{{SIGNATURE_CHARS}}})"
)
_CLAIMED = re.compile(r"gb(?P<id>[1-9]\d{0,11})(?:-[A-Za-z0-9_-]*)?")  # what an unsigned payload names
_ON_PRIVATE_CARD = (CardAction.JOIN, CardAction.MORE, CardAction.LEAVE, CardAction.STATUS, CardAction.WAIT)


@dataclass(frozen=True)
class SharedLink:
    """What a signed start payload says: the group buy, who shared it (None: not said) and the listing
    (帮卖) whose chat they shared it in (None: the group buy's own)."""

    group_buy_id: int
    sharer_id: str | None
    listing_id: int | None = None


def share_payload(group_buy_id: int, sharer_id: str, secret: str, *, listing_id: int | None = None) -> str:
    """The signed start payload of `sharer_id`'s link to a group buy (shared in the chat of `listing_id`,
    帮卖: that listing's): URL-safe, at most 64 characters."""
    base = f"gb{group_buy_id}" if listing_id is None else f"gb{group_buy_id}-l{listing_id}"
    if _PLAIN_ID.fullmatch(sharer_id):
        sharer = "u" + sharer_id
    else:
        sharer = (
            "b" + base64.urlsafe_b64encode(sharer_id.encode(errors="surrogatepass")).rstrip(b"=").decode()
        )
    link = f"{base}-{sharer}"
    if len(link) + 1 + SIGNATURE_CHARS > MAX_PAYLOAD:
        link = base
    return f"{link}-{link_signature(link, secret)}"


def parse_share_payload(payload: str, secret: str) -> SharedLink | None:
    """The link a payload describes, or None when this bot did not sign it (cut short, typed by hand,
    altered, or signed with another secret)."""
    match = _PAYLOAD.fullmatch(payload.strip()) if len(payload) <= MAX_PAYLOAD else None
    if match is None or not link_signed(match.group("link"), match.group("sig"), secret):
        return None
    raw, kind = match.group("sharer"), match.group("kind")
    sharer: str | None = raw
    if kind == "b":
        try:
            sharer = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
    listing = match.group("listing")
    return SharedLink(int(match.group("id")), sharer or None, None if listing is None else int(listing))


def _claimed_id(payload: str) -> int | None:
    """The group buy number a payload that is not ours names: one that no longer exists is answered so."""
    match = _CLAIMED.fullmatch(payload.strip()) if len(payload) <= MAX_PAYLOAD else None
    return None if match is None else int(match.group("id"))


async def share_link_payload(
    uow_factory: UnitOfWorkFactory, *, secret: str, group_buy_id: int, chat_id: str, sharer_id: str
) -> str | None:
    """The payload of `sharer_id`'s link to a group buy, asked with the Share button of its card in
    `chat_id` (a chat that lists it, 帮卖: that listing's link); None when the group buy is not of that
    chat (a button that cannot be there)."""
    async with uow_factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
        listing = None if found is None else await listings.reaches(uow, found, chat_id)
    if found is None or (found.chat_id != chat_id and listing is None):
        return None
    return share_payload(group_buy_id, sharer_id, secret, listing_id=None if listing is None else listing.id)


async def private_share_link_payload(
    uow_factory: UnitOfWorkFactory, *, secret: str, group_buy_id: int, sharer_id: str, signature: str
) -> tuple[str, str] | None:
    """The payload of `sharer_id`'s link to a group buy, asked with the Share button of the card copy a
    link or code opened in her private chat, and the chat it is shared from (that of the listing, 帮卖,
    the copy was signed with: its link; else the group buy's own); None when the button is not signed
    for her (a stale or forged one)."""
    async with uow_factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
        if found is None:
            return None
        listing: Listing | None = None
        if not card_signed(group_buy_id, sharer_id, signature, secret):
            signed = [
                listed
                for listed in await uow.listings.of_group_buy(group_buy_id)
                if card_signed(group_buy_id, sharer_id, signature, secret, listing_id=listed.id)
            ]
            if not signed:
                return None
            listing = signed[0]
    if listing is None:
        return share_payload(group_buy_id, sharer_id, secret), found.chat_id
    return share_payload(group_buy_id, sharer_id, secret, listing_id=listing.id), listing.chat_id


async def share_refused(uow_factory: UnitOfWorkFactory, group_buy_id: int, lang: str) -> str | None:
    """What a Share tapped on a card is told instead of a link (a toast: its product's name cut short so
    the sentence fits Telegram's 200 characters): a group buy no longer taking joins (a stale keyboard),
    or one sold out (a friend could buy none: no link, no code, as typed `分享` says); None while a
    friend could still join it."""
    async with uow_factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
        if found is None:
            return None
        title = clip(found.terms.title, TOAST_TITLE)
        if not found.is_open:
            return t(lang, "share_closed", id=group_buy_id, title=title)
        if await group_buy_service.sold_out_now(uow, found):
            return t(lang, "share_sold_out_toast", id=group_buy_id, title=title)
    return None


async def start(ctx: Context) -> list[Reply]:
    """`/start` (the first message to the bot): a welcome; `/start <payload>` from a member's signed link
    in a private chat: that group buy's card with its buttons, and the visit recorded for the sharer.
    The private card's Progress button comes here too: a fresh copy of the card."""
    if ctx.command.tap:
        return await _refreshed(ctx)
    lang = await ctx.lang()
    payload = ctx.command.rest.strip()
    if not ctx.is_private:  # in a group: how a group buy is joined and opened here, not the private welcome
        return [Reply(text=t(lang, "welcome_group"), language=lang)]
    if not payload and ctx.command.word == "link":  # a pasted link with nothing after `start=`
        raise DomainError("share_link_not_mine")
    if not payload:
        return [Reply(text=await _welcome(ctx, lang), language=lang)]
    link = parse_share_payload(payload, ctx.config.payment_secret)
    if link is None and ctx.command.word == "link":  # pasted as text: said as a bad share code is (rep69 #7)
        raise DomainError("share_link_not_mine")
    if link is None and (typed := share_codes.find(payload, any_case=True)) is not None and not typed[1]:
        # `/start 3-NYUZ`, `/start 团3-NYUZ`: a share code after /start opens its card, as alone (rep83 #10)
        from handlers import referrals  # referrals imports this module

        code = typed[0]
        ctx.command = replace(  # as typed alone: /start tells no language (its card speaks its group's)
            ctx.command, name="share_code", group_buy_id=code.group_buy_id, rest=code.code, lang=None
        )
        return await referrals.open_code(ctx)
    if link is None:
        claimed = _claimed_id(payload)
        if claimed is None:
            raise DomainError("share_link_invalid")
        if await ctx.uow.group_buys.get(claimed) is not None:  # a changed or cut link: said so, nothing more
            raise DomainError("share_link_not_mine")
        raise NotFound("share_group_buy_gone", id=claimed)
    group_buy = await service.visit(
        ctx.uow,
        group_buy_id=link.group_buy_id,
        sharer_id=link.sharer_id,
        visitor_id=ctx.request.user_id,
        now=ctx.now,
    )
    assert group_buy.id is not None
    listing = await listing_of(ctx, group_buy, link.listing_id)  # shared in a 帮卖 group: its card
    listing_id = None if listing is None else listing.id
    if listing is not None:  # the card speaks that group's language when the visitor's is not known
        ctx.listing_chat = listing.chat_id
    lang = await ctx.lang(group_buy)  # hers when known (`Context.lang`), else the card's
    await last_opened.remember(ctx, group_buy.id, listing_id)  # `+1` there then joins it (handlers.referrals)
    return [await private_card(ctx, group_buy, lang, listing)]


async def listing_of(ctx: Context, group_buy: GroupBuy, listing_id: int | None) -> Listing | None:
    """The listing of the group buy a link names (None: none named, or not one of this group buy's)."""
    listing = None if listing_id is None else await ctx.uow.listings.get(listing_id)
    return listing if listing is not None and listing.group_buy_id == group_buy.id else None


async def _refreshed(ctx: Context) -> list[Reply]:
    group_buy, listing = await opened_card(ctx)
    lang = await ctx.lang(group_buy)
    card = await private_card(ctx, group_buy, lang, listing)
    return [card, Reply(toast=t(lang, "toast_status"), language=lang)]


async def private_card(ctx: Context, group_buy: GroupBuy, lang: str, listing: Listing | None = None) -> Reply:
    """A copy of the card in this private chat, not the live one: its buttons, signed for this member,
    act on the group buy in its group; `listing` (a code or link shared in a chat that lists it, 帮卖):
    that chat's view, never another group's, and its buttons join there.

    Where the platform can edit it, the copy is a card under its own key (handlers.card_copies), posted
    anew (older copies of it in the chat become the pointer to it) and refreshed as the group's card is."""
    assert group_buy.id is not None
    card = await copy_card(
        ctx.uow,
        group_buy,
        listing,
        lang=lang,
        tz=ctx.tz,
        now=ctx.now,
        member=ctx.request.user_id,
        secret=ctx.config.payment_secret,
        platform=ctx.request.platform,
    )
    key = None
    if ctx.is_private:
        key = await card_copies.remember(
            ctx.values,
            platform=ctx.request.platform,
            member=ctx.request.user_id,
            chat=ctx.request.chat_id,
            group_buy_id=group_buy.id,
            listing_id=None if listing is None else listing.id,
            language=lang,
            now=ctx.now,
        )
    return card if key is None else replace(card, card_of=key, new_card=True)


async def copy_card(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    listing: Listing | None,
    *,
    lang: str,
    tz: ZoneInfo,
    now: datetime,
    member: str,
    secret: str,
    platform: str,
    text_limit: int = TEXT_LIMIT,
) -> Reply:
    """The text and buttons of `member`'s private copy of the card, as it stands now, with the group
    buy's photo, as its card has it (a photo card's copy is a photo card too: `text_limit`, its caption's
    limit where the platform sends the card as the photo's caption), and its `label`. Its lines show
    names, quantities and options, never a member's note (an address, a flat): whoever opens a code or
    link may be outside the group. One the group (the listing's, 帮卖) never saw is an outsider: her
    copy shows the terms, the totals and her own lines only, the others counted, never named
    (`cards.render`'s `hidden`)."""
    assert group_buy.id is not None
    view = await group_buy_service.card(
        uow, group_buy_id=group_buy.id, lines=cards.MAX_LINES, listing=listing
    )
    chat = group_buy.chat_id if listing is None else listing.chat_id
    hidden: int | None = None
    places: list[int] = []
    buyers = set(view.statuses)  # the group's card's buyers (an outsider's view keeps only hers)
    if await uow.members.name_in(chat, identity(platform, member)) is None:  # an outsider
        view, places = await _own_view(uow, view, member, listing)
        hidden = view.lines - len(view.participants)
    participants = [replace(line, note="") if line.note else line for line in view.participants]
    waiting = await waiting_service.queue_lengths(uow, view.group_buy)
    succeeded = view.group_buy.status is GroupBuyStatus.SUCCEEDED
    unsold = await uow.views.unsold_units(group_buy.id) if succeeded else (0, 0)  # as the live card
    cancelled = await group_buy_service.cancelled_unpaid(uow, view.group_buy, unsold)  # all unpaid: ❌
    option_dropped = await group_buy_service.dropped_by_option(uow, view.group_buy)
    reported = await reports.reported_buyers(uow, view.group_buy)  # 💸, as the live card
    if view.group_buy.listings or listing is not None:  # 帮卖: the group's own buyers, as its card counts
        reported &= buyers  # an outsider's copy too: a count names nobody, her lines alone marked
    here = await group_buy_service.chat_units(uow, view, chat)  # 帮卖: the group's own, as its card
    # read in a private chat: the group by name where its card says "here" (本群)
    where = (await titles(uow, [chat])).get(chat) or t(lang, "card_copy_group_unnamed")
    paid = cards.payments(view)  # ✅ 📦 and 已付 x/N: the payments the group's card shows
    card = cards.render(
        seen_in(view.group_buy, listing),  # 帮卖: its pickup there, when that group set its own
        participants,
        lang=lang,
        tz=tz,
        now=now,
        paid=paid.paid,
        dropped=paid.dropped,
        collected=paid.collected,
        total_lines=view.lines,
        paid_count=paid.paid_count,
        waiting=waiting,
        reported=reported,
        unsold=unsold,
        seller="" if listing is None else listing.seller_name,
        own_listing=listing is not None and listing.seller_id == group_buy.organiser_id,
        help_sold=await listings.help_sold_in(uow, view.group_buy) if listing is None else None,
        refunded=paid.refunded,
        part_refunded=paid.part_refunded,
        units_refunded=paid.units_refunded,
        received=paid.received if hidden is None else (0, 0),  # an outsider's copy: no one's money
        option_dropped=option_dropped,
        text_limit=text_limit,
        cancelled=cancelled,
        here=here,
        hidden=hidden,
        places=places,
        where=where,
    )
    signature = card_signature(
        group_buy.id, member, secret, listing_id=None if listing is None else listing.id
    )
    buttons = _signed(card.buttons, signature)
    return Reply(text=card.text, buttons=buttons, language=lang, photo=card.photo, label=card.label)


async def _own_view(
    uow: UnitOfWork, view: group_buy_service.CardView, member: str, listing: Listing | None
) -> tuple[group_buy_service.CardView, list[int]]:
    """The card's view as an outsider's copy shows it: her own lines (of that listing's chat, 帮卖) and
    her order's status only; the counts (lines, buyers, orders by status) stay the whole list's. With
    each of her lines' place on the group's list (its number there): read from the card's first lines,
    the whole list only when one of hers is beyond them."""
    group_buy = view.group_buy
    assert group_buy.id is not None
    listing_id = None if listing is None else listing.id
    sold_elsewhere = bool(group_buy.listings or listing is not None)
    own = [
        line
        for line in await uow.group_buys.lines_of(group_buy.id, member)
        if line.listing_id == listing_id or not sold_elsewhere
    ]
    keys = {line.key for line in own}
    listed = view.participants
    if view.lines > len(listed) and len(keys & {line.key for line in listed}) < len(keys):
        if sold_elsewhere:
            listed = await uow.listings.lines(group_buy.id, listing_id, limit=None)
        else:
            listed = await uow.group_buys.participants(group_buy.id)
    placed = [(place, line) for place, line in enumerate(listed, 1) if line.key in keys]
    statuses: dict[str, OrderStatus] = {}
    if own and group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        statuses = await uow.orders.statuses(group_buy.id, {member})
    mine = [line for _, line in placed] if len(placed) == len(own) else own  # places known: in that order
    places = [place for place, _ in placed] if len(placed) == len(own) else []
    return replace(view, participants=mine, statuses=statuses), places


def _signed(rows: tuple[tuple[Button, ...], ...], signature: str) -> tuple[tuple[Button, ...], ...]:
    """The card's buttons as the private card's (`gb:join:12` -> `gp:join:12:<signature>`)."""
    signed: list[tuple[Button, ...]] = []
    for row in rows:
        kept = []
        for button in row:
            card = CardButton.unpack(button.data)
            if card is not None and card.action in _ON_PRIVATE_CARD:
                data = PrivateCardButton(card.action, card.group_buy_id, signature, card.option).pack()
                kept.append(Button(button.label, data))
        if kept:
            signed.append(tuple(kept))
    return tuple(signed)


async def opened_card(ctx: Context) -> tuple[GroupBuy, Listing | None]:
    """The group buy a command in a private chat names, if it came from a button of the card a link
    opened for this member there, and the listing (帮卖) that card was (its signature says which).
    Typed (`/join #12`) it is refused with where to join instead; a button that is not signed for this
    member is answered as a group buy that does not exist (a stale button)."""
    group_buy_id = ctx.command.group_buy_id
    assert group_buy_id is not None
    if not ctx.command.tap and not ctx.command.signature:  # typed: with a share code (handlers.referrals)
        own = await _own_line_left(ctx, group_buy_id)
        if own is not None:  # `-1 #2` from one holding her own line on it: taken off there, as in the group
            return own, None
        refusal = await _typed_in_private(ctx, group_buy_id)
        left = await ctx.uow.group_buys.get(group_buy_id) if await _own_leave(ctx) else None
        if left is not None and left.id is not None and await their_chat(ctx, left) is not None:
            lines = await ctx.uow.group_buys.lines_of(left.id, ctx.request.user_id)
            if not any(line.quantity > 0 for line in lines):  # of her group's, on none of it (rep92 #14)
                raise DomainError("not_joined", title=left.terms.title, id=left.id) from refusal
        raise refusal
    signature, secret, member = ctx.command.signature, ctx.config.payment_secret, ctx.request.user_id
    found: GroupBuy | None = None
    listing = None
    if card_signed(group_buy_id, member, signature, secret):
        found = await ctx.uow.group_buys.get(group_buy_id)
    else:  # a listing's card (帮卖): signed with it
        for listed in await ctx.uow.listings.of_group_buy(group_buy_id):
            if card_signed(group_buy_id, member, signature, secret, listing_id=listed.id):
                found, listing = await ctx.uow.group_buys.get(group_buy_id), listed
                break
    if found is None:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    if listing is not None:  # what is said about it here speaks that group's language (`Context.lang`)
        ctx.listing_chat = listing.chat_id
    await card_copies.touch(  # the copy tapped is refreshed first (handlers.card_copies)
        ctx.values,
        platform=ctx.request.platform,
        member=member,
        group_buy_id=group_buy_id,
        listing_id=None if listing is None else listing.id,
        now=ctx.now,
    )
    return found, listing


async def shared_group_buy(ctx: Context) -> GroupBuy:
    """The group buy of `opened_card`."""
    return (await opened_card(ctx))[0]


async def _own_line_left(ctx: Context, group_buy_id: int) -> GroupBuy | None:
    """`-1 #2` typed in a private chat by a member holding her own line on #2 (made in its group): that
    group buy, the leave going on as her `-1 #2` in the group would (its card, the group told; several
    lines of hers asked which, nothing changed); None for any other command, or no line of hers there."""
    command = ctx.command
    if command.name != "leave" or command.friend:
        return None
    found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None or found.id is None:
        return None
    lines = await ctx.uow.group_buys.lines_of(found.id, ctx.request.user_id)
    own = [line for line in lines if not line.friend and line.quantity > 0]
    taking = found.is_open and not found.is_past_deadline(ctx.now)  # closed: said so first (rep92 #8)
    if len({line.option for line in own}) > 1 and not command.option and taking:  # several: which, with
        held = " / ".join(f"{line.option} ×{line.quantity}" for line in own)  # its number
        example = f"{own[-1].option} #{found.id}"
        raise DomainError("option_which_leave", title=found.terms.title, held=held, example=example)
    return found if own else None


async def _own_leave(ctx: Context) -> bool:
    """Whether `ctx.command` is her own leave (`-1 #3`, no friend named)."""
    return ctx.command.name == "leave" and not ctx.command.friend


async def _typed_in_private(ctx: Context, group_buy_id: int) -> DomainError:
    """`+1 #12` typed in a private chat: to be sent in the group, named when it is one of the member's
    (`handlers.their_groups`); a group buy of none of her groups names none."""
    found = await ctx.uow.group_buys.get(group_buy_id)
    chat = None if found is None else await their_group_name(ctx, found)
    if chat is None:
        return DomainError("private_join_needs_link", id=group_buy_id)
    return DomainError("private_join_in_group", id=group_buy_id, chat=chat)


async def chat_of(ctx: Context) -> str:
    """The chat whose group buy a join or leave is about: this one; in a private chat, for a group buy
    named by number, its group (or the chat of the listing whose card it is, 帮卖: the line is made
    there), once `opened_card` let it through."""
    if not ctx.is_private or ctx.command.group_buy_id is None:
        return ctx.request.chat_id
    group_buy, listing = await opened_card(ctx)
    return group_buy.chat_id if listing is None else listing.chat_id


async def _welcome(ctx: Context, lang: str) -> str:
    """The welcome, and the member's orders they can pay here (they may have come to pay)."""
    text = t(lang, "welcome")
    unpaid = [
        order
        for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
        if order.status is OrderStatus.PENDING_PAYMENT
        and payable_online(order.currency, provider=ctx.config.online_payment)
    ]
    if unpaid:
        paying = (t(lang, "pay_order_command", order=order.number) for order in unpaid[:5])  # `付款 12-3`
        listed = t(lang, "list_separator").join(paying)
        text += "\n" + t(lang, "welcome_unpaid", orders=listed)
    return text
