"""The live card of a group buy (the 接龙 list), and the messages sent when a group buy closes.

A handler only says which card changed (`Reply(card_of=id)`); the platform asks `ChatApp.render_card`
for the text when it sends, so bursts of joins coalesce into one edit showing the latest state.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant, Terms
from commerce.domain.guests import is_guest
from commerce.domain.listings import Listing, seen_in
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.payments import payable_online, within_limits
from commerce.ports import UnitOfWork
from commerce.services.group_buys import CardView, ChatUnits, Closing
from commerce.services.group_buys import sold_out as all_sold
from commerce.services.own_orders import is_own
from handlers import line_names, options
from handlers.buttons import CardAction, CardButton, OrderAction, OrderButton, Written
from handlers.config import AppConfig
from handlers.fit import TEXT_LIMIT, clip, units
from handlers.guests import guest_order_reply
from handlers.note_cards import REPRICED, repriced
from handlers.texts import format_datetime, t
from handlers.texts import units as unit_texts
from handlers.texts.paying import with_payment_note
from handlers.texts.pickup import pickup_text
from handlers.types import TELLS_GROUP, Button, Reply

MAX_LINES = 50
MAX_NAME = 32
MAX_NOTE = 40  # a line's note on the card; the order and /list show it whole
# UTF-16 units (handlers.fit) of a line of the card's head (the title, tiers, pickup: at most 11 lines,
# 3,311 units), and of a line of the list: neither can push the list, or the other lines, off the card.
HEAD_LINE_LIMIT = 300
LINE_LIMIT = 200
BAR_WIDTH = 10


def money(minor: int, group_buy: GroupBuy) -> str:
    return format_money(minor, group_buy.terms.currency)


def format_deadline(at: datetime, tz: ZoneInfo, lang: str) -> str:
    """`Mon 23 Nov 20:00` / `11月23日 周一 20:00`, in the chat's timezone (names from Babel's locale data)."""
    return format_datetime(at, tz, lang)


def progress_bar(sold: int, target: int, width: int = BAR_WIDTH, unit: str = "", lang: str = "") -> str:
    """`▓▓▓▓░░░░░░ 4/10`: filled in proportion to the target, full once it is reached; sold per kg
    `4/10 kg`, `4/10斤`."""
    filled = min(width, sold * width // max(target, 1))
    return f"{'▓' * filled}{'░' * (width - filled)} {sold}/{unit_texts.quantity(target, unit, lang)}"


def failed_key(group_buy: GroupBuy, key: str) -> str:
    """The text of a failure: `key` (`未达到成团数量（2/5）`), or `<key>_nobody` for one opened without a
    target (target 1) that nobody joined: no target to name, not "(0/1)"."""
    return f"{key}_nobody" if group_buy.terms.target == 1 and not group_buy.sold else key


def price_line(group_buy: GroupBuy, lang: str) -> str:
    """`Now ¥78 each — 2 more for ¥68.`: what a member's join did to the price (sold per kg: `Now ¥12/kg
    — 8 kg more for ¥10/kg.`)."""
    unit = group_buy.terms.unit
    now = unit_texts.per_unit(lang, money(group_buy.current_unit_price, group_buy), unit)
    upcoming = group_buy.next_tier()
    if upcoming is None:
        return t(lang, "price_now", price=now)
    left, tier = upcoming
    more = unit_texts.more(lang, left, unit)
    next_price = unit_texts.priced(lang, money(tier.unit_price, group_buy), unit)
    return t(lang, "price_next", price=now, left=more, next_price=next_price)


LISTED = "listed"  # a card reply's mark: other chats list it too (handlers.helpselling.spread)
ABOUT = "about"  # a group message's group buy: a platform posts it where its card is (a forum topic)
NOTE_ROUND = "note_round"  # a private order's mark: its close (a refusal is named once in each)


def card_update(group_buy: GroupBuy, *, new: bool = False, notes: bool = False) -> Reply:
    """The reply that makes the platform (re)render this group buy's card in its chat (and, 帮卖, in
    every chat that lists it: `LISTED` marks it, so a group buy nobody lists costs no query), and of
    its notes' cards when their price or Join changed (`REPRICED`: handlers.note_cards; `notes`: the
    caller knows it did, an option sold out)."""
    extra = {LISTED: "1"} if group_buy.listings else {}
    if notes or repriced(group_buy):
        extra[REPRICED] = "1"
    return Reply(card_of=group_buy.id, new_card=new, chat_id=group_buy.chat_id, extra=extra)


def buttons(
    group_buy_id: int, lang: str, *, sold_out: bool = False, unit: str = ""
) -> tuple[tuple[Button, ...], ...]:
    """Join, +1 more, Leave and Progress; while it is `sold_out`, Wait (候补) instead of the joins. Sold
    in a `unit`, +1 more says what a tap adds: `再来1斤`, "+1 jin more"."""
    if sold_out:
        return (
            (
                Button(t(lang, "btn_wait"), CardButton(CardAction.WAIT, group_buy_id).pack()),
                Button(t(lang, "btn_leave"), CardButton(CardAction.LEAVE, group_buy_id).pack()),
            ),
            (Button(t(lang, "btn_status"), CardButton(CardAction.STATUS, group_buy_id).pack()),),
        )
    more = t(lang, "btn_more_unit", one=unit_texts.quantity(1, unit, lang)) if unit else t(lang, "btn_more")
    return (
        (
            Button(t(lang, "btn_join"), CardButton(CardAction.JOIN, group_buy_id).pack()),
            Button(more, CardButton(CardAction.MORE, group_buy_id).pack()),
            Button(t(lang, "btn_leave"), CardButton(CardAction.LEAVE, group_buy_id).pack()),
        ),
        (Button(t(lang, "btn_status"), CardButton(CardAction.STATUS, group_buy_id).pack()),),
    )


_SETTLED = (OrderStatus.PAID, OrderStatus.FULFILLED)
_GONE = (OrderStatus.CANCELLED, OrderStatus.REFUNDED)


@dataclass(frozen=True)
class Payments:
    """What a card shows of its buyers' payments once it succeeded, read from its `CardView`: who paid
    (✅), whose order was dropped, who collected (📦), and the paid count (paid, owing) over every buyer.
    The group's card and the copy a share code or link opens in a private chat read it the same way."""

    paid: frozenset[str] = frozenset()
    dropped: frozenset[str] = frozenset()
    collected: frozenset[str] = frozenset()
    paid_count: tuple[int, int] | None = None
    refunded: frozenset[str] = frozenset()  # of `dropped`, the refunded: their lines show ↩, not ✖
    # 部分退款: buyer -> (order total, part refunded): `¥156（已退 ¥78）` on the buyer's line
    part_refunded: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    # 部分退款 by units: buyer -> option -> units given back (`Hal small ×2 (1 refunded)`); "" -> 0 when
    # one gave back an amount alone (the order's mark, not a line's)
    units_refunded: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    # 只收到: (received, what those unpaid orders come to): `💰 0/1 paid · ¥6.50 received of ¥13`
    received: tuple[int, int] = (0, 0)


def payments(view: CardView) -> Payments:
    statuses, counts = view.statuses, view.counts
    paid_count = None
    if view.group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        # one order per buyer: the paid ones are all settled orders, the owing ones every buyer
        # whose order was not dropped (a buyer whose order is still being written owes too)
        dropped_count = sum(counts.get(status, 0) for status in _GONE)
        paid_count = (sum(counts.get(status, 0) for status in _SETTLED), view.buyers - dropped_count)
    return Payments(
        paid=frozenset(buyer for buyer, status in statuses.items() if status in _SETTLED),
        dropped=frozenset(buyer for buyer, status in statuses.items() if status in _GONE),
        collected=frozenset(buyer for buyer, status in statuses.items() if status is OrderStatus.FULFILLED),
        paid_count=paid_count,
        refunded=frozenset(buyer for buyer, status in statuses.items() if status is OrderStatus.REFUNDED),
        part_refunded=view.part_refunded,
        units_refunded=by_buyer(view.units_refunded),
        received=view.received,
    )


def by_buyer(units: Mapping[tuple[str, str], int]) -> dict[str, dict[str, int]]:
    """(buyer, option) -> units as buyer -> option -> units (the card's and the list's marks)."""
    found: dict[str, dict[str, int]] = {}
    for (buyer, option), count in units.items():
        found.setdefault(buyer, {})[option] = count
    return found


def render(
    group_buy: GroupBuy,
    participants: Sequence[Participant],
    *,
    lang: str,
    tz: ZoneInfo,
    now: datetime,
    paid: Collection[str] = (),
    dropped: Collection[str] = (),
    collected: Collection[str] = (),
    payable: bool = False,
    total_lines: int | None = None,
    paid_count: tuple[int, int] | None = None,
    waiting: Mapping[str, int] | None = None,
    reported: Collection[str] = (),
    text_limit: int = TEXT_LIMIT,
    seller: str = "",
    own_listing: bool = False,
    help_sold: int | None = None,
    unsold: tuple[int, int] = (0, 0),
    refunded: Collection[str] = (),
    option_dropped: Mapping[str, int] | None = None,
    cancelled: int = 0,
    here: ChatUnits | None = None,
    hidden: int | None = None,
    places: Sequence[int] = (),
    part_refunded: Mapping[str, tuple[int, int]] | None = None,
    where: str = "",
    units_refunded: Mapping[str, Mapping[str, int]] | None = None,
    received: tuple[int, int] = (0, 0),
) -> Reply:
    """The card: terms, price reached, progress, status, and the numbered list, within Telegram's 4,096
    (UTF-16 units): at most `MAX_LINES` lines of the list, as many as fit, then "… and 37 more: /list".
    `text_limit`: a photo card's text is the photo's caption (Telegram: 1,024), so its list folds sooner;
    the card carries the group buy's `photo`.

    Once it succeeded, `paid` (buyers who paid) and `dropped` (buyers whose order was cancelled for
    not paying, or refunded: `refunded`, marked ↩ where the others are ✖) give the paid count:
    "2/3 paid", and `collected` (picked up, 核销) ticks its lines with 📦; `reported` (buyers who said
    they paid, not confirmed yet) marks theirs 💸 and is counted beside it ("3/5 paid · 1 reported");
    when it can be `payable` online and some order is still owed, the card has a Pay button (each member
    who taps it gets their own invoice, privately). With every order refunded it says so (↩️), without
    a paid count.

    A long list need not be read whole: `participants` may be its first lines only, with `total_lines`
    the length of the whole list and `paid_count` (paid, owing) counted over every buyer.

    帮卖: `seller` names the help-seller of the chat the card is for (its lines are that chat's); the
    card in the group buy's own chat says how many other chats sell it. `own_listing`: the organiser
    listed it there herself (`seller` is her): named as its organiser, never as a help-seller;
    `help_sold`: how many of the chats listing it have a help-seller (None: all), the others hers,
    said as chats it is on sale in, not 帮卖.

    `unsold`: units of its cancelled and refunded orders, and of the refunded alone: once it succeeded,
    the units it says it sold leave them out (as the list's total and /mine), each said apart, and so
    does its progress (or `已订`), as a help-sold card's all-groups total does; a count fallen below the
    target says why beside it, never bare beside `✅ 已成团` (`▓▓▓▓▓▓▓▓▓░ 已成团（退款后 9/10）`);
    `option_dropped` (多规格): each option's units of refunded and cancelled orders, left out of its
    "taken". `cancelled`: how many of its orders were cancelled for not being paid; with every unit
    cancelled, none refunded, the card says no order was paid (❌), not that it succeeded.

    `hidden` (a private copy opened by someone the group never saw: handlers.sharing): `participants`
    are her own lines only, and the list's other lines are counted (`另有 3 人跟团`), never named;
    `places`: each of her lines' place on the group's list, its number there (`3. Rita ×3`).

    `part_refunded` (部分退款): buyer -> (order total, what part refunds gave back), said on the buyer's
    first line as the organiser's `名单` says it (`1. Bob ×2 ✅ ¥156（已退 ¥78）`).

    `received` (只收到): of the unpaid orders the organiser received part of, (received, what they come
    to), said beside the paid count when there is some (`💰 0/1 paid · ¥6.50 received of ¥13`).

    `where` (a private copy: handlers.sharing): the name of the group whose view it is, said where the
    group's card says "here" (`🤝 在「公司群」帮卖：Bea`, "nobody joined in 公司群"): in a private chat
    "here" means nothing.

    `here` (帮卖: a group buy sold in several chats): this chat's own units, dropped, refunded and
    cancelled. Its status line counts them (`共 3 份 · 已退款 2 份`), as this chat's close announcement,
    `已付 x/N` and list do, never another chat's; the progress, which every chat's joins reach together
    (the target, the tiers, one stock), stays the whole group buy's and says so beside this chat's
    units (`6/5（各群合计，本群 3 份）`); once it succeeded both leave out the refunded and cancelled
    units (`unsold` of every chat, `here`'s of this one): `7/5（各群合计，本群 2 份）` beside
    `共 2 份 · 已退款 3 份`, as `名单`'s 合计 and the console's Sold say it.
    """
    assert group_buy.id is not None
    accepting = group_buy.is_open and not group_buy.is_past_deadline(now)
    head = _head(
        group_buy, lang, tz, now, waiting or {}, unsold, option_dropped or {}, cancelled, here, where
    )  # `waiting`: its 候补 list, by option
    if seller and own_listing:  # her own group buy in another group of hers: no help-seller here
        head.insert(2, _here(lang, "card_organiser_listed", where, name=_name(seller)))
    elif seller:
        head.insert(2, _here(lang, "card_help_seller", where, name=_name(seller)))
    elif group_buy.listings:  # the other chats that sell it: help-sellers', or hers (no 帮卖)
        head.insert(2, _listed(group_buy.listings, help_sold, lang))
    if group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED) and participants:
        if paid_count is None:
            owing = {p.user_id for p in participants} - set(dropped)
            paid_count = (len(owing & set(paid)), len(owing))
        if paid_count[1]:  # every order refunded or cancelled: no "0/0 paid"
            paid_line = t(lang, "card_paid_count", paid=paid_count[0], total=paid_count[1])
            if reported:  # 💸: buyers who said they paid, waiting for the organiser to confirm
                paid_line += " · " + t(lang, "card_reported_count", count=len(reported))
            if received[0]:  # 只收到: part of an unpaid order came (rep102 #10)
                came, owed = (money(value, group_buy) for value in received)
                paid_line += " · " + t(lang, "card_received_part", received=came, total=owed)
            head.append(paid_line)
    head = [clip(line, HEAD_LINE_LIMIT) for line in head]
    lines = list_lines(
        participants[:MAX_LINES],
        lang,
        paid=paid,
        dropped=dropped,
        collected=collected,
        reported=reported,
        organiser=group_buy.organiser_name,
        refunded=refunded,
        unit=group_buy.terms.unit,
        places=places,
        part_refunded={
            buyer: t(lang, "paid_part_refunded", paid=money(paid, group_buy), refunded=money(back, group_buy))
            for buyer, (paid, back) in (part_refunded or {}).items()
        },
        units_refunded=units_refunded,
    )
    total = len(participants) if total_lines is None else total_lines
    if hidden is not None:  # an outsider's copy: her lines, the others only counted
        total = len(participants)
    example = group_buy.terms.options[0].name if group_buy.terms.options else ""
    folded = _Fold(
        total, group_buy.id, accepting, group_buy.sold, example, group_buy.terms.unit, hidden, where
    )
    shown = len(lines)
    text = _compose(head, lines[:shown], folded, lang)
    while units(text) > text_limit and shown > 0:
        shown -= 1
        text = _compose(head, lines[:shown], folded, lang)
    shown_buttons: tuple[tuple[Button, ...], ...] = ()
    if accepting and group_buy.terms.options:  # 多规格: a Join button per option
        shown_buttons = options.buttons(group_buy, lang)
    elif accepting:
        left = group_buy.stock_left
        sold_out = left is not None and left <= 0
        shown_buttons = buttons(group_buy.id, lang, sold_out=sold_out, unit=group_buy.terms.unit)
    elif payable and group_buy.status is GroupBuyStatus.SUCCEEDED and _owed(paid_count):
        pay = CardButton(CardAction.PAY, group_buy.id).pack()
        shown_buttons = ((Button(t(lang, "btn_pay_card"), pay),),)
    return Reply(
        text=clip(text, text_limit),  # never cuts at 4,096: the head alone is under it
        buttons=shown_buttons,
        card_of=group_buy.id,
        chat_id=group_buy.chat_id,
        language=lang,
        extra={"status": group_buy.status.value},
        photo=group_buy.photo or None,
        label=t(lang, "card_label", id=group_buy.id),
    )


def _owed(paid_count: tuple[int, int] | None) -> bool:
    """Whether some order of the group buy is still owed (paid, of owing): the card's Pay button
    shows only then, and again when one is owed anew (`/unpaid`)."""
    return paid_count is not None and paid_count[0] < paid_count[1]


def _head(
    group_buy: GroupBuy,
    lang: str,
    tz: ZoneInfo,
    now: datetime,
    waiting: Mapping[str, int],
    unsold: tuple[int, int] = (0, 0),
    option_dropped: Mapping[str, int] | None = None,
    cancelled: int = 0,
    here: ChatUnits | None = None,
    where: str = "",
) -> list[str]:
    terms = group_buy.terms
    head = [
        t(lang, "card_title", title=terms.title, id=group_buy.id),
        t(lang, "card_organiser", name=_name(group_buy.organiser_name)),
    ]
    sold = group_buy.sold
    # 帮卖: other chats' units are in the progress (and each option's "taken"): both say so
    all_groups = here is not None and here.units != sold
    closed = group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED)
    if closed:
        # the progress (or `已订`) leaves every group's refunded and cancelled units out, as the status
        # line, `本群` and `名单`'s 合计 do (`15/10（各群合计，本群 12 份）`, never `17/10`); the status line
        # says them apart (`共 9 份 · 已退款 1 份`)
        sold = max(sold - unsold[0], 0)
    if terms.options:  # 多规格: each option's price, taken and left; the tiers as discounts on the total
        head += options.head_lines(group_buy, lang, waiting, dropped=option_dropped, all_groups=all_groups)
    elif group_buy.is_open:
        each = unit_texts.per_unit(lang, money(group_buy.current_unit_price, group_buy), terms.unit)
        price = t(lang, "card_price", price=each)
        upcoming = group_buy.next_tier()
        if upcoming is not None:
            left, tier = upcoming
            more = unit_texts.more(lang, left, terms.unit)
            next_price = unit_texts.priced(lang, money(tier.unit_price, group_buy), terms.unit)
            price += " · " + t(lang, "card_next_tier", left=more, price=next_price)
        head.append(price)
        if terms.tiers:
            tiers = " · ".join(
                unit_texts.tier(lang, tier.min_quantity, money(tier.unit_price, group_buy), terms.unit)
                for tier in terms.tiers
            )
            head.append(t(lang, "card_tiers", tiers=tiers))
    below = group_buy.has_target and closed and 0 < sold < terms.target
    if below:
        # below the target after refunds or cancellations: said so, never a bare `9/10` beside 已成团
        # (with none left the status line says every order was refunded or cancelled, not 已成团)
        progress = _below_target(sold, unsold, terms.target, terms.unit, lang)
    elif group_buy.has_target:
        progress = progress_bar(sold, terms.target, unit=terms.unit, lang=lang)
    else:  # no target to reach: how many, without a bar or a fraction
        progress = t(lang, "card_taken", sold=unit_texts.quantity(sold, terms.unit, lang))
    if here is not None and all_groups:
        own_units = here.units
        if group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
            own_units = max(here.units - here.dropped, 0)  # as its status line's `共 2 份 · 已退款 3 份`
        own = unit_texts.units(lang, own_units, terms.unit)
        if below:  # one sentence: "Succeeded (1/5 in all groups after …; 0 units here)"
            progress = _below_target(sold, unsold, terms.target, terms.unit, lang, here=own, where=where)
        else:
            progress = _here(lang, "card_progress_groups", where, progress=progress, units=own)
    head.append(progress)
    if group_buy.is_open:
        if group_buy.target_reached and group_buy.has_target:
            head.append(t(lang, "card_target_reached"))
        limits = []
        if group_buy.stock_left is not None:
            left = group_buy.stock_left
            left_in_unit = unit_texts.quantity(left, terms.unit, lang)  # `40`, sold per kg `40 kg`
            limits.append(
                t(lang, "card_stock_left", left=left_in_unit) if left > 0 else t(lang, "card_sold_out")
            )
        if waiting.get("") and not terms.options:  # 多规格: each option's queue is on its line
            limits.append(t(lang, "card_waiting", count=waiting[""]))
        if terms.per_person_limit is not None:  # 多规格: 限购 caps each option a member takes
            key = "card_limit_per_option" if terms.options else "card_limit"
            limit: object = terms.per_person_limit  # `每个规格每人限购 3 份`
            if not terms.options:  # `每人限购 6 份`, "Limit: 6 per person"; sold per kg `6 kg`
                limit = unit_texts.amount(lang, terms.per_person_limit, terms.unit)
            limits.append(t(lang, key, limit=limit))
        if limits:
            head.append(" · ".join(limits))
        if group_buy.is_past_deadline(now):
            head.append(t(lang, "card_deadline_passed"))
        else:
            head.append(t(lang, "card_deadline", deadline=format_deadline(group_buy.deadline, tz, lang)))
        # share to earn (佣金 5%: handlers.referrals); sold out, a share brings nothing: no line (rep83 #7)
        if group_buy.sharer_rate_bp > 0 and not all_sold(group_buy):
            head.append(t(lang, "card_share_earn", rate=percent(group_buy.sharer_rate_bp)))
    if terms.pickup:
        head.append(t(lang, "card_pickup", pickup=pickup_text(terms, tz, lang)))
    if here is None:
        status = _status(group_buy, lang, group_buy.sold, unsold, cancelled)
    else:  # 帮卖: this chat's own units, as its close announcement counted them
        status = _status(
            group_buy, lang, here.units, (here.dropped, here.refunded), here.cancelled, here=True, where=where
        )
    if status:
        head.append(status)
    return head


def _here(lang: str, key: str, where: str, **params: object) -> str:
    """The text `key`, which says "here" (本群) of the group the card is in; in a private copy (`where`:
    that group's name) its `_in` form, naming the group instead."""
    return t(lang, f"{key}_in", chat=where, **params) if where else t(lang, key, **params)


def _below_target(
    sold: int,
    unsold: tuple[int, int],
    target: int,
    unit: str,
    lang: str,
    *,
    here: str | None = None,
    where: str = "",
) -> str:
    """The progress of a group buy that succeeded, its refunded and cancelled units now below the
    target: `▓▓▓▓▓▓▓▓▓░ 已成团（退款后 9/10）`, "Succeeded (9/10 after refunds)"; 帮卖 (`here`: this
    group's units) in one sentence, "Succeeded (9/10 in all groups after refunds; 2 units here)"."""
    dropped, refunded = unsold
    key = "card_progress_after_refunds"
    if not refunded:
        key = "card_progress_after_cancels"
    elif dropped > refunded:
        key = "card_progress_after_both"
    bar = progress_bar(sold, target).split(" ")[0]
    quantity = unit_texts.quantity(target, unit, lang)
    if here is not None:
        return f"{bar} " + _here(lang, f"{key}_groups", where, sold=sold, target=quantity, units=here)
    return f"{bar} " + t(lang, key, sold=sold, target=quantity, units=here)


def _status(
    group_buy: GroupBuy,
    lang: str,
    ordered: int,
    unsold: tuple[int, int] = (0, 0),
    cancelled: int = 0,
    *,
    here: bool = False,
    where: str = "",
) -> str:
    """The status line; once it succeeded, of the `ordered` units (the group buy's, or 帮卖 `here`:
    this chat's) those not on a cancelled or refunded order (`unsold`: dropped, refunded)."""
    price, unit = options.price_text(group_buy), group_buy.terms.unit
    if group_buy.status is GroupBuyStatus.SUCCEEDED:
        dropped, refunded = unsold
        if here and not ordered:  # 帮卖: nobody joined in this chat, as its close announcement said
            return _here(
                lang, "card_succeeded_none_here", where, price=options.priced(group_buy, lang, price)
            )
        if refunded and ordered <= dropped:  # every order refunded (or cancelled): nothing sold
            return t(lang, "card_all_refunded", units=unit_texts.units(lang, refunded, unit))
        if cancelled and ordered <= dropped:  # every order cancelled unpaid: nothing was sold
            few = {1: "card_none_paid_one", 2: "card_none_paid_both"}.get(cancelled)  # "both cancelled"
            return t(lang, few) if few else t(lang, "card_none_paid", count=cancelled)  # "all 3 cancelled"
        count = max(ordered - dropped, 0)
        if unit or group_buy.terms.options:  # `✅ Succeeded at ¥12/kg: 3 kg`, each option's price `/份`
            each = options.priced(group_buy, lang, price)
            sold = t(lang, "card_succeeded_in_unit", price=each, units=unit_texts.units(lang, count, unit))
        else:
            sold = t(lang, "card_succeeded", price=price, count=count)
        if refunded:
            units = unit_texts.units(lang, refunded, unit)
            sold = t(lang, "card_succeeded_refunded", status=sold, units=units)
        if dropped > refunded:  # units of orders cancelled unpaid, out of the total as the refunded are
            units = unit_texts.units(lang, dropped - refunded, unit)
            sold = t(lang, "card_succeeded_cancelled", status=sold, units=units)
        return sold
    if group_buy.status is GroupBuyStatus.FAILED:
        target = unit_texts.quantity(group_buy.terms.target, group_buy.terms.unit, lang)  # `2/5 kg`
        return t(lang, failed_key(group_buy, "card_failed"), sold=group_buy.sold, target=target)
    if group_buy.status is GroupBuyStatus.CANCELLED:
        return t(lang, "card_cancelled")
    if group_buy.status is GroupBuyStatus.FULFILLED:
        return t(lang, "card_fulfilled", price=options.priced(group_buy, lang, price))
    return ""


def _line(
    n: int,
    participant: Participant,
    lang: str,
    paid: Collection[str],
    dropped: Collection[str] = (),
    collected: Collection[str] = (),
    reported: Collection[str] = (),
    organiser: str = "",
    refunded: Collection[str] = (),
    unit: str = "",
) -> str:
    name, quantity = _name(participant.display_name), unit_texts.times(participant.quantity, unit, lang)
    if participant.option:  # 多规格: "Bob 5斤 ×2", "Bob for Wang 5斤 ×1"
        if participant.friend:
            participant = replace(participant, friend=f"{_name(participant.friend)} {participant.option}")
        else:
            name = f"{name} {participant.option}"
    if participant.friend:
        line = t(
            lang, "card_line_friend", n=n, name=name, friend=_name(participant.friend), quantity=quantity
        )
    elif is_guest(participant.user_id):  # 代报: "王阿姨 ×2（Amy 代报）"
        line = t(lang, "card_line_guest", n=n, name=name, quantity=quantity, by=_name(organiser))
    elif participant.added_by:  # a member's line the organiser made for her (rep100 #3): marked as one
        line = t(lang, "card_line_guest", n=n, name=name, quantity=quantity, by=_name(participant.added_by))
    else:
        line = t(lang, "card_line", n=n, name=name, quantity=quantity)
    if participant.note and not participant.note_private:  # typed in private: the organiser's (rep99 #7)
        line += t(lang, "card_line_note", note=_name(participant.note, MAX_NOTE))
    if participant.user_id in collected:
        line += t(lang, "card_line_collected")
    elif participant.user_id in paid:
        line += t(lang, "card_line_paid")
    elif participant.user_id in reported:
        line += t(lang, "card_line_reported")
    elif participant.user_id in refunded:  # ↩, as the organiser's own list marks it
        line += t(lang, "card_line_refunded")
    elif participant.user_id in dropped:
        line += t(lang, "card_line_dropped")
    return line


def list_lines(
    participants: Sequence[Participant],
    lang: str,
    *,
    paid: Collection[str] = (),
    dropped: Collection[str] = (),
    collected: Collection[str] = (),
    reported: Collection[str] = (),
    organiser: str = "",
    refunded: Collection[str] = (),
    unit: str = "",
    places: Sequence[int] = (),
    part_refunded: Mapping[str, str] | None = None,
    units_refunded: Mapping[str, Mapping[str, int]] | None = None,
) -> list[str]:
    """The numbered lines of the 接龙 list as the card shows them (and /list), each within `LINE_LIMIT`;
    `organiser` names who added the guests (代报); `unit`: the group buy's (`×2斤`); `places`: each
    line's number when they are not the list's first lines (an outsider's own lines: their places);
    `part_refunded` (部分退款): buyer -> `¥156（已退 ¥78）`; her first line (her order's) says only
    `（部分退款）`. `units_refunded` (部分退款 by units, rep80 #3): buyer -> option -> units; her first
    line of that option says how many, `Hal small ×2 (1 refunded)`; a refund by amount alone ("" -> 0)
    marks her order, `（部分退款）` on her only line, `（订单部分退款）` on the first of several, never a
    line it does not name (none stored, before these were kept: as a refund by amount)."""
    numbers = places or range(1, len(participants) + 1)
    told: set[object] = set()
    several = {p.user_id for p in participants if sum(q.user_id == p.user_id for q in participants) > 1}
    lines = []
    # a member is her id: each of her lines shows the name of her latest (a room alias changed in between)
    latest = {p.user_id: p.display_name for p in sorted(participants, key=lambda p: p.joined_at)}
    for n, participant in zip(numbers, participants, strict=False):
        participant = replace(participant, display_name=latest[participant.user_id])
        line = _line(n, participant, lang, paid, dropped, collected, reported, organiser, refunded, unit)
        buyer = participant.user_id
        if (part_refunded or {}).get(buyer):
            marks = (units_refunded or {}).get(buyer) or {}
            units = marks.get(participant.option, 0) if participant.option else 0
            units = units if (buyer, participant.option) not in told else 0
            by_amount = not any(marks.values()) or "" in marks  # old rows kept no units: by amount
            by_amount = by_amount and buyer not in told  # that it was, never the amount (s30)
            if units:
                told.add((buyer, participant.option))
            if by_amount:
                told.add(buyer)
            if units and by_amount:  # units back and an amount too: one mark, `（已退 1 份，另有部分退款）`
                line += t(lang, "card_line_units_and_part_refunded", count=units)
            elif units:
                line += t(lang, "card_line_units_refunded", count=units)
            elif by_amount:
                line += t(
                    lang, "card_line_order_part_refunded" if buyer in several else "card_line_part_refunded"
                )
        lines.append(clip(line, LINE_LIMIT))
    return lines


@dataclass(frozen=True)
class _Fold:
    total: int  # lines of the whole list
    group_buy_id: int
    accepting: bool
    sold: int = 0  # units the whole group buy sold (帮卖: other groups' too, when this list is empty)
    option: str = ""  # 多规格: the option a first join names (`+1 咸`: a bare `+1` asks which)
    unit: str = ""  # sold per kg: "15 kg taken in other groups"
    hidden: int | None = None  # an outsider's copy: the other lines, counted, not shown
    where: str = ""  # a private copy: its group's name, said for "here"


def _compose(head: list[str], shown: list[str], fold: _Fold, lang: str) -> str:
    body = list(shown)
    if fold.total > len(shown):
        body.append(t(lang, "card_more", count=fold.total - len(shown), id=fold.group_buy_id))
    if fold.hidden:  # the group's list is the group's: "3 others on the list (shown in the group)"
        others = "card_others_hidden" if shown else "card_all_hidden"  # none of hers: never "… and 2 more"
        body.append(t(lang, others, count=fold.hidden))
    elif not fold.total and fold.accepting:  # 帮卖: other groups' joins show in the progress, not here
        body.append(_empty(fold, lang))
    return "\n".join([*head, "", *body]) if body else "\n".join(head)


def _empty(fold: _Fold, lang: str) -> str:
    """What an empty list says: how to be first (with options, naming one: `发“+1 咸”抢第一个`)."""
    if fold.option:
        if fold.sold:
            return _here(lang, "card_empty_here_option", fold.where, count=fold.sold, option=fold.option)
        return t(lang, "card_empty_option", option=fold.option)
    if fold.sold and fold.unit:  # sold per kg: "(15 kg taken in other groups)"
        units = unit_texts.quantity(fold.sold, fold.unit, lang)
        return _here(lang, "card_empty_here_in_unit", fold.where, units=units)
    return _here(lang, "card_empty_here", fold.where, count=fold.sold) if fold.sold else t(lang, "card_empty")


def _name(name: str, most: int = MAX_NAME) -> str:
    name = " ".join(name.split())
    return name if len(name) <= most else name[: most - 1] + "…"


# -- closing ---------------------------------------------------------------------------------------------
def closing_replies(
    closing: Closing,
    *,
    lang: str,
    tz: ZoneInfo,
    config: AppConfig | None = None,
    buyer_langs: Mapping[str, str] | None = None,
    listed: Mapping[str, Listing] | None = None,
) -> list[Reply]:
    """The final card, a message to the group in `lang`, and each buyer's order in private, in the
    buyer's language from `buyer_langs` (by user id; else `lang`); an order made in a group of `listed`
    (帮卖: by chat, those with their own pickup) reads that group's pickup.

    With a `config` that lets the group buy's currency be paid online, each order comes with a Pay
    button and its pay-by time; otherwise it says how to pay the organiser. A big close's later orders
    are `order_replies` of each batch; the group message counts them all.
    """
    group_buy = closing.group_buy
    text = closing_text(closing, lang=lang, config=config)
    about = {ABOUT: str(group_buy.id)}
    replies = [
        card_update(group_buy),
        Reply(text=text, chat_id=group_buy.chat_id, language=lang, extra=about),
    ]
    orders = order_replies(
        group_buy, closing.orders, lang=lang, tz=tz, config=config, buyer_langs=buyer_langs, listed=listed
    )
    return replies + orders


def _listed(count: int, help_sold: int | None, lang: str) -> str:
    """The line of the card in its own chat naming the other chats selling it: `count` of them,
    `help_sold` by a help-seller (None: all), the others the organiser's own listings."""
    helped = count if help_sold is None else help_sold
    if helped == count:
        return t(lang, "card_listed", count=count)
    if not helped:
        return t(lang, "card_listed_own", count=count)
    return t(lang, "card_listed_mixed", count=count, helped=helped)


def closing_text(
    closing: Closing,
    *,
    lang: str,
    config: AppConfig | None = None,
    to_organiser: bool = False,
    last_note: str = "",
    own_pickups: str = "",
) -> str:
    """What the group is told at the close: succeeded (at what price, how many orders), failed or
    called off. `to_organiser`: what the organiser reads in her private chat when she closed (or called
    off) from there: what happened, that the group was told, and what she does next; not the buyers'
    announcement. `last_note`: her last way to pay in this group (`last_payment_note`), offered as the
    example when this one has none. `own_pickups`: the groups selling it that set their own pickup, named
    under her summary beside the one missing (`helpselling.own_pickups_said`)."""
    group_buy = closing.group_buy
    title, gb_id = group_buy.terms.title, group_buy.id
    online = config is not None and payable_online(group_buy.terms.currency, provider=config.online_payment)
    if group_buy.status is GroupBuyStatus.SUCCEEDED:
        to_collect = _to_collect(closing) if to_organiser else None
        own = _own_total(closing) if to_collect is not None else 0
        if to_organiser:
            key = "closed_private_succeeded_online" if online else "closed_private_succeeded"
            key += "_to_collect" if to_collect is not None else ""  # a big close's later batches: unknown
            key += "_own" if own else ""  # the whole, her own in it (paid), and what is left: as 名单 says
        elif _nobody_here_owes(closing):  # only her 代报 guests' (and her own): she collects, told privately
            key = "closed_succeeded_nobody_owes"
        else:
            key = "closed_succeeded_online" if online else "closed_succeeded"
        said = with_payment_note if key == "closed_succeeded" else _plain  # her /payment named below
        text = said(
            lang,
            key,
            group_buy.terms,
            example=_example_order(closing),  # `/ipaid 1-2`, never `<order>`
            total=format_money(to_collect or 0, group_buy.terms.currency),
            whole=format_money((to_collect or 0) + own, group_buy.terms.currency),
            own=format_money(own, group_buy.terms.currency),
            title=title,
            id=gb_id,
            price=options.priced(group_buy, lang),  # `¥15/斤`; `大 ¥20/份 / 小 ¥12/份`
            orders=t(lang, "orders_count", count=closing.order_count),
            units=unit_texts.units(lang, closing.unit_count, group_buy.terms.unit),
            organiser=group_buy.organiser_name,
        )
        notice = _setup_notice(group_buy, lang, online=online, last_note=last_note, own_pickups=own_pickups)
        return with_notice(text, notice) if to_organiser else text
    if group_buy.status is GroupBuyStatus.FAILED:
        key = failed_key(group_buy, "closed_private_failed" if to_organiser else "closed_failed")
        target = unit_texts.quantity(group_buy.terms.target, group_buy.terms.unit, lang)  # `2/5 kg`
        return t(lang, key, title=title, id=gb_id, sold=group_buy.sold, target=target)
    return t(lang, "closed_private_cancelled" if to_organiser else "closed_cancelled", title=title, id=gb_id)


def _plain(lang: str, key: str, terms: Terms, **params: Any) -> str:
    """`key` filled as it is (`with_payment_note`'s signature: no payment note beside it)."""
    return t(lang, key, **params)


def _example_order(closing: Closing) -> str:
    """An order number of the close to show how buyers report paying (`1-2`): a buyer's, else the first
    such number a close gives (its orders still being written: a big close)."""
    group_buy = closing.group_buy
    for order in closing.orders:
        if not is_own(order, group_buy) and not is_guest(order.buyer_id):
            return order.number
    return closing.orders[0].number if closing.orders else f"{group_buy.id}-1"


def _setup_notice(
    group_buy: GroupBuy, lang: str, *, online: bool, last_note: str = "", own_pickups: str = ""
) -> str:
    """Under the organiser's close summary (rep46 #4): no way to pay set (and none online), or no pickup,
    the exact command that sets it ("" when both are set); her last way to pay here, if any, as the
    example (rep67 #14: never `PayPal you@example.com` beside her `WeChat Pay kate88`)."""
    missing = []
    if not group_buy.terms.payment_note and not online:
        if last_note:
            missing.append(t(lang, "close_set_payment_last", id=group_buy.id, note=last_note))
        else:
            missing.append(t(lang, "close_set_payment", id=group_buy.id))
    if not group_buy.terms.pickup and own_pickups:  # 帮卖: some groups set their own, the rest none
        missing.append(t(lang, "close_set_pickup_others", id=group_buy.id, groups=own_pickups))
    elif not group_buy.terms.pickup:
        missing.append(t(lang, "close_set_pickup", id=group_buy.id))
    return "\n".join(missing)


def _nobody_here_owes(closing: Closing) -> bool:
    """Whether no member owes for the close: every order is a 代报 guest's (paid to the organiser, who is
    told privately) or her own (paid at once); a big close's later orders unknown yet: False."""
    group_buy = closing.group_buy
    orders = closing.orders
    return (
        bool(orders)
        and not closing.pending
        and all(is_guest(o.buyer_id) or is_own(o, group_buy) for o in orders)
    )


def _to_collect(closing: Closing) -> int | None:
    """What the close's orders add up to, less her own (paid at once): what she collects (`应收 ¥408`);
    None when a big close's later orders are still being written (`pending`: not all known yet)."""
    if closing.pending:
        return None
    return sum(order.total for order in closing.orders if not is_own(order, closing.group_buy))


def _own_total(closing: Closing) -> int:
    """What her own order of the close adds up to (recorded paid at once: 名单 counts it 已收)."""
    return sum(order.total for order in closing.orders if is_own(order, closing.group_buy))


def pickup_passed(group_buy: GroupBuy) -> bool:
    """Whether it closed at or after its pickup time (the bot was down, or the clock jumped): its orders
    then say so, and the organiser is asked at the close for a new one."""
    at, closed = group_buy.terms.pickup_at, group_buy.closed_at
    return at is not None and closed is not None and at <= closed


def pickup_passed_notice(group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> str:
    """The line under the organiser's close summary when `pickup_passed`: set a new one ("" otherwise)."""
    if group_buy.status is not GroupBuyStatus.SUCCEEDED or not pickup_passed(group_buy):
        return ""
    pickup = pickup_text(group_buy.terms, tz, lang)
    place = group_buy.terms.pickup or t(lang, "pickup_passed_example_place")
    return t(lang, "pickup_passed_organiser", pickup=pickup, id=group_buy.id, place=place)


def with_notice(text: str, notice: str) -> str:
    return f"{text}\n{notice}" if notice else text


def organiser_summary(
    closing: Closing,
    *,
    lang: str,
    config: AppConfig | None = None,
    deadline: bool = False,
    groups: str = "",
    tz: ZoneInfo | None = None,
    last_note: str = "",
    own_pickups: str = "",
) -> list[Reply]:
    """A close that succeeded in the group (her `截单` there, or its deadline): her summary in her private
    chat, as she reads it when she closes from there (how it ended, what she collects, what next).
    `deadline`: its deadline closed it, and one that failed there is told too (below its target, N of
    M: no orders, nobody owes anything), as she would otherwise learn it only from the group. `groups`:
    a listed group buy's figures of each group (`helpselling.close_groups`), under the summary. With
    `tz`, a pickup time already past at the close asks her for a new one (`pickup_passed_notice`)."""
    group_buy = closing.group_buy
    if deadline and group_buy.status is GroupBuyStatus.FAILED:
        target = unit_texts.quantity(group_buy.terms.target, group_buy.terms.unit, lang)  # `2/5 kg`
        key = failed_key(group_buy, "deadline_failed_organiser")  # opened without a target: nobody joined
        text = t(lang, key, title=group_buy.terms.title, id=group_buy.id, sold=group_buy.sold, target=target)
        told = {TELLS_GROUP: f"{group_buy.id}:{group_buy.chat_id}"}  # `群里已通知`: found gone, said so
        return [Reply(text=text, private_to=group_buy.organiser_id, language=lang, extra=told)]
    if group_buy.status is not GroupBuyStatus.SUCCEEDED:
        return []
    summary = closing_text(
        closing, lang=lang, config=config, to_organiser=True, last_note=last_note, own_pickups=own_pickups
    )
    text = with_groups(summary, groups)
    if tz is not None:  # a pickup already past at the close: she sets a new one (told once, here)
        text = with_notice(text, pickup_passed_notice(group_buy, lang, tz))
    told = {TELLS_GROUP: f"{group_buy.id}:{group_buy.chat_id}"}  # `群里已通知`: found gone, said so
    return [Reply(text=text, private_to=group_buy.organiser_id, language=lang, extra=told)]


async def last_payment_note(uow: UnitOfWork, group_buy: GroupBuy) -> str:
    """The way to pay of the organiser's newest other group buy in its group that had one ("" when it has
    its own, or none did): offered at a close with none (`/payment #2 WeChat Pay kate88`)."""
    if group_buy.terms.payment_note:
        return ""
    chat, her = group_buy.chat_id, group_buy.organiser_id
    hers = [
        *await uow.group_buys.open_in_chat(chat, organiser=her),
        *(g for g in await uow.group_buys.closed_in_chat(chat) if g.organiser_id == her),
    ]
    for other in sorted(hers, key=lambda g: (g.created_at, g.id or 0), reverse=True):
        if other.id != group_buy.id and other.terms.payment_note:
            return other.terms.payment_note
    return ""


def with_groups(summary: str, groups: str) -> str:
    """Her close summary, with each group's figures under it (a listed group buy's; "": none)."""
    return f"{summary}\n{groups}" if groups else summary


ORDER_ORGANISER = "order_organiser"  # `Reply.extra` of a buyer's order: the organiser's id


def order_replies(
    group_buy: GroupBuy,
    orders: Sequence[Order],
    *,
    lang: str,
    tz: ZoneInfo,
    config: AppConfig | None = None,
    buyer_langs: Mapping[str, str] | None = None,
    listed: Mapping[str, Listing] | None = None,
) -> list[Reply]:
    """Each buyer's order, in private (with a Pay button and its pay-by time where `config` lets the
    currency be paid online), in the buyer's language from `buyer_langs` (by user id), else `lang`; one
    made in a group of `listed` (帮卖, by chat) reads that group's own pickup."""
    online = config is not None and payable_online(group_buy.terms.currency, provider=config.online_payment)
    replies = []
    whole = group_buy
    for order in orders:
        group_buy = seen_in(whole, (listed or {}).get(order.chat_id))
        if is_guest(order.buyer_id):  # 代报: to the organiser who added them, paid offline to them
            organiser_lang = (buyer_langs or {}).get(group_buy.organiser_id, lang)
            replies.append(guest_order_reply(order, group_buy, organiser_lang, tz))
            continue
        mine = (buyer_langs or {}).get(order.buyer_id, lang)
        text = order_text(order, group_buy, mine, tz=tz)
        pay: tuple[tuple[Button, ...], ...] = ()
        payable = not is_own(order, group_buy)  # the organiser's own order is paid already
        if payable and online and config is not None and within_limits(order.total, order.currency):
            pay_by = format_deadline(order.due_at(config.pay_within), tz, mine)
            text, pay = order_text(order, group_buy, mine, tz=tz, pay_by=pay_by), pay_buttons(order, mine)
        secret = bool(order.pickup_code_shown)  # a pickup code is never read in a group
        extra = {
            NOTE_ROUND: f"close:{whole.id}",  # not delivered: named at each close
            ABOUT: str(whole.id),
            ORDER_ORGANISER: group_buy.organiser_id,  # told when he cannot be (bot/wechat/adapter.py)
        }
        reply = Reply(text=text, buttons=pay, private_to=order.buyer_id, language=mine, secret=secret)
        replies.append(replace(reply, extra=extra))
    return replies


def pay_buttons(order: Order, lang: str) -> tuple[tuple[Button, ...], ...]:
    """The Pay button of an order (`od:pay:<order id>`), showing the amount."""
    label = t(lang, "btn_pay", total=format_money(order.total, order.currency))
    assert order.id is not None
    return ((Button(label, OrderButton(OrderAction.PAY, order.id, Written.of(lang)).pack()),),)


def order_text(
    order: Order, group_buy: GroupBuy, lang: str, *, tz: ZoneInfo, pay_by: str | None = None
) -> str:
    """A buyer's order: number, lines, the exact total, and how to pay (online by `pay_by`, if given,
    with the organiser's payment note beside it; else offline); the pickup's time in the chats' `tz`."""
    lines = "\n".join(  # a friend's line `荔枝（帮 妈妈）`
        t(
            lang,
            "order_line",
            description=line_names.described(group_buy.terms.title, line.description, lang),
            quantity=unit_texts.quantity(line.quantity, group_buy.terms.unit, lang),  # `2斤 × ¥15`
            price=format_money(line.unit_price, order.currency),
            total=format_money(line.total, order.currency),
        )
        for line in order.lines
    )
    params = {
        "order": order.number,
        "title": group_buy.terms.title,
        "id": group_buy.id,
        "lines": lines,
        "total": format_money(order.total, order.currency),
    }
    if is_own(order, group_buy):  # she does not pay herself: no payment instructions, no note
        text = t(lang, "order_private_own", **params)
    elif pay_by is not None:  # a payment note: her own way too, reported with /ipaid (not cancelled then)
        text = with_payment_note(
            lang,
            "order_private_online",
            group_buy.terms,
            deadline=pay_by,
            organiser=group_buy.organiser_name,
            **params,
        )
    else:  # the organiser's own payment note, when there is one, says how: no "cash or transfer" beside it
        text = with_payment_note(
            lang, "order_private", group_buy.terms, organiser=group_buy.organiser_name, **params
        )
    if pickup_passed(group_buy):  # closed after it (the bot was down, the clock jumped): ask for a new one
        pickup = pickup_text(group_buy.terms, tz, lang)
        text += "\n" + t(lang, "order_pickup_passed", pickup=pickup, organiser=group_buy.organiser_name)
    elif group_buy.terms.pickup:
        text += "\n" + t(lang, "order_pickup", pickup=pickup_text(group_buy.terms, tz, lang))
    if order.pickup_code_shown:  # once paid, until picked up: what the buyer shows at pickup (核销)
        text += "\n" + t(lang, "pickup_code_yours", code=order.pickup_code_shown)
    return text
