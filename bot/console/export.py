"""Export: the orders (per group buy or pickup point: the orders page's filters) and their ledger
transactions as XLSX and CSV, built by bot/export_files.py as `/export` builds its files (XLSX: a sheet
per pickup point, a bold totals row; CSV: UTF-8 with a BOM, so Excel and WPS open the Chinese right).

Scoped as the orders page: an admin's are all group buys, an organiser's their own (another's named:
404). Read only, so not audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.console import order_lines
from bot.console.auth import NotFoundHere, Organiser
from bot.console.deps import console_of
from bot.console.ledger_words import order_sentence
from bot.console.order_lines import Line, OrderFilter
from bot.console.orders import _status as payment_status
from bot.console.render import language, render
from bot.export_files import CSV_MIME, XLSX_MIME, csv_bytes, xlsx
from commerce.domain.console_people import moved
from commerce.domain.group_buy import GroupBuy
from commerce.domain.ledger import Account, AccountKind, Transaction
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.roster import Payment, RosterLine
from handlers.texts import t
from handlers.texts.units import said
from handlers.types import Cell, Column, Sheet

router = APIRouter()
KINDS = {"xlsx": XLSX_MIME, "csv": CSV_MIME}
_T = TypeVar("_T")
_FRIEND = 3  # the orders sheet's "For" column (`order_sheets`): "Added by" goes after it, when a line has one


@router.get("/export")
async def export_page(request: Request, who: Organiser) -> Response:
    console = console_of(request)
    where = OrderFilter.of(request.query_params)
    found = await order_lines.select(console, who, where, language(request, console.default_language))
    status = 422 if found.errors else 200  # a filter naming nothing: said beside it
    return render(request, "export.html", status=status, found=found, filters=where.query())


def _currency(currencies: set[str]) -> str:
    """The sheet's currency when every amount is in one (money columns), else "" (amounts as text)."""
    return next(iter(currencies)) if len(currencies) == 1 else ""


def _money(minor: int, currency: str, sheet_currency: str) -> Cell:
    return minor if sheet_currency else format_money(minor, currency)


def _each_currency(amounts: Sequence[tuple[int, str]]) -> str:
    """Amounts of several currencies added up each apart, as the Orders page says them: `¥200 + €24`."""
    sums: dict[str, int] = {}
    for minor, currency in amounts:
        sums[currency] = sums.get(currency, 0) + minor
    return " + ".join(format_money(minor, currency) for currency, minor in sorted(sums.items()))


def order_sheets(lines: Sequence[Line], lang: str, *, by_pickup: bool) -> tuple[Sheet, ...]:
    """The lines as sheets: one per pickup point (`by_pickup`), else one; each with its totals row of
    orders only (as the dashboard counts: an open group buy's lines are no orders yet, and refunded or
    cancelled ones are out), and under it what the totals leave out. Each sheet's money is numbers in its
    currency (named in the heading) when its lines are all of one; a sheet mixing currencies shows each
    amount with its sign and adds each currency up apart (`¥200 + €24`), its totals and notes alike."""
    names = (
        "group_buy", "order", "buyer", "friend", "option", "quantity", "unit", "line_note", "amount",
        "order_total", "status", "pickup", "chat",
    )  # fmt: skip
    groups: dict[str, list[Line]] = {}
    for item in lines:
        groups.setdefault(item.line.pickup if by_pickup else "", []).append(item)
    sheets = []
    for point, items in (groups or {"": []}).items():
        currency = _currency({item.group_buy.terms.currency for item in items})  # this sheet's own
        kind = "money" if currency else "text"
        kinds = {"quantity": "number", "amount": kind, "order_total": kind}
        columns = tuple(Column(t(lang, f"console_col_{name}"), kinds.get(name, "text")) for name in names)
        rows: list[tuple[Cell, ...]] = []
        for item in items:
            line, own = item.line, item.group_buy.terms.currency
            unit = item.group_buy.terms.unit  # group buys of several units; in the reader's language (`jin`)
            unit = said(lang, unit) if unit else t(lang, "console_unit_none")
            total = None if line.order_total is None else _money(line.order_total, own, currency)
            amount = None if line.payment is Payment.UNSOLD else _money(line.amount, own, currency)
            # as the Orders page says it: a part received, a short report (`未付款（已收 ¥100，还差 ¥76）`)
            status = (
                t(lang, "console_export_open")
                if line.payment is Payment.NONE
                else payment_status(line, own, lang, item.order)
            )
            rows.append(
                (
                    f"#{item.group_buy.id} {item.group_buy.terms.title}",
                    f"#{line.order}" if line.order else "",
                    line.name, line.friend, line.option, _kept(line), unit, line.note,
                    amount, total,  # a failed or cancelled group buy's lines: asked for, no money
                    status, line.pickup, item.group,
                )
            )  # fmt: skip
        counted = [item for item in items if _ordered(item.line)]
        # 2斤 and 3 boxes make no 5 of anything: the quantity is totalled only when the units agree
        # (none counted, a status filter's refunded lines: the units of those listed decide, no 0 of mixed)
        one_unit = len({item.group_buy.terms.unit for item in counted or items}) <= 1
        quantity: Cell = sum(_kept(item.line) for item in counted) if one_unit else ""
        money_total: Cell = (
            sum(item.line.amount for item in counted)
            if currency
            else _each_currency([(item.line.amount, item.group_buy.terms.currency) for item in counted])
        )
        totals: tuple[Cell, ...] = (
            t(lang, "console_total"), "", "", "", "", quantity, "", "", money_total, "", "", "", "",
        )  # fmt: skip
        name = point or t(lang, "console_menu_orders")
        notes = _left_out(items, lang)
        sheet_columns = columns
        if any(item.line.reported_by for item in items):  # 代报: who put a line down, after "For"
            sheet_columns = _added_by(columns, Column(t(lang, "console_col_added_by")))
            rows = [_added_by(row, item.line.reported_by) for row, item in zip(rows, items, strict=True)]
            totals = _added_by(totals, "")
        if any(
            item.line.order_refunded for item in items
        ):  # 部分退款: what each order gave back, a last column
            sheet_columns = (*sheet_columns, Column(t(lang, "col_part_refunded"), kind))
            parts = [
                _money(item.line.order_refunded, item.group_buy.terms.currency, currency)
                if item.line.order_refunded
                else None
                for item in items
            ]
            rows = [(*row, part) for row, part in zip(rows, parts, strict=True)]
            part_refunds = [(item.line.order_refunded, item.group_buy.terms.currency) for item in items]
            part_total: Cell = (
                sum(minor for minor, _ in part_refunds) if currency else _each_currency(part_refunds)
            )
            totals = (*totals, part_total)
            # the dashboard's 下单金额 counts net of part refunds: the note says that figure
            gross = [(item.line.amount, item.group_buy.terms.currency) for item in counted]
            notes = (*notes, _net_of_part_refunds(gross, part_refunds, lang))
        if any(item.line.refunded_units for item in items):  # 部分退款 by units: how many went back, a column
            sheet_columns = (*sheet_columns, Column(t(lang, "console_col_refunded_units"), "number"))
            rows = [(*row, item.line.refunded_units or None) for row, item in zip(rows, items, strict=True)]
            totals = (*totals, sum(item.line.refunded_units for item in counted))
        sheets.append(Sheet(name, sheet_columns, tuple(rows), totals, currency, notes))
    return tuple(sheets)


def _added_by(row: tuple[_T, ...], cell: _T) -> tuple[_T, ...]:
    """The row with its "Added by" cell after "For" (`friend`): the organiser who made the line for a member
    (`代报 @Fay 1`, `participants.added_by`) or a guest's (`代报 王阿姨 2`), as the chat's export says it."""
    at = _FRIEND + 1
    return (*row[:at], cell, *row[at:])


def _kept(line: RosterLine) -> int:
    """A line's units as its Quantity says them: those kept, its units refunded by a part refund apart (in
    Refunded units), so a total never counts them, as it never counts a refunded order's (rep82 #12)."""
    return line.quantity - line.refunded_units


def _ordered(line: RosterLine) -> bool:
    """Whether a line counts in the export's totals: of an order that counts (not an open group buy's
    line, which is no order yet; not refunded nor cancelled; not of a group buy that sold nothing)."""
    return line.counts and line.payment is not Payment.NONE


def _net_of_part_refunds(
    gross: Sequence[tuple[int, str]], refunded: Sequence[tuple[int, str]], lang: str
) -> str:
    """`扣掉部分退款 ¥65 后是 ¥847，仪表盘的下单金额也这样算。`: the totals row is before part refunds
    (each order's whole amount, what was given back in its own column); the dashboard's figure is after.
    Amounts (minor units, currency) of several currencies: each currency apart (`¥5 + €2`)."""
    back = [(minor, currency) for minor, currency in refunded if minor]
    net = _each_currency([*gross, *((-minor, currency) for minor, currency in back)])
    return t(lang, "console_export_net_of_part_refunds", refunded=_each_currency(back), net=net)


def _left_out(items: Sequence[Line], lang: str) -> tuple[str, ...]:
    """Under the totals: the lines listed but not in them, with their amount (several currencies: each
    apart, `¥270 + €24`), as 名单 says `不含已退款、已取消的订单`."""
    said = []
    for payments, key in (
        ((Payment.REFUNDED, Payment.CANCELLED), "console_export_left_out_dropped"),
        ((Payment.NONE,), "console_export_left_out_open"),
    ):
        out = [item for item in items if item.line.payment in payments]
        if out:
            amount = _each_currency([(item.line.amount, item.group_buy.terms.currency) for item in out])
            said.append(t(lang, key, count=len(out), amount=amount))
    return tuple(said)


LEDGER_TIME = "%Y-%m-%d %H:%M"  # with its year: a ledger is read across years, and sorts as text


def ledger_sheet(
    entries: Sequence[tuple[GroupBuy, Order, Transaction]],
    lang: str,
    tz: ZoneInfo,
    names: Mapping[str, str] | None = None,
) -> Sheet:
    """Each posting of the orders' transactions, as an organiser or admin reads it: when (with the
    year), what happened (`订单 #6-1 已付款` / "Order #6-1 paid"), its kind, its order, whose account,
    the amount; then the ledger's own keys for tools (`order:6:paid`, `order_paid`,
    `buyer:42`), unchanged. `names`: members' names by user id (a sharer's or help-seller's
    commission account names them as the buyer's names the buyer)."""
    currency = _currency({p.currency for _, _, tx in entries for p in tx.postings})
    columns = (
        Column(t(lang, "console_col_when")),
        Column(t(lang, "console_col_description")),
        Column(t(lang, "console_col_kind")),
        Column(t(lang, "console_col_order")),
        Column(t(lang, "console_col_account")),
        Column(t(lang, "console_col_amount"), "money" if currency else "text"),
        Column(t(lang, "console_col_transaction_key")),
        Column(t(lang, "console_col_kind_code")),
        Column(t(lang, "console_col_account_key")),
    )
    rows: list[tuple[Cell, ...]] = [
        (
            tx.at.astimezone(tz).strftime(LEDGER_TIME),
            _described(tx, order, lang),
            t(lang, f"console_tx_{tx.kind.value}"),
            f"#{order.number}",
            _whose(posting.account, group_buy, order, lang, names or {}),
            _money(posting.amount, posting.currency, currency),
            tx.key,
            tx.kind.value,
            str(posting.account),
        )
        for group_buy, order, tx in entries
        for posting in tx.postings
    ]
    orders_only = (t(lang, "console_ledger_orders_only"),)  # a member's payouts are not orders' postings
    return Sheet(t(lang, "console_ledger"), columns, tuple(rows), (), currency, orders_only)


def _described(tx: Transaction, order: Order, lang: str) -> str:
    """What the transaction was, in words: `订单 #6-1 已付款`; a payment made again after one was undone
    (its key's round, `order:6:paid:2`) says which payment it is (a part refund's `order:6:part_refunded:3`
    is its place among the payments, no round)."""
    if tx.order_id is None:  # not an order's (a payout's): its kind says it
        return t(lang, f"console_tx_{tx.kind.value}")
    currency = tx.postings[0].currency if tx.postings else order.currency
    amount = moved(tx.kind.value, ((p.account.kind.value, p.amount) for p in tx.postings))
    picked_up = any(c.to_status is OrderStatus.FULFILLED and c.at == tx.at for c in order.history)
    return order_sentence(
        lang,
        tx.kind.value,
        str(order.number),
        key=tx.key,
        moved=amount,
        currency=currency,
        picked_up=picked_up,
    )


def _whose(account: Account, group_buy: GroupBuy, order: Order, lang: str, names: Mapping[str, str]) -> str:
    """The account in words, its member by name: the buyer and the organiser as the order names them
    (the ledger keeps their user id), anyone else (a sharer's or help-seller's commission) by their
    name as last seen (`names`), else by the id the ledger keeps."""
    own = {
        AccountKind.BUYER: order.buyer_name if account.member == order.buyer_id else "",
        AccountKind.ORGANISER: group_buy.organiser_name if account.member == group_buy.organiser_id else "",
    }
    name = own.get(account.kind) or names.get(account.member) or account.member
    return t(lang, f"console_account_{account.kind.value}", name=name)


def _file(content: bytes, kind: str, name: str) -> Response:
    filename = f"{name}.{kind}"
    disposition = f"attachment; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
    headers = {"content-disposition": disposition, "cache-control": "no-store"}
    return Response(content, media_type=KINDS[kind], headers=headers)


def _name(what: str, where: OrderFilter) -> str:
    return what + (f"-{where.group_buy}" if where.group_buy is not None else "")


@router.get("/export/orders.{kind}")
async def export_orders(request: Request, kind: str, who: Organiser) -> Response:
    if kind not in KINDS:
        raise NotFoundHere()
    console = console_of(request)
    lang = language(request, console.default_language)
    where = OrderFilter.of(request.query_params)
    found = await order_lines.select(console, who, where, lang)
    if found.errors:  # no file of nothing: the export page, saying which filter named nothing
        return render(request, "export.html", status=422, found=found, filters=where.query())
    if kind == "xlsx":
        return _file(xlsx(order_sheets(found.lines, lang, by_pickup=True)), kind, _name("orders", where))
    content = csv_bytes(order_sheets(found.lines, lang, by_pickup=False)[0])
    return _file(content, kind, _name("orders", where))


@router.get("/export/ledger.{kind}")
async def export_ledger(request: Request, kind: str, who: Organiser) -> Response:
    if kind not in KINDS:
        raise NotFoundHere()
    console = console_of(request)
    lang = language(request, console.default_language)
    where = OrderFilter.of(request.query_params)
    found = await order_lines.select(console, who, where, lang)
    if found.errors:
        return render(request, "export.html", status=422, found=found, filters=where.query())
    entries = await order_lines.ledger_of(console, found.orders)
    members = sorted({p.account.member for _, _, tx in entries for p in tx.postings if p.account.member})
    async with console.app.uow_factory() as uow:
        names = await uow.console_people.names(members)
    sheet = ledger_sheet(entries, lang, console.app.tz, names)
    content = xlsx((sheet,)) if kind == "xlsx" else csv_bytes(sheet)
    return _file(content, kind, _name("ledger", where))
