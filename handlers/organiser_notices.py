"""What an admin did to an organiser's order is told to the organiser: a payment confirmed (已收), so the
money is hers to collect; a refund she must pay back (offline), or one Telegram returned; a payment
undone, so the order is hers to chase again. She runs the group buy and holds the money, so she learns it
from the bot, not from the buyer. Privately, in her own language, once (the action happens once: several
orders confirmed, refunded or undone at once are one message listing them), through the outbox with the
buyer's notice. Her own 代报 guest's order is one of hers: an admin's action on it is in the same message
(with the guest's pickup code to pass on, for 已收), not in a note of its own."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.domain.order import Order
from handlers.context import Context
from handlers.guests import guest_code_of
from handlers.recipients import organiser_language
from handlers.texts import t
from handlers.types import Reply


@dataclass(frozen=True)
class OrganiserNotice:
    """One order an admin acted on, as its organiser is told: `key` the catalog entry of it alone
    (`refund_organiser_offline`), `{key}_item` its line among several, `several` the entry listing
    them (one per action: a refund's offline and returned orders listed together); `total` the amount."""

    group_buy: GroupBuy
    order: Order
    key: str
    several: str
    total: str
    why: str = ""  # the reason given (a refund's `原因`), told her as the buyer is told it


async def told_organisers(ctx: Context, notices: Sequence[OrganiserNotice]) -> list[Reply]:
    """Each organiser of `notices` is told once, of her orders alone: one order said as one, several
    listed in one message, her own 代报 guests' among them (`guest_told_with_hers`: no note of its own;
    a paid guest's pickup code to pass on after the list). None of her own acting. In the console's
    batch (`ctx.organisers_told_later`), kept for her one notice of the batch
    (bot/console/batch_notices.py)."""
    if ctx.organisers_told_later is not None:
        ctx.organisers_told_later.extend(notices)
        return []
    hers: dict[tuple[str, str], list[OrganiserNotice]] = {}
    for notice in notices:
        organiser = notice.group_buy.organiser_id
        if ctx.request.user_id == organiser:
            continue
        hers.setdefault((organiser, notice.several), []).append(notice)
    replies = []
    for (organiser, several), told in hers.items():
        first = told[0].group_buy
        lang = await organiser_language(
            ctx.uow, first, ctx.memo, ctx.request.platform
        )  # hers, else the group's
        items = [
            t(
                lang,
                notice.key if len(told) == 1 else f"{notice.key}_item",
                by=acted_by(ctx, notice.group_buy, lang),
                order=notice.order.number,
                title=notice.group_buy.terms.title,
                id=notice.group_buy.id,
                name=notice.order.buyer_name,
                total=notice.total,
            )
            for notice in told
        ]
        text = items[0]
        if len(items) > 1:
            listed = t(lang, "organiser_notice_separator").join(items)
            text = t(lang, several, by=acted_by(ctx, first, lang), count=len(items), orders=listed)
        whys = list(dict.fromkeys(notice.why for notice in told if notice.why))
        if whys:  # `原因：芒果坏了`: she gives the money back, so she hears why as the buyer does
            text = t(lang, "refund_buyer_reason", told=text, reason=t(lang, "list_separator").join(whys))
        codes = [notice.order for notice in told if notice.key in _WITH_CODE and _guests_code(notice.order)]
        for guest in codes:  # 代报: the guest's pickup code, for her to pass on
            code = t(lang, "guest_pickup_code", name=guest.buyer_name, code=guest.pickup_code)
            text += "\n" + code
        extra = guest_code_of(codes[0]) if codes else {}
        replies.append(Reply(text=text, private_to=organiser, language=lang, secret=bool(codes), extra=extra))
    return replies


_WITH_CODE = frozenset({"paid_organiser_note"})  # 已收: a guest's pickup code goes with it


def _guests_code(order: Order) -> bool:
    return is_guest(order.buyer_id) and bool(order.pickup_code)


def guest_told_with_hers(ctx: Context, order: Order, group_buy: GroupBuy) -> bool:
    """Whether `order`, a 代报 guest's, is told to the organiser who added the guest within her notice
    of what someone else (an admin) did (`told_organisers`), rather than in a guest note of its own:
    the guest is hers, and one action is one message to her, naming who acted."""
    payer = payer_of(order.buyer_id)
    return is_guest(order.buyer_id) and payer == group_buy.organiser_id and payer != ctx.request.user_id


def acted_by(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """Who acted, as she is told: the sender's name; a console admin, who acts by her name in the chat,
    is "an admin" to her, named by their console login (`管理员 dan`). Her close summary when someone
    else closed her group buy names them so too (handlers.group_buys)."""
    by = ctx.request.display_name
    if by != group_buy.organiser_name:
        return by
    if ctx.acting_admin:
        return t(lang, "organiser_notice_admin_named", name=ctx.acting_admin)
    return t(lang, "organiser_notice_an_admin")


class Done(Protocol):
    """An order just acted on, with its group buy."""

    @property
    def group_buy(self) -> GroupBuy: ...

    @property
    def order(self) -> Order: ...


def picked_up_notices(done: Iterable[Done]) -> list[OrganiserNotice]:
    """已取货 by someone else (an admin, in a chat or the console): each order handed over as its
    organiser is told, as she is of a payment confirmed (rep98: she was not)."""
    return [
        OrganiserNotice(
            each.group_buy,
            each.order,
            "picked_up_organiser_note",
            "picked_up_organiser_note_several",
            format_money(each.order.total, each.order.currency),
        )
        for each in done
    ]


def paid_notices(done: Iterable[Done]) -> list[OrganiserNotice]:
    """已收: each order just confirmed paid as its organiser is told, with its total."""
    return [
        OrganiserNotice(
            each.group_buy,
            each.order,
            "paid_organiser_note",
            "paid_organiser_note_several",
            format_money(each.order.total, each.order.currency),
        )
        for each in done
    ]
