"""Deep links: a member's own signed link to a group buy (`https://t.me/<bot>?start=<payload>`), `/start`,
and the only way a private chat reaches a group buy: the card such a link opens there.

The payload names the group buy and who shared it, and is signed (`commerce.domain.sharing`), within
Telegram's limits for a start parameter (at most 64 characters of `A-Z a-z 0-9 _ -`):
`gb12-uamy-<signature>` (a plain id), `gb12-b<base64url>-<signature>` (any other id), or
`gb12-<signature>` when the sharer's id would not fit (the link still opens the group buy). The signature
covers everything before it, the sharer too. A payload this bot did not sign (typed by hand, another
number, a sharer swapped in) is answered exactly as a group buy that does not exist.

The card a link opens in a private chat has buttons signed for the member who opened it (`gp:...`):
they join, leave and refresh that group buy from there. Nothing else reaches a group buy from a private
chat: `/join #12` typed there is refused, and an unsigned (or someone else's) button is stale.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.listings import Listing
from commerce.domain.member import identity
from commerce.domain.order import OrderStatus
from commerce.domain.payments import payable_online
from commerce.domain.sharing import SIGNATURE_CHARS, card_signature, card_signed, link_signature, link_signed
from commerce.ports import UnitOfWorkFactory
from commerce.services import collecting as reports
from commerce.services import group_buys as group_buy_service
from commerce.services import sharing as service
from commerce.services import waiting as waiting_service
from handlers import cards, last_opened
from handlers.buttons import CardAction, CardButton, PrivateCardButton
from handlers.context import Context
from handlers.texts import t
from handlers.types import Button, Reply

MAX_PAYLOAD = 64
_PLAIN_ID = re.compile(r"[A-Za-z0-9_]+")  # fullmatch: `$` would let a newline in
_PAYLOAD = re.compile(
    rf"(?P<link>gb(?P<id>[1-9]\d{{0,11}})(?:-(?P<kind>[ub])(?P<sharer>[A-Za-z0-9_-]+))?)"
    rf"-(?P<sig>[A-Za-z0-9_-]{{{SIGNATURE_CHARS}}})"
)
_CLAIMED = re.compile(r"gb(?P<id>[1-9]\d{0,11})(?:-[A-Za-z0-9_-]*)?")  # what an unsigned payload names
_ON_PRIVATE_CARD = (CardAction.JOIN, CardAction.MORE, CardAction.LEAVE, CardAction.STATUS, CardAction.WAIT)


@dataclass(frozen=True)
class SharedLink:
    """What a signed start payload says: the group buy, and who shared it (None: not said)."""

    group_buy_id: int
    sharer_id: str | None


def share_payload(group_buy_id: int, sharer_id: str, secret: str) -> str:
    """The signed start payload of `sharer_id`'s link to a group buy: URL-safe, at most 64 characters."""
    base = f"gb{group_buy_id}"
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
    return SharedLink(int(match.group("id")), sharer or None)


def _claimed_id(payload: str) -> int | None:
    """The group buy number a payload that is not ours names, to answer it as one that does not exist."""
    match = _CLAIMED.fullmatch(payload.strip()) if len(payload) <= MAX_PAYLOAD else None
    return None if match is None else int(match.group("id"))


async def share_link_payload(
    uow_factory: UnitOfWorkFactory, *, secret: str, group_buy_id: int, chat_id: str, sharer_id: str
) -> str | None:
    """The payload of `sharer_id`'s link to a group buy, asked with the Share button of its card in
    `chat_id`; None when the group buy is not of that chat (a button that cannot be there)."""
    async with uow_factory() as uow:
        found = await uow.group_buys.get(group_buy_id)
    if found is None or found.chat_id != chat_id:
        return None
    return share_payload(group_buy_id, sharer_id, secret)


async def start(ctx: Context) -> list[Reply]:
    """`/start` (the first message to the bot): a welcome; `/start <payload>` from a member's signed link
    in a private chat: that group buy's card with its buttons, and the visit recorded for the sharer.
    The private card's Progress button comes here too: a fresh copy of the card."""
    if ctx.command.tap:
        return await _refreshed(ctx)
    lang = await ctx.lang()
    payload = ctx.command.rest.strip()
    if not payload or not ctx.is_private:
        return [Reply(text=await _welcome(ctx, lang), language=lang)]
    link = parse_share_payload(payload, ctx.config.payment_secret)
    if link is None:
        claimed = _claimed_id(payload)
        if claimed is None:
            raise DomainError("share_link_invalid")
        raise NotFound("share_group_buy_gone", id=claimed)  # not ours: as if it did not exist
    group_buy = await service.visit(
        ctx.uow,
        group_buy_id=link.group_buy_id,
        sharer_id=link.sharer_id,
        visitor_id=ctx.request.user_id,
        now=ctx.now,
    )
    assert group_buy.id is not None
    await last_opened.remember(ctx, group_buy.id)  # `+1` there then joins it (handlers.referrals)
    return [await private_card(ctx, group_buy, lang)]


async def _refreshed(ctx: Context) -> list[Reply]:
    group_buy = await shared_group_buy(ctx)
    lang = await ctx.lang(group_buy)
    return [await private_card(ctx, group_buy, lang), Reply(toast=t(lang, "toast_status"), language=lang)]


async def private_card(ctx: Context, group_buy: GroupBuy, lang: str) -> Reply:
    """A copy of the card in this private chat, not the live one: its buttons, signed for this member,
    act on the group buy in its group."""
    assert group_buy.id is not None
    listing = await _sharers_listing(ctx, group_buy)  # 帮卖: that group's view, never another group's
    view = await group_buy_service.card(
        ctx.uow, group_buy_id=group_buy.id, lines=cards.MAX_LINES, listing=listing
    )
    waiting = await waiting_service.queue_lengths(ctx.uow, view.group_buy)
    succeeded = view.group_buy.status is GroupBuyStatus.SUCCEEDED
    unsold = await ctx.uow.views.unsold_units(group_buy.id) if succeeded else (0, 0)  # as the live card
    option_refunded = await group_buy_service.refunded_by_option(ctx.uow, view.group_buy)
    reported = await reports.reported_buyers(ctx.uow, view.group_buy)  # 💸, as the live card
    if view.group_buy.listings:  # 帮卖: the group's own buyers, as its card's 已付 x/N
        reported &= set(view.statuses)
    paid = cards.payments(view)  # ✅ 📦 and 已付 x/N: the payments the group's card shows
    card = cards.render(
        view.group_buy,
        view.participants,
        lang=lang,
        tz=ctx.tz,
        now=ctx.now,
        paid=paid.paid,
        dropped=paid.dropped,
        collected=paid.collected,
        total_lines=view.lines,
        paid_count=paid.paid_count,
        waiting=waiting,
        reported=reported,
        unsold=unsold,
        seller="" if listing is None else listing.seller_name,
        refunded=paid.refunded,
        option_refunded=option_refunded,
    )
    signature = card_signature(group_buy.id, ctx.request.user_id, ctx.config.payment_secret)
    return Reply(text=card.text, buttons=_signed(card.buttons, signature), language=lang)


async def _sharers_listing(ctx: Context, group_buy: GroupBuy) -> Listing | None:
    """帮卖: the listing of the group whose code (or link) brought this member here, when its sharer is
    of a group that help-sells it and not of the group buy's own group (the member's own, without a
    visit); None: the group buy's own group's view."""
    if not group_buy.listings or group_buy.id is None:
        return None
    visits = await ctx.uow.attribution.visits_of(group_buy.id, [ctx.request.user_id])
    sharer = max(visits, key=lambda visit: visit.at).sharer_id if visits else ctx.request.user_id
    who = identity(ctx.request.platform, sharer)
    if await ctx.uow.edits.member_of(group_buy.chat_id, who):
        return None
    for listing in await ctx.uow.listings.of_group_buy(group_buy.id):
        if listing.seller_id == sharer or await ctx.uow.edits.member_of(listing.chat_id, who):
            return listing
    return None


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


async def shared_group_buy(ctx: Context) -> GroupBuy:
    """The group buy a command in a private chat names, if it came from a button of the card a link
    opened for this member there. Typed (`/join #12`) it is refused with where to join instead; a button
    that is not signed for this member is answered as a group buy that does not exist (a stale button)."""
    group_buy_id = ctx.command.group_buy_id
    assert group_buy_id is not None
    if not ctx.command.tap and not ctx.command.signature:  # typed: with a share code (handlers.referrals)
        raise DomainError("private_join_needs_link", id=group_buy_id)
    signature, secret = ctx.command.signature, ctx.config.payment_secret
    found = None
    if card_signed(group_buy_id, ctx.request.user_id, signature, secret):
        found = await ctx.uow.group_buys.get(group_buy_id)
    if found is None:
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return found


async def chat_of(ctx: Context) -> str:
    """The chat whose group buy a join or leave is about: this one; in a private chat, for a group buy
    named by number, its group, once `shared_group_buy` let it through."""
    if not ctx.is_private or ctx.command.group_buy_id is None:
        return ctx.request.chat_id
    return (await shared_group_buy(ctx)).chat_id


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
