"""The organiser's list (commerce.domain.roster) in the organiser's language: as lines of text (名单 in
a private chat) and as a platform-neutral table (/export), one sheet per pickup point.

The table is what the files hold: the platform that sends them builds the XLSX and CSV from it
(bot/export_files.py), so this layer knows no file format and an outbox row holds rows, not bytes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.money import format_money
from commerce.domain.roster import Payment, Roster, RosterLine, option_totals
from handlers import options
from handlers.cards import LINE_LIMIT
from handlers.fit import clip
from handlers.texts import paid_via, status_text, t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import Cell, Column, Sheet

MAX_FILE_TITLE = 40  # characters of the title in a file's name
_UNSAFE = re.compile(r"[^\w\-]+")  # what a file name keeps: letters and digits of any script, - and _
_SETTLED = frozenset({Payment.PAID, Payment.PICKED_UP})
_OWING = frozenset({Payment.UNPAID, Payment.REPORTED})


def _money(roster: Roster, minor: int) -> str:
    return format_money(minor, roster.currency)


# -- the list as text ------------------------------------------------------------------------------------
def roster_text(
    roster: Roster,
    lang: str,
    chat: str | None = None,
    groups: Mapping[int | None, str] | None = None,
    private: Collection[str] = (),
    *,
    commission: int = 0,
) -> str:
    """The header (with `chat`, the name of the group buy's chat, where known), every line (with its
    note, its order and where its money stands; 帮卖: a line made in a group that lists it names that
    group, from `groups`, by listing), and the totals."""
    group_buy = roster.group_buy
    title, gb_id = group_buy.terms.title, group_buy.id
    unit = group_buy.terms.unit  # sold per 斤: `¥15/斤`, `×2斤`, `合计：6斤`
    price = options.priced(
        group_buy, lang, _money(roster, roster.unit_price)
    )  # options: `大 ¥20/份 / 小 ¥12/份`
    head = t(
        lang, "roster_header", title=title, id=gb_id, status=status_text(lang, group_buy.status), price=price
    )
    if chat is not None:
        head = t(lang, "roster_header_chat", header=head, chat=chat)
    if not roster.lines:
        return "\n".join([head, t(lang, "roster_empty")])
    lines = [clip(_line(roster, line, lang, groups or {}, private), LINE_LIMIT) for line in roster.lines]
    if roster.sold_nothing:  # failed or cancelled: what was asked for, not sales nor money (as /mine)
        asked = unit_texts.units(lang, sum(line.quantity for line in roster.lines), unit)
        unsold = t(lang, "roster_unsold", status=status_text(lang, group_buy.status), units=asked)
        return "\n".join([head, *lines, "", unsold, t(lang, "roster_hint", id=gb_id)])
    units = unit_texts.units(lang, roster.units, unit)
    totals = "roster_totals_dropped" if roster.dropped_lines else "roster_totals"
    # the units kept and their money (rep84 #5: `合计：1 份，¥40` counted a refunded unit's ¥20)
    foot = [t(lang, totals, units=units, amount=_money(roster, roster.kept_amount))]
    back_amount = roster.amount - roster.kept_amount
    foot[0] += _refunds_apart(
        roster, lang, roster.kept_amount, roster.units_back, back_amount, roster.part_refunded
    )
    foot += _option_totals(roster, lang)  # 多规格: what to order of each
    if roster.has_orders:
        money = _money_line(
            lang,
            collected=_money(roster, roster.collected),
            outstanding=_money(roster, roster.outstanding),
            reported=_money(roster, roster.reported) if roster.reported else "",
        )
        if roster.refunded:
            money += t(lang, "roster_refunded", refunded=_money(roster, roster.refunded))
        if roster.own:  # counted 已收 as the close says it: plainly, so 已收 never reads as all from buyers
            money += t(lang, "roster_own", own=_money(roster, roster.own))
        foot.append(money)
        if commission:  # what its sharers and help-sellers earn out of her money (分享/帮卖佣金)
            foot.append(t(lang, "roster_commission", amount=_money(roster, commission)))
        foot.append(
            t(
                lang,
                "roster_orders",
                paid=roster.paid_orders,
                picked_up=roster.picked_up_orders,
                reported=roster.reported_orders,
                unpaid=roster.unpaid_orders,
            )
        )
    else:
        foot.append(t(lang, "roster_no_orders", status=status_text(lang, group_buy.status), price=price))
    foot.append(t(lang, "roster_hint", id=gb_id))
    return "\n".join([head, *lines, "", *foot])


def _refunds_apart(
    roster: Roster, lang: str, kept: int, units_back: int, back_amount: int, refunded: int
) -> str:
    """Beside units kept and their money (`kept`): the units part refunds gave back and their money
    (`，另有 1 份已退 ¥20`), then what refunds by amount gave back of those kept and what is left
    (`，已退 ¥5，退款后 ¥15`); "" when none (rep84 #5)."""
    text = ""
    if units_back:
        back = unit_texts.units(lang, units_back, roster.group_buy.terms.unit)
        text += t(lang, "roster_totals_units_back", units=back, amount=_money(roster, back_amount))
    by_amount = refunded - back_amount
    if by_amount > 0:
        net = _money(roster, kept - by_amount)
        text += t(lang, "roster_totals_net", refunded=_money(roster, by_amount), net=net)
    return text


def _units_and_amount_back(roster: Roster, line: RosterLine, lang: str, total: str) -> str | None:
    """The total of `line`'s order (the line carrying it) when part refunds gave back units and money
    by amount too: each apart, then in all, as 我的订单 says it (`¥85（已退 1 份 小盒 ¥15，另退 ¥20，共退
    ¥35）`; `（已退 1 份，¥35）` read as one ¥35 unit: rep91 #7); None when only units went back."""
    back: dict[str, tuple[int, int]] = {}
    for each in roster.lines:
        if each.order == line.order and each.refunded_units:
            count, money = back.get(each.option, (0, 0))
            back[each.option] = (count + each.refunded_units, money + each.refunded_units * each.unit_price)
    by_amount = line.order_refunded - sum(money for _, money in back.values())
    if not back or by_amount <= 0:
        return None
    said = t(lang, "paid_refunded_units_joiner").join(
        t(
            lang,
            "paid_refunded_units_of" if option else "paid_refunded_units",
            units=t(lang, "units_count", count=count),
            option=option,
            amount=_money(roster, money),
        )
        for option, (count, money) in back.items()
    )
    return t(
        lang,
        "roster_order_refunded_units_and_amount",
        paid=total,
        units=said,
        amount=_money(roster, by_amount),
        refunded=_money(roster, line.order_refunded),
    )


def _option_totals(roster: Roster, lang: str) -> list[str]:
    """多规格: `3斤: 3 units, ¥174`, a line per option, as the totals line says it: the units kept and their
    money, the units part refunds gave back apart with theirs, then what refunds by amount gave back
    (`小盒：1 份，¥33，另有 1 份已退 ¥33，已退 ¥30，退款后 ¥3`; it said `小盒：1 份（另有 1 份已退），¥66，
    已退 ¥63，退款后 ¥3`, the money of 2 units beside 1: rep84 #5)."""
    return [
        t(
            lang,
            "roster_option_total",
            option=total.option,
            units=t(lang, "units_count", count=total.units),
            amount=_money(roster, total.kept_amount)
            + _refunds_apart(
                roster, lang, total.kept_amount, total.units_back, total.units_back_amount, total.refunded
            ),
        )
        for total in roster.by_option
    ]


def _line(
    roster: Roster,
    line: RosterLine,
    lang: str,
    groups: Mapping[int | None, str],
    private: Collection[str] = (),
) -> str:
    name, friend = line.name, line.friend
    quantity = unit_texts.times(line.quantity, roster.group_buy.terms.unit, lang)  # `×2`, `2斤`, as the card
    if line.option:  # 多规格: "Bob 5斤 ×2", "Bob for Wang 5斤 ×1"
        name, friend = (name, f"{friend} {line.option}") if friend else (f"{name} {line.option}", friend)
    if friend:
        text = t(lang, "roster_line_friend", n=line.n, name=name, friend=friend, quantity=quantity)
    elif line.reported_by:  # 代报: "王阿姨 ×2（Amy 代报）", as on the card
        text = t(lang, "roster_line_guest", n=line.n, name=name, quantity=quantity, by=line.reported_by)
    else:
        text = t(lang, "roster_line", n=line.n, name=name, quantity=quantity)
    if line.listing_id is not None and line.listing_id in groups:  # 帮卖: the buyer's group
        text += t(lang, "roster_line_group", chat=groups[line.listing_id])
    elif line.listing_id is None and line.user_id in private:  # joined by a share code in private
        text += t(lang, "roster_line_private")
    # its order's total says both, once (s38): `订单 #1-1 共 ¥60（已退 1 份，¥20）`, never 已退 twice
    units_in_order = line.refunded_units or any(  # the order's units back, on any of its lines (rep91 #7)
        each.refunded_units for each in roster.lines if line.order_total and each.order == line.order
    )
    both = bool(units_in_order and line.order_refunded and line.order is not None and line.order_total)
    if line.refunded_units and not both:  # by units: `Bob 大盒 ×2（已退 1 份）`, as the card (rep80 #3)
        text += t(lang, "card_line_units_refunded", count=line.refunded_units)
    if line.payment is not Payment.UNSOLD:  # a group buy that sold nothing: no amount
        text += t(lang, "roster_line_amount", amount=_money(roster, line.amount))
    if line.note:
        text += t(lang, "roster_line_note", note=line.note)
    if line.order is not None and line.order_total is not None:
        total = _money(roster, line.order_total)
        apart = _units_and_amount_back(roster, line, lang, total) if both else None
        if apart is not None:  # `共 ¥85（已退 1 份 小盒 ¥15，另退 ¥20，共退 ¥35）`, as 我的订单 (rep91 #7)
            total = apart
        elif both:  # units and their amount back: `共 ¥60（已退 1 份，¥20）`
            count = sum(each.refunded_units for each in roster.lines if each.order == line.order)
            units = t(lang, "units_count", count=count)
            back = _money(roster, line.order_refunded)
            total = t(lang, "roster_order_refunded_units", paid=total, units=units, refunded=back)
        elif line.order_refunded:  # 部分退款: `共 ¥156（已退 ¥78）`
            total = t(lang, "paid_part_refunded", paid=total, refunded=_money(roster, line.order_refunded))
        text += t(lang, "roster_line_order", order=line.order, total=total)
    elif line.order is not None:
        text += t(lang, "roster_line_in_order", order=line.order)
    if line.payment not in (Payment.NONE, Payment.UNSOLD):  # unsold: the header says why
        if line.payment is Payment.REPORTED and line.reported_received and line.order_total is not None:
            # `💸已报付款 ¥90（已收 ¥50，差 ¥40），待确认`: her report, and the part the organiser received
            # short (`付了 30` after ¥50: `💸已报付款 ¥80（已收 ¥50，差 ¥64）`): what she reported in all
            owed, received = line.order_total, line.reported_received
            said = line.reported_amount if line.reported_gap else owed
            text += t(
                lang,
                "roster_payment_reported_received",
                amount=_money(roster, said),
                received=_money(roster, received),
                gap=_money(roster, owed - said if line.reported_gap else owed - received),
            )
        elif line.payment is Payment.REPORTED and line.reported_gap:  # `💸已报付款 ¥10，差 ¥146，待确认`
            amount, gap = _money(roster, line.reported_amount), _money(roster, line.reported_gap)
            if line.reported_via:  # `💸已报付款 ¥10（微信），差 ¥146，待确认`
                way = paid_via(lang, line.reported_via)
                text += t(lang, "roster_payment_reported_short_via", amount=amount, gap=gap, via=way)
            else:
                text += t(lang, "roster_payment_reported_short", amount=amount, gap=gap)
        elif (
            line.payment is Payment.UNPAID and line.reported_gap
        ):  # 只收到 ¥20: `⏳未付（已收 ¥20，差 ¥136）`
            amount, gap = _money(roster, line.reported_amount), _money(roster, line.reported_gap)
            text += t(lang, "roster_payment_unpaid_part", amount=amount, gap=gap)
        elif line.payment is Payment.REPORTED and line.reported_via:  # `💸已报付款（微信），待确认`
            text += t(lang, "roster_payment_reported_via", via=paid_via(lang, line.reported_via))
        else:
            text += t(lang, f"roster_payment_{line.payment.value}")
    if line.guest_code:  # 代报: the code the organiser passes on (her list, read in private only)
        text += t(lang, "roster_guest_code", name=line.name, code=line.guest_code)
    return text


# -- the list as a table ---------------------------------------------------------------------------------
def roster_sheets(
    roster: Roster,
    lang: str,
    tz: ZoneInfo,
    groups: Mapping[int | None, str] | None = None,
    private: Collection[str] = (),
    commission: Mapping[str, tuple[str, int]] | None = None,
    pickups: Mapping[int | None, str] | None = None,
) -> tuple[Sheet, ...]:
    """One sheet per pickup point (one today), each with a totals row and its money under it (the
    pickup's time in the chats' timezone `tz`, written for a reader of `lang`). 帮卖: with `groups` (the
    name of the group each line was made in, by listing), a last column says each buyer's group;
    `pickups` (a help-selling group set its own pickup: each pickup as written, by listing, None the
    group buy's own), a column says each buyer's pickup and the notes name each group's;
    `commission`: who earns on each order and how much (分享/帮卖佣金, by order number), two columns."""
    return tuple(
        _refund_column(  # 部分退款 stays the last column
            _commission_column(
                _pickup_column(
                    _group_column(_sheet(roster, point, lines, lang, tz), lines, lang, groups, private),
                    lines,
                    lang,
                    groups or {},
                    pickups or {},
                    noted=2 if point else 1,
                ),
                lines,
                lang,
                commission or {},
            ),
            lines,
            lang,
        )
        for point, lines in roster.by_pickup().items()
    )


def _pickup_column(
    sheet: Sheet,
    lines: list[RosterLine],
    lang: str,
    groups: Mapping[int | None, str],
    pickups: Mapping[int | None, str],
    *,
    noted: int,
) -> Sheet:
    """帮卖: a help-selling group's own pickup (`自提 #12 …` there): each row says its buyer's pickup, place
    and time, and the notes, after the group buy's own (`noted` notes in), name each group's (none when
    no group set its own: the sheet stays as it was)."""
    if len(pickups) < 2:
        return sheet
    own = pickups.get(None, "")
    cells = [pickups.get(line.listing_id, own) for line in lines]
    named = tuple(
        t(lang, "export_pickup_group", group=groups.get(listing, ""), pickup=pickup)
        for listing, pickup in pickups.items()
        if listing is not None
    )
    return replace(
        sheet,
        columns=(*sheet.columns, Column(t(lang, "col_pickup"))),
        rows=tuple((*row, cell or None) for row, cell in zip(sheet.rows, cells, strict=True)),
        totals=(*sheet.totals, None) if sheet.totals else sheet.totals,
        notes=(*sheet.notes[:noted], *named, *sheet.notes[noted:]),
    )


def _commission_column(
    sheet: Sheet, lines: list[RosterLine], lang: str, commission: Mapping[str, tuple[str, int]]
) -> Sheet:
    """分享/帮卖: who earns on each order (the sharer, the help-seller) and the commission it pays her out of
    the organiser's money, on the order's first line, totalled (none when no order pays any)."""
    if not commission:
        return sheet
    cells = [
        commission.get(line.order or "", ("", 0)) if line.order_total is not None else ("", 0)
        for line in lines
    ]
    return replace(
        sheet,
        columns=(*sheet.columns, Column(t(lang, "col_earner")), Column(t(lang, "col_commission"), "money")),
        rows=tuple(
            (*row, name or None, amount or None)
            for row, (name, amount) in zip(sheet.rows, cells, strict=True)
        ),
        totals=(*sheet.totals, None, sum(amount for _, amount in cells)) if sheet.totals else sheet.totals,
    )


def _refund_column(sheet: Sheet, lines: list[RosterLine], lang: str) -> Sheet:
    """部分退款: what part refunds gave back of each order, as the sheet's last column, totalled (none when
    no order of the sheet was refunded in part: the sheet stays as it was); units they gave back
    (`退款 1-2 小盒 1`), a column before it, each line's, totalled: the totals row's quantity leaves them
    out, as the card and 名单 count (rep81 #6)."""
    if not any(line.order_refunded for line in lines):
        return sheet
    if any(line.refunded_units for line in lines):
        sheet = replace(
            sheet,
            columns=(*sheet.columns, Column(t(lang, "col_units_refunded"), "number")),
            rows=tuple(
                (*row, line.refunded_units or None) for row, line in zip(sheet.rows, lines, strict=True)
            ),
            totals=(*sheet.totals, sum(line.refunded_units for line in lines if line.counts))
            if sheet.totals
            else sheet.totals,
        )
    parts = [line.order_refunded or None for line in lines]
    refunded = sum(line.order_refunded for line in lines)
    gross = sum(line.amount for line in lines if line.counts)
    # the totals row is before part refunds, as the console's export (rep85 #2): said net under it
    net = t(
        lang,
        "export_net_of_part_refunds",
        refunded=format_money(refunded, sheet.currency),
        net=format_money(gross - refunded, sheet.currency),
    )
    return replace(
        sheet,
        columns=(*sheet.columns, Column(t(lang, "col_part_refunded"), "money")),
        rows=tuple((*row, part) for row, part in zip(sheet.rows, parts, strict=True)),
        totals=(*sheet.totals, refunded) if sheet.totals else sheet.totals,
        notes=(*sheet.notes, net),
    )


def _group_column(
    sheet: Sheet,
    lines: list[RosterLine],
    lang: str,
    groups: Mapping[int | None, str] | None,
    private: Collection[str] = (),
) -> Sheet:
    """帮卖: the group each buyer joined in, as the sheet's last column (none when nobody lists it and
    nobody joined by a share code in private: `私聊/分享码` on such a line)."""
    if not groups and not private:
        return sheet
    own = (groups or {}).get(None, "")
    named = (
        t(lang, "roster_group_private")
        if line.listing_id is None and line.user_id in private
        else (groups or {}).get(line.listing_id, own)
        for line in lines
    )
    return replace(
        sheet,
        columns=(*sheet.columns, Column(t(lang, "col_group"))),
        rows=tuple((*row, name) for row, name in zip(sheet.rows, named, strict=True)),
        totals=(*sheet.totals, None) if sheet.totals else sheet.totals,
    )


def _option_column(roster: Roster, cells: tuple[Any, ...], option: Any) -> tuple[Any, ...]:
    """多规格: the option's column after "Reported by" (none without options: the sheet stays as it was)."""
    return (*cells[:3], option, *cells[3:]) if roster.group_buy.terms.options else cells


def _columns(lang: str, unit: str = "") -> tuple[Column, ...]:
    """The sheet's columns; sold per kg, the quantity's and the unit price's say so: "Quantity (kg)"."""
    kinds = (
        ("number", "col_n"),
        ("text", "col_name"),
        ("text", "col_friend"),
        ("number", "col_quantity"),
        ("text", "col_note"),
        ("money", "col_unit_price"),
        ("money", "col_amount"),
        ("text", "col_order"),
        ("money", "col_order_total"),
        ("text", "col_payment"),
        ("text", "col_picked_up"),
    )
    in_unit = (
        {"col_quantity": "col_quantity_in_unit", "col_unit_price": "col_unit_price_per_unit"} if unit else {}
    )
    said = unit_texts.word(lang, unit)  # `数量（公斤）`, `单价（每公斤）` in Chinese
    return tuple(Column(t(lang, in_unit.get(key, key), unit=said), kind) for kind, key in kinds)


def _sheet(roster: Roster, point: str, lines: list[RosterLine], lang: str, tz: ZoneInfo) -> Sheet:
    rows = tuple(_row(roster, line, lang) for line in lines)
    order_totals = [line.order_total for line in lines if line.order_total is not None and line.counts]
    totals: tuple[Cell, ...] = (
        t(lang, "col_totals"),
        None,
        None,
        # refunded and cancelled orders: listed only; units part refunds gave back: out, as each row's
        sum(line.quantity - line.refunded_units for line in lines if line.counts),
        None,
        None,
        # the rows' money before part refunds, units given back too (the 部分退款 column holds their money
        # with the rest; the net is said under it): the sum of the rows, as the console's export (rep85 #2:
        # it took a refunded unit's money off here and again in 部分退款)
        sum(line.amount for line in lines if line.counts),
        None,
        sum(order_totals) if order_totals else None,
        None,
        sum(1 for line in lines if line.payment is Payment.PICKED_UP and line.order_total is not None)
        or None,
    )
    group_buy = roster.group_buy
    return Sheet(
        name=point or group_buy.terms.title,
        columns=_option_column(roster, _columns(lang, group_buy.terms.unit), Column(t(lang, "col_option"))),
        rows=tuple(_option_column(roster, row, line.option) for row, line in zip(rows, lines, strict=True)),
        totals=_option_column(roster, totals, None),
        currency=roster.currency,
        notes=_notes(roster, group_buy, point, lines, lang, tz),
    )


def _row(roster: Roster, line: RosterLine, lang: str) -> tuple[Cell, ...]:
    payment = line.payment
    shown = "" if payment is Payment.NONE else t(lang, f"export_payment_{payment.value}")
    if line.order_total is not None:  # a part received (只收到 ¥30), on the order's row: as 名单 says it
        shown = _part_received(roster, line, lang) or shown
    picked = t(lang, "export_yes") if line.picked_up else ""  # refunded after pickup: still 已取
    # whose line it is, and who reported it (代报): a friend's, the member; a guest's, the organiser
    name, by = (line.friend, line.name) if line.friend else (line.name, line.reported_by)
    return (
        line.n,
        name,
        by,
        line.quantity - line.refunded_units,  # units kept, those given back in 已退份数 (as the console's)
        line.note,
        line.unit_price or roster.unit_price,
        None if payment is Payment.UNSOLD else line.amount,  # asked for, never sold: no money
        line.order,
        line.order_total,
        shown,
        picked,
    )


def _part_received(roster: Roster, line: RosterLine, lang: str) -> str:
    """An unpaid order's payment cell with the part its organiser received, as 名单's line says it: beside
    her report, `已报付款 ¥63（已收 ¥30，差 ¥33）`; alone, `未付（已收 ¥20，差 ¥136）` (it said 已报付款 /
    未付 alone, the money line counting the part, rep81 #6); "" for any other."""
    owed = line.order_total or 0
    if line.payment is Payment.REPORTED and line.reported_received:
        said = line.reported_amount if line.reported_gap else owed
        return t(
            lang,
            "export_payment_reported_received",
            amount=_money(roster, said),
            received=_money(roster, line.reported_received),
            gap=_money(roster, owed - said if line.reported_gap else owed - line.reported_received),
        )
    if line.payment is Payment.UNPAID and line.reported_gap:  # 只收到 ¥20 (kept as `reported_amount`)
        amount, gap = _money(roster, line.reported_amount), _money(roster, line.reported_gap)
        return t(lang, "export_payment_unpaid_part", amount=amount, gap=gap)
    return ""


def _notes(
    roster: Roster, group_buy: GroupBuy, point: str, lines: list[RosterLine], lang: str, tz: ZoneInfo
) -> tuple[str, ...]:
    """What the sheet says under its table: the group buy, the pickup point, and its money."""
    head = t(
        lang,
        "export_about",
        title=group_buy.terms.title,
        id=group_buy.id,
        status=status_text(lang, group_buy.status),
        price=options.priced(group_buy, lang, _money(roster, roster.unit_price)),
    )
    notes = [head]
    if point:
        pickup = pickup_text(replace(group_buy.terms, pickup=point), tz, lang)  # with its time
        notes.append(t(lang, "export_pickup", pickup=pickup))
    notes += _option_totals(replace(roster, by_option=option_totals(group_buy, lines)), lang)
    dropped = [line for line in lines if line.payment in (Payment.REFUNDED, Payment.CANCELLED)]
    if dropped:  # listed, not in the totals row: as 名单 says `不含已退款、已取消的订单`
        amount = _money(roster, sum(line.amount for line in dropped))
        notes.append(t(lang, "export_left_out_dropped", count=len(dropped), amount=amount))
    if group_buy.status in (GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED):
        ordered = [line for line in lines if line.order_total is not None]
        settled = [line for line in ordered if line.payment in _SETTLED]
        owing = [line for line in ordered if line.payment in _OWING]
        # net of part refunds; 只收到 ¥20 of an unpaid one counts as received (as 名单's money line)
        collected = sum((line.order_total or 0) - line.order_refunded for line in settled)
        collected += sum((line.order_total or 0) - _owed(line) for line in owing)
        reported = (
            sum(  # a short report counts what she said (`我已付款 1-2 10元`: ¥10), less a part received
                (line.reported_amount or line.order_total or 0) - line.reported_received
                for line in owing
                if line.payment is Payment.REPORTED
            )
        )
        money = _money_line(
            lang,
            collected=_money(roster, collected),
            outstanding=_money(roster, sum(_owed(line) for line in owing)),
            reported=_money(roster, reported) if reported else "",
        )
        if roster.refunded:  # as 名单's `· 已退款 ¥136` (one pickup point: the group buy's refunds)
            money += t(lang, "roster_refunded", refunded=_money(roster, roster.refunded))
        notes.append(money)
    return tuple(notes)


def file_name(group_buy: GroupBuy) -> str:
    """`tuan-12-海南贵妃芒-5斤`: the group buy's number and title, safe as a file name on every system."""
    title = _UNSAFE.sub("-", group_buy.terms.title).strip("-_")[:MAX_FILE_TITLE].strip("-_")
    return f"tuan-{group_buy.id}-{title}" if title else f"tuan-{group_buy.id}"


def _money_line(lang: str, *, collected: str, outstanding: str, reported: str) -> str:
    """`💰 已收 ¥156 · 待收 ¥468（其中已报付款待确认 ¥10）`; with nothing reported ("": ¥0) no clause."""
    if not reported:
        return t(lang, "roster_money_none_reported", collected=collected, outstanding=outstanding)
    return t(lang, "roster_money", collected=collected, outstanding=outstanding, reported=reported)


def _owed(line: RosterLine) -> int:
    """What an unpaid order's line leaves to collect: its total, less what the organiser received of it
    (只收到 ¥20)."""
    part = line.reported_amount if line.payment is Payment.UNPAID and line.reported_gap else 0
    if line.payment is Payment.REPORTED:  # a part received beside her report (whole or short)
        part = line.reported_received
    return (line.order_total or 0) - part
