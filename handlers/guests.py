"""What the chat shows of guests (代报, commerce.domain.guests): their card line, their order (sent to the
organiser who added them), and the rule that nothing is ever addressed to a guest's made-up id.

Kept apart from handlers.cards so the card and the outbox can use it without importing each other.
"""

from __future__ import annotations

from dataclasses import replace
from zoneinfo import ZoneInfo

from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.domain.order import Order
from handlers.texts import t
from handlers.texts.pickup import pickup_text
from handlers.texts.units import quantity as in_unit
from handlers.types import Reply

# `Reply.extra` of a secret note holding a guest's pickup code (`guest_code_of`): whose code it is and of
# which group buy, so a platform that cannot write to the organiser in private says so about the guest
GUEST_CODE_OF = "guest_code_of"
GUEST_CODE_IN = "guest_code_in"


def guest_code_of(order: Order) -> dict[str, str]:
    """The `Reply.extra` of a guest's paid note with its code: the guest's name and the group buy's id
    (a platform's notice in the group, `王阿姨 的取货码已生成…私信我“名单 #12”`, names both)."""
    return {GUEST_CODE_OF: order.buyer_name, GUEST_CODE_IN: str(order.group_buy_id)}


def guest_order_reply(order: Order, group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> Reply:
    """A guest's order, to the private chat of the organiser who added them: paid offline to them, no
    Pay button (nobody could pay it online), with the pickup to tell the guest (its time in `tz`)."""
    lines = "\n".join(
        t(
            lang,
            "order_line",
            description=line.description,
            quantity=in_unit(line.quantity, group_buy.terms.unit, lang),  # `2斤 × ¥15`, as a member's order
            price=format_money(line.unit_price, order.currency),
            total=format_money(line.total, order.currency),
        )
        for line in order.lines
    )
    text = t(
        lang,
        "order_guest",
        guest=order.buyer_name,
        order=order.number,
        title=group_buy.terms.title,
        id=group_buy.id,
        lines=lines,
        total=format_money(order.total, order.currency),
    )
    if group_buy.terms.pickup:
        text += "\n" + t(lang, "order_pickup", pickup=pickup_text(group_buy.terms, tz, lang))
    return Reply(text=text, private_to=payer_of(order.buyer_id), language=lang)


def guest_note(order: Order, group_buy: GroupBuy, event: str, *, by: str, lang: str, total: str = "") -> str:
    """What the organiser who added a guest is told privately when the guest's order is `paid` (with the
    pickup code to pass on), `picked_up`, refunded (`refund`, in part: `part_refund`) or marked not paid
    again (`unpaid`): written about the guest, never "your" (a guest reads nothing; the note is delivered
    to that organiser)."""
    params = {
        "name": order.buyer_name,
        "order": order.number,
        "title": group_buy.terms.title,
        "total": total or format_money(order.total, order.currency),
        "by": by,
    }
    text = t(lang, f"guest_{event}_note", **params)
    if event == "paid" and order.pickup_code:
        text += "\n" + t(lang, "guest_pickup_code", name=order.buyer_name, code=order.pickup_code)
    return text


def deliverable(reply: Reply) -> Reply:
    """The reply as a platform can deliver it: a private message meant for a guest goes to the organiser
    who added them, and a guest is never mentioned (no platform knows the id)."""
    private_to = reply.private_to
    if private_to is not None and is_guest(private_to):
        reply = replace(reply, private_to=payer_of(private_to))
    if any(is_guest(who) for who in reply.mention):
        reply = replace(reply, mention=tuple(who for who in reply.mention if not is_guest(who)))
    return reply
