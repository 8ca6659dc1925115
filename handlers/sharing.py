"""Deep links: a member's own link to a group buy (`https://t.me/<bot>?start=<payload>`), and `/start`.

The payload names the group buy and who shared it, within Telegram's limits for a start parameter
(at most 64 characters of `A-Z a-z 0-9 _ -`): `gb12-uamy` (a plain id) or `gb12-b<base64url>` (any
other id). An id too long for the limit is left out: the link still opens the group buy.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from commerce.domain.order import OrderStatus
from commerce.domain.payments import payable_online
from commerce.services import group_buys as group_buy_service
from commerce.services import sharing as service
from handlers import cards
from handlers.context import Context
from handlers.texts import t
from handlers.types import Reply

MAX_PAYLOAD = 64
_PLAIN_ID = re.compile(r"^[A-Za-z0-9_]+$")
_PAYLOAD = re.compile(r"^gb(?P<id>[1-9]\d{0,11})(?:-(?P<kind>[ub])(?P<sharer>[A-Za-z0-9_-]+))?$")


@dataclass(frozen=True)
class SharedLink:
    """What a start payload says: the group buy, and who shared it (None: not said)."""

    group_buy_id: int
    sharer_id: str | None


def share_payload(group_buy_id: int, sharer_id: str) -> str:
    """The start payload of `sharer_id`'s link to a group buy: URL-safe, at most 64 characters."""
    base = f"gb{group_buy_id}"
    if _PLAIN_ID.match(sharer_id):
        sharer = "u" + sharer_id
    else:
        sharer = "b" + base64.urlsafe_b64encode(sharer_id.encode()).rstrip(b"=").decode()
    payload = f"{base}-{sharer}"
    return payload if len(payload) <= MAX_PAYLOAD else base


def parse_share_payload(payload: str) -> SharedLink | None:
    """The link a payload describes, or None when it is not one of ours (cut short, typed by hand)."""
    match = _PAYLOAD.match(payload.strip()) if len(payload) <= MAX_PAYLOAD else None
    if match is None:
        return None
    raw, kind = match.group("sharer"), match.group("kind")
    sharer: str | None = raw
    if kind == "b":
        try:
            sharer = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            return None
    return SharedLink(int(match.group("id")), sharer or None)


async def start(ctx: Context) -> list[Reply]:
    """`/start` (the first message to the bot): a welcome; `/start <payload>` from a member's link in a
    private chat: that group buy's card with its Join button, and the visit recorded for the sharer."""
    lang = await ctx.lang()
    payload = ctx.command.rest.strip()
    if not payload or not ctx.is_private:
        return [Reply(text=await _welcome(ctx, lang), language=lang)]
    link = parse_share_payload(payload)
    if link is None:
        raise DomainError("share_link_invalid")
    await service.visit(
        ctx.uow,
        group_buy_id=link.group_buy_id,
        sharer_id=link.sharer_id,
        visitor_id=ctx.request.user_id,
        now=ctx.now,
    )
    view = await group_buy_service.card(ctx.uow, group_buy_id=link.group_buy_id)
    card = cards.render(view.group_buy, view.participants, lang=lang, tz=ctx.tz, now=ctx.now)
    # A copy of the card in this private chat, not the live one: its buttons act on the group buy.
    return [Reply(text=card.text, buttons=card.buttons, language=lang)]


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
        listed = t(lang, "list_separator").join(f"/pay {order.id}" for order in unpaid[:5])
        text += "\n" + t(lang, "welcome_unpaid", orders=listed)
    return text
