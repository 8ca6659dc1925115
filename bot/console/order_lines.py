"""The orders the console shows and exports: the organiser's list (commerce.domain.roster) of each group
buy the person may see, filtered by group buy, status, option and pickup point (帮卖: a line made in a
group that set its own pickup reads that group's, as the chat's order and export do). Read only.

Scoping is the group buy list's (`group_buys.visible_group_buys`): an admin's are all, an organiser's
their own. A filter that names nothing (a group buy that is not a number, none of theirs, a status
that does not exist) lists nothing and is said beside its field (`Selection.errors`), the rest kept.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.console.auth import NotFoundHere
from bot.console.deps import Console
from bot.console.group_buys import own_group_buy, visible_group_buys
from commerce.domain.console import GroupBuyRow, Principal
from commerce.domain.group_buy import GroupBuy
from commerce.domain.ledger import Transaction
from commerce.domain.listings import seen_in
from commerce.domain.order import Order
from commerce.domain.roster import Payment, RosterLine, build
from commerce.services import listings as listings_service
from handlers import helpselling
from handlers.texts import t
from handlers.texts.pickup import pickup_text

MAX_GROUP_BUYS = 50  # without a group buy named: the newest this many
STATUSES = tuple(payment.value for payment in Payment if payment not in (Payment.NONE, Payment.UNSOLD))
STATUS_ALIASES = {"reported_paid": Payment.REPORTED.value}  # as the filter's label reads ("Reported paid")
SHOWN_TYPED = 40  # a bad filter said back at most this long


@dataclass(frozen=True)
class OrderFilter:
    group_buy: int | None = None
    status: str = ""
    option: str = ""
    pickup: str = ""
    q: str = ""  # a buyer's name (or a friend's, or an order number), any part of it, whatever the case
    wrong: tuple[tuple[str, str], ...] = ()  # (field, as typed): a group buy or status that names none

    @classmethod
    def of(cls, query: Mapping[str, str]) -> OrderFilter:
        """The filter from a query or a form; a group buy that is no number, or a status that is none,
        is kept in `wrong` (said beside its field, nothing listed)."""
        raw = query.get("group_buy", "").strip().lstrip("#")
        status = query.get("status", "").strip()
        status = STATUS_ALIASES.get(status, status)
        number = raw.isdigit() and len(raw) <= 10
        wrong: tuple[tuple[str, str], ...] = (("group_buy", raw),) if raw and not number else ()
        wrong += (("status", status),) if status and status not in STATUSES else ()
        return cls(
            group_buy=int(raw) if number else None,
            status=status if status in STATUSES else "",
            option=query.get("option", "").strip()[:64],
            pickup=query.get("pickup", "").strip()[:500],
            q=" ".join(unicodedata.normalize("NFKC", query.get("q", "")).split())[:64],
            wrong=wrong,
        )

    def query(self) -> dict[str, str]:
        shown = {"group_buy": "" if self.group_buy is None else str(self.group_buy)}
        return {**shown, "status": self.status, "option": self.option, "pickup": self.pickup, "q": self.q}


@dataclass(frozen=True)
class Line:
    group_buy: GroupBuy
    line: RosterLine
    order: Order | None  # on the order's first line only (where its actions are)
    group: str = ""  # the group the line was made in (帮卖: a listing group's name; else the chat's)


@dataclass
class Selection:
    rows: list[GroupBuyRow]  # the group buys the person may pick from
    lines: list[Line] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    pickups: list[str] = field(default_factory=list)
    orders: list[tuple[GroupBuy, Order]] = field(default_factory=list)  # of the lines shown
    errors: dict[str, str] = field(default_factory=dict)  # a filter naming nothing, by field: none listed


def _typed(text: str) -> str:
    return text if len(text) <= SHOWN_TYPED else text[: SHOWN_TYPED - 1] + "…"


def _wrong(where: OrderFilter, lang: str) -> dict[str, str]:
    """What the page says beside a filter that names nothing (`abc` for a group buy, status `zzz`)."""
    keys = {"group_buy": "console_filter_group_buy_not_a_number", "status": "console_filter_status_unknown"}
    return {name: t(lang, keys[name], typed=_typed(typed)) for name, typed in where.wrong}


def _keeps(where: OrderFilter, line: RosterLine) -> bool:
    return (
        (not where.status or line.payment.value == where.status)
        and (not where.option or line.option == where.option)
        and (not where.pickup or line.pickup == where.pickup)
        and (not where.q or _named(where.q, line))
    )


def _named(typed: str, line: RosterLine) -> bool:
    """Whether `typed` is part of the line's buyer's or friend's name (any case), or its order number
    (`3-2`, `#3-2`)."""
    wanted = typed.casefold()
    if line.order is not None and wanted.lstrip("#") == line.order:
        return True
    return wanted in line.name.casefold() or wanted in line.friend.casefold()


async def select(console: Console, who: Principal, where: OrderFilter, lang: str) -> Selection:
    """The lines matching `where` among the group buys `who` may see; each line's pickup with its time
    as a reader of `lang` reads it (the console's language), as are the pickup filter's choices. A filter
    that names nothing (not a number, a group buy not theirs or none, an unknown status): no lines, each
    said in `errors`."""
    rows = await visible_group_buys(console, who)
    errors = _wrong(where, lang)
    chosen = rows[:MAX_GROUP_BUYS]
    if where.group_buy is not None:
        try:
            chosen = [await own_group_buy(console, who, where.group_buy)]
        except NotFoundHere:  # another's as one that does not exist
            key = (
                "console_filter_group_buy_unknown_admin"
                if who.is_admin
                else "console_filter_group_buy_unknown"
            )
            errors["group_buy"] = t(lang, key, id=where.group_buy)
    found = Selection(rows=rows, errors=errors)
    if errors:
        return found
    async with console.app.uow_factory() as uow:
        for row in chosen:
            group_buy = await uow.group_buys.get(row.id)
            if group_buy is None:
                continue
            orders = await uow.orders.for_group_buy(row.id)
            roster = build(group_buy, await uow.group_buys.participants(row.id), orders)
            by_number = {order.number: order for order in orders}
            groups = await helpselling.line_groups(uow, group_buy, lang)  # 帮卖: each line's group
            own_pickups = {  # 帮卖: a group that set its own pickup (`自提 #1 …` there): its lines read it
                listing.id: seen_in(group_buy, listing).terms
                for listing in (await listings_service.own_pickups(uow, group_buy)).values()
            }
            own_chat = row.chat_title or row.chat_id
            for kept in together(roster.lines):
                terms = own_pickups.get(kept.listing_id) or replace(group_buy.terms, pickup=kept.pickup)
                shown = pickup_text(terms, console.app.tz, lang)
                line = replace(kept, pickup=shown)
                if line.option and line.option not in found.options:
                    found.options.append(line.option)
                if line.pickup and line.pickup not in found.pickups:
                    found.pickups.append(line.pickup)
                if not _keeps(where, line):
                    continue
                order = by_number.get(line.order or "") if line.order_total is not None else None
                group = groups.get(line.listing_id, "") or own_chat
                found.lines.append(Line(group_buy, line, order, group))
                if order is not None:
                    found.orders.append((group_buy, order))
    # an option or pickup point none of the chosen group buys has (an old link, a typo): said beside
    # its field, nothing listed, as an unknown status is; never an empty list or file without a word
    for name, typed, known in (
        ("option", where.option, found.options),
        ("pickup", where.pickup, found.pickups),
    ):
        if typed and typed not in known:
            found.errors[name] = t(lang, f"console_filter_{name}_unknown", typed=_typed(typed))
    if found.errors:
        found.lines, found.orders = [], []
    return found


def together(lines: list[RosterLine]) -> list[RosterLine]:
    """The lines with each order's kept together (a friend's line joined later stands under the
    member's first line, which carries the order's total), orders in the order of their first line;
    lines of no order (open, or sold nothing) stay where they are."""
    first: dict[str, int] = {}
    for n, line in enumerate(lines):
        if line.order is not None:
            first.setdefault(line.order, n)
    place = [first[line.order] if line.order is not None else n for n, line in enumerate(lines)]
    return [lines[n] for n in sorted(range(len(lines)), key=lambda n: (place[n], n))]


async def ledger_of(
    console: Console, orders: list[tuple[GroupBuy, Order]]
) -> list[tuple[GroupBuy, Order, Transaction]]:
    """The ledger's transactions of these orders, each order's in its order (with its group buy)."""
    found: list[tuple[GroupBuy, Order, Transaction]] = []
    async with console.app.uow_factory() as uow:
        for group_buy, order in orders:
            if order.id is not None:
                found += [(group_buy, order, tx) for tx in await uow.ledger.of_order(order.id)]
    return found
