"""Orders: the lines of the person's group buys, filtered, and what an organiser does to an order.

Mark paid is the chat's `/paid 12-3` (已收: the offline confirmation; the buyer gets their pickup code),
refund `/refund 12-3` (one, or each ticked order in turn: each its own transaction, so one refused
leaves the others done), picked up `/pickedup 12-3`, 撤销已收 `/unpaid 12-3` (a mistaken 已收 undone),
Cancel `/cancel 12-3` (an unpaid order dropped: a buyer who backed out; a page asks first), Restore
`/restore 12-3` (恢复订单: an order cancelled unpaid, or lapsed, waits for payment again; its buyer told);
a refund is asked first too (one or the ticked ones, listed), with an optional reason told to the buyer as
the chat's `/refund 12-3 wrong size` tells it;
each run in the group buy's chat as the person (`chat_commands.run_typed`), so the buyer and the card
hear of it as from the chat, and each audited.
A pickup code is verified on `/pickup` (the form here posts there).
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console import order_lines
from bot.console.actions import Where, on_the_page, platform_of
from bot.console.auth import NotFoundHere, Organiser
from bot.console.batch_notices import BatchNotices, Held
from bot.console.chat_commands import run_typed
from bot.console.deps import Console, console_of
from bot.console.forms import CsrfForm
from bot.console.group_buys import own_group_buy
from bot.console.order_lines import OrderFilter
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import net_of_part_refund, page_refusal
from commerce.domain.collecting import is_reported
from commerce.domain.console import AuditFilter, Principal
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import SYMBOLS, format_money, names_another_currency, parse_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.roster import Payment, RosterLine
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from commerce.services import payouts as payout_service
from commerce.services.order_cancel import check_cancellable
from commerce.services.unpaying import commission_earned
from handlers.commission_notices import commission_named, commission_taken_back_said
from handlers.context import Context
from handlers.parsing.commands import MAX_REFUND_REASON
from handlers.parsing.numbers import order_number
from handlers.parsing.refunds import option_sold, options_held
from handlers.refund_commission import commission_back_said
from handlers.registry import HANDLERS
from handlers.texts import status_text, t
from handlers.texts import units as unit_texts
from handlers.texts.paying import paid_said
from handlers.types import Reply

router = APIRouter()
MAX_BATCH = 200
MAX_FLASH = 1500  # characters: the flash rides in the session cookie
# The console's action -> (the chat command, the audit log's action, the catalog key of "done").
ACTIONS = {
    "paid": ("/paid", "order.paid", "console_order_paid"),
    "refund": ("/refund", "order.refund", "console_order_refunded"),
    "unpaid": ("/unpaid", "order.unpaid", "console_order_unpaid"),  # 撤销已收: a mistaken 已收 undone
    "picked-up": ("/pickedup", "order.picked_up", "console_order_picked_up"),
    "cancel": ("/cancel", "order.cancel", "console_order_cancelled"),  # an unpaid order dropped (asked first)
    "restore": ("/restore", "order.restore", "console_order_restored"),  # 恢复订单: cancelled, brought back
}
# "Done" for several orders at once: each buyer was told (picking up ticks each on the card).
DONE_EACH = {
    "paid": "console_order_paid_each",
    "refund": "console_order_refunded_each",
    "unpaid": "console_order_unpaid_each",
    "cancel": "console_order_cancelled_each",
    "restore": "console_order_restored_each",
    "picked-up": "console_order_picked_up_each",
}
TOLD_ONCE = frozenset({"paid", "refund", "unpaid", "picked-up"})  # an admin's batch: told its organiser once
ASKED_FIRST = frozenset({"cancel"})  # done only from the page that asked (`confirm=yes`)
_RECEIVED = re.compile(r"\d{1,9}-\d{1,9}:\d{1,12}")  # a short report's row button: `1-2:10000`
_ONCE = re.compile(r"[A-Za-z0-9_-]{8,32}")  # the refund form's token (`secrets.token_urlsafe(12)`)
REFUNDABLE = (OrderStatus.PAID, OrderStatus.FULFILLED)  # a refund's page lists these (others: refused after)


def received_unpaid(order: Order | None) -> int:
    """What the organiser recorded received of an unpaid order (只收到 ¥10 of ¥30: 1000), which a refund
    gives back as the chat's `退款 1-2` does (rep81 #2); 0 for any other order."""
    if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return 0
    return order.received_amount if 0 < order.received_amount < order.total else 0


def payment_seen(order: Order) -> str:
    """What a row's payment buttons were drawn for (its hidden `seen_12-3`): the order's status, what the
    organiser recorded received, and the buyer's report standing then (its time and amount). A Mark paid
    or 只收到 sent from a page whose order reads otherwise now is stale (rep101 #1): refused, nothing done."""
    reported = order.reported_paid_at
    stamp = "" if reported is None else str(int(reported.timestamp() * 1_000_000))
    return f"{order.status.value}.{order.received_amount}.{order.reported_amount}.{stamp}"


def refund_seen(order: Order) -> str:
    """What a refund page was drawn for (its hidden `seen_12-3`): the order's status and its money moves.
    A refund confirmed from a page whose order reads otherwise now (a colleague's refund since) is stale:
    refused with what can be refunded now, nothing done, never a different amount given back unsaid."""
    return f"{order.status.value}.{len(order.payments)}.{order.paid_amount}.{order.received_amount}"


class RefundStale(Exception):
    """A refund confirmed from a page its order has moved on from since (`refund_seen`): what is true now."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


def _refund_stale(order: Order, seen: str, once: str) -> bool:
    """Whether a refund page's confirm is stale: the order still refundable (else the refusal says why),
    reading otherwise than its page saw, and not by this very form's own refund (sent twice: the
    service's answer that it was done once)."""
    if not seen or not _refundable_order(order) or refund_seen(order) == seen:
        return False
    return not (once and any(p.reference.endswith(f":console-{once}") for p in order.payments))


def _refund_stale_said(lang: str, order: Order) -> str:
    """`你打开这页后，订单 #3-2（Cat）可退的金额已被改成 ¥10；看过后再退款（没有任何改动）。`"""
    left = received_unpaid(order) or order.paid_amount
    return t(
        lang,
        "console_refund_stale",
        order=order.number,
        name=order.buyer_name,
        left=format_money(left, order.currency),
    )


def _stale_said(lang: str, order: Order) -> str:
    """A stale Mark paid / 只收到 refused with what is true of the order now (`现在已收 ¥10，还差 ¥20…`)."""
    money = {
        "total": format_money(order.total, order.currency),
        "received": format_money(order.received_unpaid, order.currency),
        "gap": format_money(order.total - order.received_unpaid, order.currency),
        "name": order.buyer_name,
        "reported": format_money(order.reported_amount or order.total, order.currency),
    }
    if order.status is not OrderStatus.PENDING_PAYMENT:
        now = t(lang, "console_stale_now_status", status=status_text(lang, order.status), **money)
    elif order.received_unpaid:
        now = t(lang, "console_stale_now_received", **money)
    else:
        now = t(lang, "console_stale_now_nothing", **money)
    if order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None:
        now += t(lang, "console_stale_now_reported", **money)
    return t(lang, "console_order_stale", order=order.number, name=order.buyer_name, now=now)


def _refundable_order(order: Order) -> bool:
    """Whether a refund's page lists `order`: paid or picked up, or unpaid with part received (只收到)."""
    return order.status in REFUNDABLE or received_unpaid(order) > 0


@router.get("/orders")
async def order_list(request: Request, who: Organiser) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    where = OrderFilter.of(request.query_params)
    found = await order_lines.select(console, who, where, lang)
    orders = {item.line.order: item.order for item in found.lines if item.order is not None}  # by number
    nets = _row_nets(found.lines)  # rows of orders units were refunded of: each row's net (rep91 #8)
    currency = {id(item): item.group_buy.terms.currency for item in found.lines}
    shown = [
        {
            "gb": item.group_buy,
            "line": item.line,
            "quantity": unit_texts.quantity(item.line.quantity, item.group_buy.terms.unit, lang)  # `3 kg`
            + (  # 部分退款 by units: `2 (1 refunded)`, as the card's line (rep80 #3)
                t(lang, "card_line_units_refunded", count=item.line.refunded_units)
                if item.line.refunded_units
                else ""
            ),
            "order": item.order,
            "amount": (
                net_of_part_refund(lang, currency=currency[id(item)], **nets[id(item)])
                if id(item) in nets
                else _amount(item.line, currency[id(item)], lang, _item_refunded(item, orders, lang))
            ),
            "total": _total(item.line, item.group_buy.terms.currency),
            "status": _status(item.line, item.group_buy.terms.currency, lang, item.order),
            "group": item.group,  # the group the line was made in (a help-sold buyer's), as the exports say
            "received": _received_buttons(item.order, lang),  # a short report: all of it, or the part
            "held": received_unpaid(item.order) > 0,  # 只收到 ¥10, unpaid: its Refund gives it back
            "seen": payment_seen(item.order) if item.order is not None else "",  # stale taps refused
        }
        for item in found.lines
    ]
    back = _listed(where)
    return render(
        request, "orders.html", status=422 if found.errors else 200, lines=shown, found=found,
        filters=where.query(),
        statuses=order_lines.STATUSES, back=back, kept=back.removeprefix("/orders"),
        totals=_totals(found.lines, lang), once=secrets.token_urlsafe(12),
    )  # fmt: skip


def _received_buttons(order: Order | None, lang: str) -> list[tuple[str, str]]:
    """A short report's row buttons in place of Mark paid, each (value, label): `1-2:17600` "全部收到
    ¥176" and `1-2:10000` "只收到 ¥100", as the chat's report offers them; [] for any other order."""
    if order is None or not _reported_short(order):
        return []
    full, part = order.total, order.reported_amount
    return [
        (
            f"{order.number}:{full}",
            t(lang, "console_btn_received_full", total=format_money(full, order.currency)),
        ),
        (
            f"{order.number}:{part}",
            t(lang, "console_btn_received_part", amount=format_money(part, order.currency)),
        ),
    ]


def _status(line: RosterLine, currency: str, lang: str, order: Order | None = None) -> str:
    """`未付款`; one the organiser received part of (只收到 ¥10): `未付款（已收 ¥10，还差 ¥10）`; one reported
    short: `已报付款（报了 ¥5，还差 ¥15）`. Money received while unpaid and given back since (只收到 ¥50,
    退款 ¥20) said too, whatever the order's status now: `未付款（收到 ¥50，已退 ¥20，已收 ¥30，还差 ¥30）`,
    `已付款（之前只收到 ¥50，已退 ¥20）`."""
    back = order.received_refunded if order is not None else 0
    if order is not None and back:
        kept = order.received_amount if 0 < order.received_amount < order.total else 0
        money = {"came": format_money(kept + back, currency), "back": format_money(back, currency)}
        if line.payment is Payment.UNPAID and line.reported_gap and kept:
            return t(
                lang,
                "console_payment_unpaid_part_refunded",
                **money,
                received=format_money(line.reported_amount, currency),
                gap=format_money(line.reported_gap, currency),
            )
        plain = _status(line, currency, lang)
        return t(lang, "console_payment_received_refunded", status=plain, **money)
    if line.payment is Payment.UNPAID and line.reported_gap:
        return t(
            lang,
            "console_payment_unpaid_part",
            received=format_money(line.reported_amount, currency),
            gap=format_money(line.reported_gap, currency),
        )
    if line.payment is Payment.REPORTED and line.reported_received and line.order_total is not None:
        return t(  # reported in full, part of it received (只收到 1-2 50 typed on her report, s36 #4)
            lang,
            "console_payment_reported_received",
            reported=format_money(line.order_total, currency),
            received=format_money(line.reported_received, currency),
            gap=format_money(line.order_total - line.reported_received, currency),
        )
    if line.payment is Payment.REPORTED and line.reported_gap:  # reported short: held back by Mark paid
        return t(
            lang,
            "console_payment_reported_short",
            reported=format_money(line.reported_amount, currency),
            gap=format_money(line.reported_gap, currency),
        )
    return t(lang, f"console_payment_{line.payment.value}")


def _totals(lines: Sequence[order_lines.Line], lang: str) -> str:
    """What the rows shown add up to (`筛出 3 行，合计 ¥150`), each currency apart; refunded and cancelled
    lines, and those of a group buy that sold nothing, left out as the list's own totals leave them; an
    open group buy's lines (no orders yet) left out too and said apart, as the export says them (rep98 #7);
    net of part refunds (部分退款), said apart (`合计 ¥84（已退 ¥24 已扣除；…）`) as the export nets them."""
    if not lines:
        return ""
    sums: dict[str, int] = {}
    parts: dict[str, int] = {}
    open_sums: dict[str, int] = {}  # an open group buy's lines: no orders yet, said apart (rep98 #7)
    open_count = 0
    for item in lines:
        currency = item.group_buy.terms.currency
        sums.setdefault(currency, 0)
        if item.line.payment is Payment.NONE:
            open_count += 1
            open_sums[currency] = open_sums.get(currency, 0) + item.line.amount
            continue
        if not item.line.counts:
            continue
        sums[currency] += item.line.amount - item.line.order_refunded
        if item.line.order_refunded:
            parts[currency] = parts.get(currency, 0) + item.line.order_refunded
    total = " + ".join(format_money(amount, currency) for currency, amount in sorted(sums.items()))
    if not parts:
        said = t(lang, "console_orders_totals", count=len(lines), total=total)
    else:
        refunded = " + ".join(format_money(amount, currency) for currency, amount in sorted(parts.items()))
        said = t(lang, "console_orders_totals_part", count=len(lines), total=total, refunded=refunded)
    if not open_count:
        return said
    pending = " + ".join(format_money(amount, currency) for currency, amount in sorted(open_sums.items()))
    return said + t(lang, "console_orders_totals_open", count=open_count, amount=pending)


def _listed(where: OrderFilter) -> str:
    """The orders page filtered as `where`: only the filters chosen (`/orders?group_buy=6`)."""
    chosen = {name: value for name, value in where.query().items() if value}
    return "/orders" + (f"?{urlencode(chosen)}" if chosen else "")


def _back(request: Request, form: dict[str, str]) -> str:
    """Where to go after an action: the list as it was filtered. The page's `back` (only a path of the
    orders page), else the filter its action's address carries (`/orders/paid?group_buy=6`), else the
    page it was posted from (a form sent without its `back`), else the whole list."""
    back = form.get("back", "")
    if back.startswith("/orders") and "//" not in back and "\\" not in back:
        return back
    if request.url.query:
        return _listed(OrderFilter.of(request.query_params))
    came_from = urlsplit(request.headers.get("referer", ""))
    if came_from.path == "/orders" and came_from.netloc in ("", request.url.netloc):
        return _listed(OrderFilter.of(dict(parse_qsl(came_from.query))))
    return "/orders"


async def _act(
    console: Console,
    who: Principal,
    action: str,
    number: str,
    lang: str,
    batch: BatchNotices | None = None,
    taken_back: dict[str, list[tuple[str, str]]] | None = None,
    reason: str = "",
    amount: str = "",
    once: str = "",
    again: bool = False,
    received: int | None = None,
    units: tuple[str, str] | None = None,
    commission_said: list[str] | None = None,
    received_said: list[str] | None = None,
    seen: str = "",
    settles: bool = False,
) -> str | None:
    """Run one action on the order `number` (`12-3`); None when done, else why not (a sentence).
    `units` (a refund, its form's Option and Count, s37): that option's units, as the chat's
    `退款 1-2 大盒 1` (a count of "": all of that option's), never an amount;
    `commission_said` (a whole refund): the sentences naming the commission it took back, and what an
    earner paid out already owes now, as the chat's `退款 1-2` answer says them, added to;
    `received_said` (a refund of an unpaid order with part received, 只收到): the page's word on the money
    given back, as the chat's answer says it, added to.
    `batch`: what its organiser is told is her batch's one notice, written held back in this order's
    transaction (`batch_notices`);
    `taken_back` (Undo paid): the commission an undone payment took back, by order number, each
    earner's name and her commission as the page says it (`Cat`, `Cat 的帮卖佣金 ¥30`);
    `reason` (a refund): told to the buyer, as the chat's `/refund 12-3 wrong size` tells it;
    `amount` (a refund, its form's Amount): that much of it (部分退款), "" the whole order; `once`: the
    form's own token, as a chat message's id, so the same form sent twice refunds once; `again` (its
    box, ticked after `AskedAgain`): the same part refund again within 10 minutes, as `退款 1-2 78 确认`;
    `received` (Mark paid of a short report, its row's buttons): that much came, in minor units, as the
    chat's `已收 1-2 ¥176` (all of it) or `已收 1-2 ¥100` (the part reported: 只收到);
    `seen` (Mark paid, 只收到): what the row's page saw of the order (`payment_seen`); an order that
    reads otherwise now is refused with what is true now, nothing done ("": not checked); a refund's,
    what its page saw (`refund_seen`): moved on since, `RefundStale`, nothing done; `settles`
    (a typed 只收到 of exactly what is left after a part received): recorded as the rest received, the
    order paid, as the chat's `已收 1-2 ¥20` of it."""
    command, audited, _ = ACTIONS[action]
    try:
        parsed = order_number(number)
    except (DomainError, ValueError):  # too long for any order, or no number (a hand-made form)
        return t(lang, "console_order_not_a_number", order=_clipped(number))
    if parsed.group_buy_id is None:  # the console names orders in full (`12-3`)
        return _refusal(lang, who, DomainError("order_not_found", order=number))
    try:
        row = await own_group_buy(console, who, parsed.group_buy_id)
    except NotFoundHere:  # not theirs: as one that does not exist
        return _refusal(lang, who, DomainError("order_not_found", order=number))

    async def order_of(uow: UnitOfWork) -> Order | None:
        for order in await uow.orders.for_group_buy(row.id):
            if order.seq == parsed.seq:
                return order
        return None

    async with console.app.uow_factory() as uow:
        found = await order_of(uow)
        before = None if found is None else found.status.value
        option_typed = units[0] if action == "refund" and units is not None else ""
        if option_typed and found is not None and _refundable_order(found):
            bought = await uow.group_buys.get(row.id)  # an Option its form never offers (a hand-made form)
            if bought is not None and not option_sold(bought, option_typed):
                raise UnitsRefused(_not_sold(lang, bought, option_typed))
        named: list[tuple[str, str]] = []  # Undo paid: the commission its payment credited, taken back
        if taken_back is not None and found is not None and found.id is not None:
            earned = await commission_earned(uow, found)
            named = await commission_named(uow, platform_of(console.app, who), found, earned, lang)
        if action == "paid" and seen and found is not None and payment_seen(found) != seen:
            if once:  # this page's own 只收到 sent again: said as recorded once (rep98 #1)
                try:
                    await _part_once(uow, f"order:{found.id}", once, found, lang)
                except PartOnce as repeated:
                    return repeated.said
            return _stale_said(lang, found)  # the chat (or another page) answered it since (rep101 #1)
        if action == "refund" and found is not None and _refund_stale(found, seen, once):
            raise RefundStale(_refund_stale_said(lang, found))  # a colleague refunded since its page
    if action == "paid" and received is None and found is not None and _reported_short(found):
        return _short_said(lang, found)  # held back, as the chat's bare 已收 asks first: nothing run

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        order = await order_of(uow)  # the subject as the API writes it: the order's id (`order:2`)
        subject = f"order:{order.id}" if order is not None else f"order:{parsed}"
        after: dict[str, str | None] = {"status": None if order is None else order.status.value}
        part = _part_audited(found, order, received)
        if (
            part is not None
        ):  # 只收到 (rep78 #6): its own action, the amount and what was received before/after
            was, now = part
            if once and action == "paid":  # the page's key: the same page sent again records it once
                await _part_once(uow, subject, once, found, lang)
                now[ONCE_KEY] = once
            await audit_log.audit(
                uow, who, "order.part_paid", subject, now=console.app.clock.now(), before=was, after=now
            )
            return
        prior: dict[str, str | None] = {"status": before}
        if action == "refund" and order is not None and order.payments:  # how much it gave back
            last = order.payments[-1]
            if last.kind in ("refunded", "part_refunded", "received_refunded"):
                after["amount"] = format_money(-last.amount, order.currency)
            if last.kind == "received_refunded" and found is not None:  # 只收到 money: held before/after
                prior["received"] = format_money(received_unpaid(found), order.currency)
                after["received"] = format_money(order.received_amount, order.currency)
        if reason:
            after["reason"] = reason
        await audit_log.audit(
            uow, who, audited, subject, now=console.app.clock.now(), before=prior, after=after,
        )  # fmt: skip

    written: dict[str, Held] = {}

    async def handler(ctx: Context) -> list[Reply]:
        if once and action == "paid" and received is not None:  # 只收到: the page's key claimed first
            await _claim_part(ctx.uow, once, number, received, lang, order_of)
        ctx.organisers_told_later = None if batch is None else []
        ctx.page_lang = lang  # the answer is the flash's: not also sent to her privately (`on_the_page`)
        if reason:  # the form's reason, as typed after the number in the chat (never parsed as more numbers)
            ctx.command = replace(ctx.command, note=reason)
        if action == "refund" and units is not None:  # `退款 1-2 大盒 1`, its reason after, as typed
            ctx.command = replace(ctx.command, note=" ".join(part for part in (*units, reason) if part))
        elif action == "refund":  # its Amount field ("": the whole); the reason is never read for one
            ctx.refund_amount = amount
            if once:  # the form sent twice (a double click, a reload): one part refund (its message id)
                ctx.request = replace(ctx.request, message_id=f"console-{once}")
            if again:  # its box ticked: the same amount again, soon after the last
                ctx.command = replace(ctx.command, confirmed=True)
        if action == "cancel":  # its page asked, warning of a buyer's report of paying: `/cancel 1-4 confirm`
            ctx.command = replace(ctx.command, confirmed=True)
        back = (
            None  # a whole refund: the commission it takes back, said as the chat's answer says it (rep82 #7)
        )
        if action == "refund" and not amount and commission_said is not None:
            order = await order_of(ctx.uow)
            if (
                order is not None
                and order.id is not None
                and order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
            ):
                back = await commission_back_said(ctx, order, await commission_earned(ctx.uow, order))
        replies = on_the_page(ctx, await HANDLERS[ctx.command.name](ctx))
        if action == "refund" and received_said is not None and received_unpaid(found) and ctx.page_text:
            received_said.append(ctx.page_text)  # 只收到 ¥10 given back: what is received and owed now
        if back is not None and commission_said is not None:
            commission_said.append(back(lang))
        elif (  # by amount or units: the commission named as the chat's answer names it
            action == "refund"
            and commission_said is not None
            and ctx.page_commission
            and ctx.page_commission not in commission_said
        ):
            commission_said.append(ctx.page_commission)
        if commission_said is not None and ctx.page_blocked and ctx.page_blocked not in commission_said:
            commission_said.append(ctx.page_blocked)  # an open payout it leaves uncovered: on hold, not owed
        if batch is not None and ctx.organisers_told_later:  # her notice, in this order's transaction
            written.update(await batch.write(ctx, ctx.organisers_told_later))
        return replies

    try:
        typed, where = f"{command} {number}", Where(row.chat_id)
        if received is not None and found is not None:  # `/paid 1-2 ¥100`: the chat checks it
            typed += f" {format_money(received, found.currency)}"
            if not _reported_short(found) and not settles:
                typed += " only"  # its row's 只收到, nobody reported: as the chat's `只收到 1-2 100`
        await run_typed(console, who, typed, where, audit=audit, about=row.id, handler=handler)
    except PartOnce as repeated:  # 只收到 from the same page again: nothing recorded (rep98 #1)
        return repeated.said
    except DomainError as refusal:
        if refusal.code == "refund_part_twice":  # its form again, with the box to tick
            raise AskedAgain(_refusal(lang, who, refusal)) from refusal
        if refusal.code in _UNITS_REFUSED and units is not None:  # the error by Count, nothing changed
            raise UnitsRefused(_refusal(lang, who, refusal)) from refusal
        if refusal.code in ("refund_part_over", "refund_other_currency", "refund_received_over") and amount:
            left = str(refusal.params.get("left", refusal.params.get("received", "")))  # the error by Amount
            said = _refusal(lang, who, refusal)
            raise AmountRefused(
                said,
                left,
                as_said=refusal.code == "refund_other_currency",
                received=refusal.code == "refund_received_over",
            ) from refusal
        return _refusal(lang, who, refusal)
    if batch is not None:
        batch.committed(written)
    if named and taken_back is not None:  # taken back with the payment
        taken_back[number] = named
    return None


ONCE_KEY = "form"  # a 只收到's audit entry: the orders page's key it was sent from (never shown)


class PartOnce(Exception):
    """只收到 sent again from the same orders page (a double click, back and send again): recorded once."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


async def _claim_part(
    uow: UnitOfWork,
    once: str,
    number: str,
    received: int,
    lang: str,
    order_of: Callable[[UnitOfWork], Awaitable[Order | None]],
) -> None:
    """Claim the orders page's key `once` for a 只收到 of order `number`, before anything is written
    (race-free: of two sent at the same moment, the second waits for the first to commit, then finds
    it claimed); raise `PartOnce` when it was claimed already: nothing recorded, the page told what the
    first recorded and what the order stands at now (rep98 #1). The claim keeps the amount it recorded."""
    key = f"console:part:{once}:{number}"
    if await uow.updates.claim(key):
        await uow.updates.save_answer(key, str(received))
        return
    order = await order_of(uow)  # as the first left it
    first = await uow.updates.answer(key) or ""
    if order is None:
        return
    recorded = int(first) if first.isdigit() else received
    got = order.received_unpaid
    raise PartOnce(
        t(
            lang,
            "console_part_received_repeat",
            order=order.number,
            amount=format_money(recorded, order.currency),
            received=format_money(got, order.currency),
            gap=format_money(order.total - got, order.currency),
        )
    )


async def _part_once(uow: UnitOfWork, subject: str, once: str, found: Order | None, lang: str) -> None:
    """Raise `PartOnce` (the change rolled back) when the orders page of key `once` recorded a part
    received of this order already, as the refund form's key refunds once (rep98 #1): the audit log's
    word, after the change, for a page older than the claims kept (`_claim_part` claims it first)."""
    entries = await uow.console.audit_entries(AuditFilter(action="order.part_paid", subjects=(subject,)))
    done = next((entry for entry in entries if entry.after.get(ONCE_KEY) == once), None)
    if done is None or found is None:
        return
    got = found.received_unpaid
    raise PartOnce(
        t(
            lang,
            "console_part_received_repeat",
            order=found.number,
            amount=str(done.after.get("amount", "")),
            received=format_money(got, found.currency),
            gap=format_money(found.total - got, found.currency),
        )
    )


SHOWN_OPTION = 24  # characters of an option said back: a hand-made form's may be any length


def _not_sold(lang: str, group_buy: GroupBuy, option: str) -> str:
    """A refund form's Option the group buy does not sell (s39: once answered as a refund asked in
    words): `团 #1 粽子 没有“中盒”这个规格，只卖 大盒 / 小盒…`; one without options says it has none."""
    named = option if len(option) <= SHOWN_OPTION else option[: SHOWN_OPTION - 1] + "…"
    about = {"id": group_buy.id, "title": group_buy.terms.title, "option": named}
    if not group_buy.terms.options:
        return t(lang, "console_refund_no_options", **about)
    sold = " / ".join(o.name for o in group_buy.terms.options)
    return t(lang, "console_refund_option_not_on_sale", options=sold, **about)


async def _part_typed(console: Console, who: Principal, number: str, typed: str, lang: str) -> int | str:
    """The amount typed beside an unpaid row's 只收到 button, in minor units; else what to say (none
    typed, or not an amount), nothing changed. An order not hers is left to `_act` to refuse."""
    typed = " ".join(typed.split())
    found = await _own_order(console, who, number)
    currency = found[0].currency if found is not None else "CNY"
    example = _part_example(found[0] if found is not None else None)  # below its total (rep78 #9)
    if not typed:
        return t(lang, "console_part_received_no_amount", order=_clipped(number), example=example)
    if names_another_currency(typed, currency):  # `$10`, `5元` of a € order: never read as its own money
        return t(
            lang,
            "console_part_received_other_currency",
            order=_clipped(number),
            amount=_clipped(typed),
            symbol=SYMBOLS.get(currency, currency),
            currency=currency,
            example=example,
        )
    try:
        return parse_money(typed, currency).minor
    except DomainError as refusal:
        if refusal.code == "price_too_large" and found is not None:  # an amount, only more than it owes
            order = found[0]  # (rep98 #9: never "not an amount"): the most it can be said
            owed = order.total - order.received_unpaid
            return t(
                lang,
                "console_part_received_too_large",
                order=order.number,
                amount=_clipped(typed),
                total=format_money(order.total, currency),
                gap=format_money(owed, currency),
                example=example,
            )
        return t(
            lang,
            "console_part_received_not_amount",
            order=_clipped(number),
            amount=_clipped(typed),
            example=example,
        )


def _part_example(order: Order | None) -> str:
    """An amount to type beside 只收到: half of what the order comes to, in whole units, never the whole
    (which 只收到 refuses); `50` where the order is not read."""
    if order is None or order.total <= 1:
        return "50"
    unit = 100 if order.total >= 200 else 1
    return format_money(max(order.total // 2 // unit * unit, 1), order.currency)


def _part_audited(
    was: Order | None, order: Order | None, received: int | None
) -> tuple[dict[str, str | None], dict[str, str | None]] | None:
    """A Mark paid that recorded only a part received (只收到 ¥20; the order unpaid still): what its
    audit entry says before and after, the amount and the received amount (`{"received": "¥0"}`,
    `{"amount": "¥20", "received": "¥20"}`); None for any other (a payment in full: `order.paid`)."""
    if received is None or was is None or order is None or order.status is not OrderStatus.PENDING_PAYMENT:
        return None
    got = order.received_part or order.reported_amount or order.received_amount
    before = was.received_part
    status = order.status.value
    return (
        {"status": was.status.value, "received": format_money(before, order.currency)},
        {
            "status": status,
            "amount": format_money(received, order.currency),
            "received": format_money(got, order.currency),
        },
    )


def _reported_short(order: Order) -> bool:
    """Its buyer reported paying less than it comes to, not confirmed yet: never marked paid in full
    by a bare Mark paid (the chat's bare `已收 1-2` asks first)."""
    return is_reported(order) and 0 < order.reported_amount < order.total


def _short_said(lang: str, order: Order) -> str:
    """Why a short report was not marked, with its gap and the row's two buttons that record it."""
    return t(
        lang,
        "console_order_paid_short",
        order=order.number,
        name=order.buyer_name,
        amount=format_money(order.reported_amount, order.currency),
        total=format_money(order.total, order.currency),
        gap=format_money(order.total - order.reported_amount, order.currency),
    )


@router.get("/orders/cancel")
async def cancel_form(request: Request, who: Organiser) -> Response:
    """Cancelling an unpaid order tells its buyer and cannot be undone: this page asks first. An order
    that is not the person's, or is paid, cancelled or refunded already, is said so on the orders page."""
    console = console_of(request)
    lang = language(request, console.default_language)
    back = _back(request, {"back": request.query_params.get("back", "")})
    number = unicodedata.normalize("NFKC", request.query_params.get("order", "")).strip().lstrip("#")
    found = await _own_order(console, who, number)
    if found is None:
        flash(
            request,
            _refusal(lang, who, DomainError("order_not_found", order=_clipped(number) or "?")),
            error=True,
        )
        return RedirectResponse(back, status_code=303)
    try:
        check_cancellable(found[0])
    except DomainError as refusal:
        flash(request, _about(number, page_refusal(lang, refusal)), error=True)
        return RedirectResponse(back, status_code=303)
    return _cancel_page(request, found, back)


def _cancel_page(
    request: Request, found: tuple[Order, str], back: str, *, reason: str = "", error: str = ""
) -> Response:
    """The page asking before an order is cancelled, with its optional reason (told to the buyer, and
    to the organiser when an admin cancels, as `取消订单 1-4 不要了` tells it)."""
    order, title = found
    total = format_money(order.total, order.currency)
    reported = order.reported_paid_at is not None  # 我已付款, never confirmed: warned, then cancelled
    # 只收到 ¥40 of it: cancelling would lose that money's record, so it is refunded first (rep98 #8):
    # the page says what came and offers its Refund, never a Cancel that is then refused
    held = received_unpaid(order)
    received = format_money(held, order.currency) if held else ""
    return render(
        request, "order_cancel_form.html", status=422 if error else 200, order=order, title=title,
        total=total, back=back, reported=reported, reason=reason, error=error, limit=MAX_REFUND_REASON,
        received=received,
    )  # fmt: skip


def _about(number: str, why: str) -> str:
    """A refusal of order `number`, named once: `#1-1: …` unless it names the order itself (`订单 #1-1
    已经…`, or one too long to be any, `“99999999999…” 不是订单号`)."""
    if f"#{number}" in why or f"“{_clipped(number)}”" in why:
        return why
    return f"#{_clipped(number)}: {why}"


SHOWN_ORDER = 12  # characters of an order number said back: an order number is never longer


def _clipped(number: str) -> str:
    """`number` as a refusal says it back: cut short when too long to be any order's."""
    return number if len(number) <= SHOWN_ORDER else number[: SHOWN_ORDER - 1] + "…"


class AskedAgain(Exception):
    """The same part refund again within 10 minutes of the last (`refund_part_twice`): the refund form
    is shown again, its amount kept, with a box to tick to do it (the chat's `确认`)."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


_UNITS_REFUSED = frozenset(
    {
        "refund_option_units_over",
        "refund_option_units_left",
        "refund_option_units_left_all",
        "refund_option_none_left",
        "refund_option_money_left",
        "refund_option_not_held",
        "refund_option_none",
    }
)
_COUNT = re.compile(r"[1-9]\d{0,5}")


class UnitsRefused(Exception):
    """A refund of units from its form (Option and Count) the order cannot take: more than are left of
    it, an option it does not hold: the form again, 422, the error by Count, nothing changed."""

    def __init__(self, said: str) -> None:
        super().__init__(said)
        self.said = said


class AmountRefused(Exception):
    """A part refund's Amount the order cannot take (not a number, not above 0, above what is left, more
    decimals than the money has: `refund_part_over`; in another currency: `refund_other_currency`): the
    refund form is shown again, the error by the Amount field, the reason kept."""

    def __init__(self, said: str, left: str, *, as_said: bool = False, received: bool = False) -> None:
        super().__init__(said)
        self.said = said
        self.left = left
        self.as_said = as_said  # `$20` of a ¥ order: its currency named, never "not a number"
        self.received = received  # money received of an unpaid order (`refund_received_over`)


_NUMBER = re.compile(r"[-+−－]?\d+(?:\.\d*)?")


def _amount_said(lang: str, amount: str, refused: AmountRefused) -> str:
    """What the Amount field says of `amount` refused: not a number (`abc`) named so, else the range."""
    plain = unicodedata.normalize("NFKC", amount).replace(",", "").strip().strip("¥$元块 ")
    if (
        refused.received
        and _NUMBER.fullmatch(plain)
        and float(plain.replace("−", "-").replace("－", "-")) <= 0
    ):
        # `-5`, `¥0` of money received (只收到 ¥40): never "at most ¥40" for it (rep98 #9)
        return t(lang, "console_refund_amount_not_positive", typed=_clipped(amount), left=refused.left)
    if refused.as_said or _NUMBER.fullmatch(plain):
        return refused.said
    return t(lang, "console_refund_amount_not_a_number", typed=_clipped(amount), left=refused.left)


def _refusal(lang: str, who: Principal, refusal: DomainError) -> str:
    """A refusal of an order action as the page says it; to an admin, who sees every group buy's
    orders, an order that does not exist is not one "in your group buys"."""
    if refusal.code == "short_typed_whole":  # in the console: its button, never a chat command (rep78 #9)
        said = refusal.params
        return t(
            lang,
            "console_short_typed_whole",
            order=said["order"],
            name=said["name"],
            total=said["total"],
            amount=said["amount"],
        )
    if refusal.code == "short_typed_adds_to_whole":  # in the console: its row's button (rep101 #2)
        said = refusal.params
        return t(
            lang,
            "console_short_typed_adds_to_whole",
            order=said["order"],
            name=said["name"],
            total=said["total"],
            received=said["received"],
            amount=said["amount"],
            sum=said["sum"],
        )
    if refusal.code == "order_not_found" and who.is_admin:
        return t(lang, "console_order_not_found_admin", order=_clipped(str(refusal.params.get("order", "?"))))
    return page_refusal(lang, refusal)


async def _refundable(
    console: Console, who: Principal, numbers: Sequence[str], lang: str
) -> list[dict[str, Any]]:
    """Of `numbers`, the person's orders a refund would take, as its page lists them (number, group buy,
    buyer, total with what part refunds gave back, what is left to refund; one alone: the options it
    holds, its form's Option field)."""
    listed: list[dict[str, Any]] = []
    for number in numbers:
        found = await _own_order(console, who, number)
        if found is not None and _refundable_order(found[0]):
            order, title = found
            left = format_money(order.paid_amount, order.currency)
            about = {"order": number, "title": title, "name": order.buyer_name}
            if received_unpaid(order):  # 只收到 ¥10 of ¥30: that ¥10 is what it gives back, as the chat's
                left = format_money(received_unpaid(order), order.currency)
                total = format_money(order.total, order.currency)
                line = t(lang, "console_refund_item_received", total=total, received=left, **about)
                listed.append(
                    {
                        "number": number,
                        "line": line,
                        "left": left,
                        "part": "1",
                        "options": [],
                        "seen": refund_seen(order),
                    }
                )
                continue
            if order.refunded_part:  # `¥156 · 已退 ¥78 · 可退 ¥78`: each once (s35 #5)
                refunded = format_money(order.refunded_part, order.currency)
                total = format_money(order.paid_in_full or order.total, order.currency)
                item = _refunded_item(order, title)  # `大盒 ×1 已退 ¥30`: what it gave back (rep78 #11)
                if item:
                    line = t(
                        lang,
                        "console_refund_item_part_item",
                        total=total,
                        item=item,
                        refunded=refunded,
                        left=left,
                        **about,
                    )
                else:
                    line = t(
                        lang, "console_refund_item_part", total=total, refunded=refunded, left=left, **about
                    )
            else:
                line = t(lang, "console_refund_item", total=paid_said(lang, order), **about)
            held: list[str] = []
            if len(numbers) == 1:  # its Option field: the options this order holds (s37)
                async with console.app.uow_factory() as uow:
                    bought = await uow.group_buys.get(order.group_buy_id)
                held = options_held(order, bought) if bought is not None else []
            listed.append(
                {
                    "number": number,
                    "line": line,
                    "left": left,
                    "part": "1" if order.refunded_part else "",
                    "options": held,
                    "seen": refund_seen(order),
                }
            )
    return listed


async def _uncovered(console: Console, who: Principal, numbers: Sequence[str], lang: str) -> list[str]:
    """To an admin (who decides payouts), before she confirms: each open payout the refund of these
    orders would leave more than its member earned (the commission it takes back sits in it), which
    payout and how much: once refunded it can only be rejected, as the payouts page then says. One order
    (the page has its Amount: a part refund takes back only its share) is said as if refunded whole, with
    what is left (rep57 #3: never as certain)."""
    if not who.is_admin:
        return []
    orders = [own[0] for number in numbers if (own := await _own_order(console, who, number))]
    refundable = [o for o in orders if o.status in REFUNDABLE]
    async with console.app.uow_factory() as uow:
        found = await payout_service.uncovered_by_refund(uow, refundable)
    one = refundable[0] if len(refundable) == 1 else None
    return [
        t(
            lang,
            "console_refund_payout_uncovered" if one is None else "console_refund_payout_uncovered_if_whole",
            left="" if one is None else format_money(one.paid_amount, one.currency),
            name=u.payout.member_name,
            id=u.payout.id,
            amount=format_money(u.payout.amount, u.payout.currency),
            status=t(lang, f"console_payout_status_{u.payout.status.value}"),
            taken=format_money(u.taken, u.payout.currency),
            balance=format_money(u.balance, u.payout.currency),
        )
        for u in found
    ]


def _row_nets(lines: Sequence[order_lines.Line]) -> dict[int, dict[str, int]]:
    """Each row (by `id`) of an order whose units a part refund gave back (`退款 1-4 小盒 1`): its net,
    its units kept less its share of what went back by amount (shared over the units kept in proportion
    to their money, the last taking the cents left, as 名单's options share it), with its order's total
    and refunds: every row's first amount means the same, and the rows add up to the order's net (rep91
    #8: a row's gross beside another's order net; its refunded units are said in its quantity)."""
    orders: dict[str, list[order_lines.Line]] = {}
    for item in lines:
        if item.line.order is not None and item.line.counts:
            orders.setdefault(item.line.order, []).append(item)
    nets: dict[int, dict[str, int]] = {}
    for held in orders.values():
        rows = [item.line for item in held]
        carrying = next((line for line in rows if line.order_total is not None), None)
        if carrying is None or not carrying.order_refunded or not any(line.refunded_units for line in rows):
            continue
        assert carrying.order_total is not None
        kept = [line.amount - line.refunded_units * line.unit_price for line in rows]
        back = carrying.order_refunded - sum(line.refunded_units * line.unit_price for line in rows)
        whole = sum(kept)
        last = max((i for i, money in enumerate(kept) if money > 0), default=len(rows) - 1)
        left = max(back, 0)
        for i, item in enumerate(held):
            share = 0
            if back > 0 and whole > 0 and i <= last:
                share = left if i == last else back * kept[i] // whole
                left -= share
            nets[id(item)] = {
                "amount": kept[i] - share,
                "total": carrying.order_total,
                "refunded": carrying.order_refunded,
            }
    return nets


def _item_refunded(item: order_lines.Line, orders: dict[str | None, Order], lang: str) -> str:
    """On the orders list, the option row whose item a part refund gave back: `大盒 ×1 已退 ¥30`; else "".
    Guessed from the amount only when no units were recorded: units recorded (`退款 1-4 小盒 1`) are said
    on their own row (`1（已退 1 份）`), never a ¥35 put on a 大盒 row for being a 大盒's price (rep91 #2)."""
    line = item.line
    order = orders.get(line.order)
    if order is None or not line.option or order.refunded_units:
        return ""
    named = _refunded_item(order, item.group_buy.terms.title)
    if not named.startswith(f"{line.option} ×"):
        return ""
    refunded = format_money(order.refunded_part, order.currency)
    return t(lang, "console_item_refunded", item=named, refunded=refunded)


def _refunded_item(order: Order, title: str) -> str:
    """`大盒 ×1`: what a part refund of an order of several items gave back, when its amount is a count of
    one item's price and of no other's; "" otherwise (one item, or an amount that names none)."""
    if len(order.lines) < 2 or order.refunded_part <= 0:
        return ""
    found = [
        (line, count)
        for line in order.lines
        if line.unit_price > 0 and order.refunded_part % line.unit_price == 0
        for count in (order.refunded_part // line.unit_price,)
        if 1 <= count <= line.quantity
    ]
    if len(found) != 1:
        return ""
    line, count = found[0]
    name = line.description.removeprefix(title).strip() or line.description
    return f"{name} ×{count}"


def _amount(line: RosterLine, currency: str, lang: str, refunded_item: str = "") -> str:
    """A line's amount as the list shows it; on a part-refunded order's row, the net with the order and
    its refund said once: `¥15（订单 ¥20，已退 ¥5）` (a line of several: its own amount,
    `¥10（订单 ¥20，…）`)."""
    if refunded_item and (not line.order_refunded or line.order_total is None):  # its item given back
        return t(
            lang, "console_order_amount_with", amount=format_money(line.amount, currency), said=refunded_item
        )
    if not line.order_refunded or line.order_total is None:
        return format_money(line.amount, currency)
    if refunded_item:  # `¥30（订单 ¥50，大盒 ×1 已退 ¥30）`: the item given back named (rep78 #11)
        return t(
            lang,
            "console_order_amount_part_refunded_item",
            amount=format_money(line.amount, currency),
            total=format_money(line.order_total, currency),
            said=refunded_item,
        )
    own = None if line.amount == line.order_total else line.amount  # the order's one line: its net
    return net_of_part_refund(
        lang, total=line.order_total, refunded=line.order_refunded, currency=currency, amount=own
    )


def _total(line: RosterLine, currency: str) -> str | None:
    """A line's order total as the list shows it (`¥156`); a part-refunded order's row says it in its
    amount instead (`_amount`: `¥78（订单 ¥156，已退 ¥78）`)."""
    return (
        None if line.order_total is None or line.order_refunded else format_money(line.order_total, currency)
    )


async def _part_said(console: Console, who: Principal, number: str, lang: str) -> str:
    """The page's word on a part refund just done (`已退 ¥78：#1-2（已付 ¥156，已退 ¥78）。已通知买家。`); ""
    when it was the whole order (what was left), said as any refund."""
    found = await _own_order(console, who, number)
    if found is None or found[0].status not in REFUNDABLE or not found[0].refunded_part:
        return ""
    order = found[0]
    last = -order.payments[-1].amount
    return t(
        lang,
        "console_order_part_refunded",
        order=number,
        amount=format_money(last, order.currency),
        paid=format_money(order.paid_in_full, order.currency),
        refunded=format_money(order.refunded_part, order.currency),
    )


async def _part_received_said(
    console: Console, who: Principal, number: str, lang: str, prior: int = 0
) -> str:
    """The page's word on a part received just recorded (`已记下 #1-2 只收到 ¥100：…还差 ¥76…`); "" when
    the order is paid now (all of it came: said as Mark paid). `prior`: the part recorded before this
    one, which it added to (¥20, then ¥10: both and the sum said)."""
    found = await _own_order(console, who, number)
    if found is None or found[0].status is not OrderStatus.PENDING_PAYMENT:
        return ""
    order = found[0]
    got = order.received_part or order.reported_amount
    if 0 < prior < got:
        return t(
            lang,
            "console_order_part_received_added",
            order=number,
            before=format_money(prior, order.currency),
            amount=format_money(got - prior, order.currency),
            received=format_money(got, order.currency),
            gap=format_money(order.total - got, order.currency),
        )
    return t(
        lang,
        "console_order_part_received",
        order=number,
        amount=format_money(got, order.currency),
        gap=format_money(order.total - got, order.currency),
    )


def _part_over_rest(lang: str, order: Order, typed: int) -> str:
    """A typed 只收到 that with the part received before comes to more than the order: said with what is
    left and the row's Mark paid, never a chat command (rep101 #2); nothing changed."""
    before = order.received_part
    return t(
        lang,
        "console_part_received_over_rest",
        order=order.number,
        name=order.buyer_name,
        total=format_money(order.total, order.currency),
        received=format_money(before, order.currency),
        amount=format_money(typed, order.currency),
        rest=format_money(order.total - before, order.currency),
    )


async def _rest_received_said(console: Console, who: Principal, number: str, lang: str, prior: int) -> str:
    """The page's word on a typed 只收到 of exactly what was left: the rest received, the order paid; ""
    when it is not paid now (the chat's answer said why: the page says it as any other)."""
    found = await _own_order(console, who, number)
    if found is None or found[0].status is not OrderStatus.PAID:
        return ""
    order = found[0]
    return t(
        lang,
        "console_part_received_rest",
        order=number,
        name=order.buyer_name,
        received=format_money(prior, order.currency),
        rest=format_money(order.total - prior, order.currency),
        total=format_money(order.total, order.currency),
    )


async def _own_order(console: Console, who: Principal, number: str) -> tuple[Order, str] | None:
    """The order `number` (`12-3`) of one of the person's group buys, with its title; None otherwise."""
    try:
        parsed = order_number(number)
    except (DomainError, ValueError):
        return None
    if parsed.group_buy_id is None:
        return None
    try:
        row = await own_group_buy(console, who, parsed.group_buy_id)
    except NotFoundHere:
        return None
    async with console.app.uow_factory() as uow:
        for order in await uow.orders.for_group_buy(row.id):
            if order.seq == parsed.seq:
                return order, row.title
    return None


async def _not_refunded(
    console: Console, who: Principal, numbers: Sequence[str], listed: Sequence[dict[str, Any]], lang: str
) -> list[str]:
    """The ticked orders a refund will not take, each with why, for its page to say before she confirms
    (rep101 #9: once dropped without a word): not an order yet (its group buy still open), none such,
    refunded already, cancelled, or nothing paid to give back."""
    taken = {str(item["number"]) for item in listed}
    said: list[str] = []
    for number in numbers:
        if number in taken:
            continue
        found = await _own_order(console, who, number)
        if found is None:
            said.append(t(lang, "console_refund_skip_none", order=number))
            continue
        order, _ = found
        if order.status is OrderStatus.REFUNDED:
            key = "console_refund_skip_refunded"
        elif order.status is OrderStatus.CANCELLED:
            key = "console_refund_skip_cancelled"
        else:
            key = "console_refund_skip_unpaid"
        said.append(t(lang, key, order=number))
    return said


async def _named_order(console: Console, number: str, lang: str) -> str:
    """`#1-4（Zhang）` / "#1-4 Zhang": an order just acted on, with its buyer's name, as the chat's `已收 1-1
    1-2` names each (`#1-4` alone when it cannot be found again)."""
    try:
        parsed = order_number(number)
    except (DomainError, ValueError):
        return f"#{number}"
    if parsed.group_buy_id is not None:
        async with console.app.uow_factory() as uow:
            for order in await uow.orders.for_group_buy(parsed.group_buy_id):
                if order.seq == parsed.seq:
                    return t(lang, "paid_several_item_here", order=order.number, name=order.buyer_name)
    return f"#{number}"


@router.post("/orders/{action}")
async def order_action(request: Request, action: str, who: Organiser, form: CsrfForm) -> Response:
    """Mark paid, refund or mark picked up: the order of the line's button (`order`), else each ticked
    (`pick_12-3`): a batch."""
    if action not in ACTIONS:
        raise NotFoundHere()
    console = console_of(request)
    lang = language(request, console.default_language)
    received: int | None = None
    prior = 0  # the part received recorded before a typed 只收到 (rep78 #2: the two add up)
    settles = False  # a typed 只收到 of exactly what is left: the rest came, the order paid (rep101 #2)
    if action == "paid" and _RECEIVED.fullmatch(form.get("received", "")):  # a short report's row button
        number, cents = form["received"].split(":")
        numbers, received = [number], int(cents)
    elif action == "paid" and form.get("part"):  # 只收到 typed on an unpaid row nobody reported (s35 #5)
        number = form["part"]
        got = await _part_typed(console, who, number, form.get(f"part_{number}", ""), lang)
        if isinstance(got, str):  # no amount, or not one: said, nothing changed
            flash(request, got, error=True)
            return RedirectResponse(_back(request, form), status_code=303)
        numbers, received = [number], got
        held = await _own_order(console, who, number)
        prior = held[0].received_part if held is not None else 0  # 只收到 ¥20 before: this adds to it
        if held is not None and prior and prior + got > held[0].total:  # more than is left (rep101 #2)
            flash(request, _part_over_rest(lang, held[0], got), error=True)
            return RedirectResponse(_back(request, form), status_code=303)
        settles = held is not None and prior > 0 and prior + got == held[0].total  # exactly the rest
    elif form.get("order"):  # a line's own button: that order alone, whatever is ticked
        numbers = [form["order"]]
    else:
        numbers = [name.removeprefix("pick_") for name in form if name.startswith("pick_")]
    # As the chat reads a number (`＃１-２` is #1-2): said back and audited in that one form.
    typed = (unicodedata.normalize("NFKC", number).strip().lstrip("#") for number in numbers)
    numbers = list(dict.fromkeys(typed))[:MAX_BATCH]
    if not numbers:
        flash(request, t(lang, "console_orders_none_picked"), error=True)
        return RedirectResponse(_back(request, form), status_code=303)
    if action in ASKED_FIRST and len(numbers) > 1:  # one at a time: never the first alone, the rest unsaid
        orders = t(lang, "list_separator").join(f"#{number}" for number in numbers)
        flash(request, t(lang, "console_cancel_one_at_a_time", orders=orders), error=True)
        return RedirectResponse(_back(request, form), status_code=303)
    if action in ASKED_FIRST and form.get("confirm") != "yes":  # one order at a time, asked first
        asked = urlencode({"order": numbers[0], "back": _back(request, form)})
        return RedirectResponse(f"/orders/{action}?{asked}", status_code=303)
    reason = " ".join(form.get("reason", "").split()) if action in ("refund", "cancel") else ""
    if action == "cancel" and len(reason) > MAX_REFUND_REASON:  # its page again, the reason kept
        found = await _own_order(console, who, numbers[0])
        if found is not None:
            try:  # as it stands now (paid meanwhile: refused as its Cancel would be, not asked again)
                check_cancellable(found[0])
            except DomainError as refusal:
                flash(request, _about(numbers[0], page_refusal(lang, refusal)), error=True)
                return RedirectResponse(_back(request, form), status_code=303)
            error = t(lang, "console_cancel_reason_too_long", limit=MAX_REFUND_REASON, length=len(reason))
            return _cancel_page(request, found, _back(request, form), reason=reason, error=error)
    amount = " ".join(form.get("amount", "").split()) if action == "refund" else ""
    once = form.get("once", "") if action == "refund" or (action == "paid" and form.get("part")) else ""
    once = once if _ONCE.fullmatch(once) else ""  # the form's token (a hand-made form: none)
    option = " ".join(form.get("option", "").split()) if action == "refund" else ""
    count = " ".join(form.get("count", "").split()) if action == "refund" else ""
    count = unicodedata.normalize("NFKC", count)
    units = (option, count) if option or count else None
    if (amount or units) and len(numbers) > 1:  # 部分退款: one at a time (the form shows its fields for one)
        orders = t(lang, "list_separator").join(f"#{number}" for number in numbers)
        flash(request, t(lang, "console_refund_part_one_at_a_time", orders=orders), error=True)
        return RedirectResponse(_back(request, form), status_code=303)
    units_error = ""
    if units is not None and form.get("confirm") == "yes":  # its Option and Count, read before anything
        if amount:
            units_error = t(lang, "console_refund_units_and_amount")
        elif not option:
            units_error = t(lang, "console_refund_units_no_option")
        elif count and not _COUNT.fullmatch(count):
            units_error = t(lang, "console_refund_units_bad_count", typed=_clipped(count))
    if units_error:
        listed = await _refundable(console, who, numbers, lang)
        if listed:
            return render(
                request, "order_refund_form.html", status=422, orders=listed, numbers=numbers,
                reason=reason, amount=amount, option=option, count=count, once=secrets.token_urlsafe(12),
                back=_back(request, form), limit=MAX_REFUND_REASON, units_error=units_error,
                uncovered=await _uncovered(console, who, numbers, lang),
            )  # fmt: skip
    if action == "refund" and (form.get("confirm") != "yes" or len(reason) > MAX_REFUND_REASON):
        listed = await _refundable(console, who, numbers, lang)
        if listed:  # asked first (none refundable: refused below, each said why, nothing done)
            too_long = len(reason) > MAX_REFUND_REASON and form.get("confirm") == "yes"
            error = t(lang, "console_refund_reason_too_long", limit=MAX_REFUND_REASON, length=len(reason))
            return render(
                request, "order_refund_form.html", orders=listed, numbers=numbers, reason=reason,
                amount=amount, once=secrets.token_urlsafe(12), back=_back(request, form),
                limit=MAX_REFUND_REASON, error=error if too_long else "",
                uncovered=await _uncovered(console, who, numbers, lang),
                skipped=await _not_refunded(console, who, numbers, listed, lang),
            )  # fmt: skip
    # what each row's page saw of its order (Mark paid, 只收到): stale ones refused (rep101 #1)
    # a refund page's, what it listed of each (a colleague's refund since: refused, never another amount)
    seen = (
        {number: form.get(f"seen_{number}", "") for number in numbers} if action in ("paid", "refund") else {}
    )
    done, refused = [], []
    batch = BatchNotices(console.app, who) if action in TOLD_ONCE and len(numbers) > 1 else None
    taken_back: dict[str, list[tuple[str, str]]] | None = {} if action == "unpaid" else None
    commission_said: list[str] = []  # a whole refund's: the commission taken back (rep82 #7)
    again = action == "refund" and form.get("again") == "yes"
    for number in numbers:
        received_said: list[str] = []  # 只收到 money of an unpaid order given back: the chat's words for it
        try:
            why = await _act(
                console, who, action, number, lang, batch, taken_back, reason, amount, once, again, received,
                units, commission_said, received_said, seen.get(number, ""), settles,
            )  # fmt: skip
        except AskedAgain as asked:  # one order (an amount is one at a time): its form, with the box
            listed = await _refundable(console, who, numbers, lang)
            return render(
                request, "order_refund_form.html", orders=listed, numbers=numbers, reason=reason,
                amount=amount, once=secrets.token_urlsafe(12), back=_back(request, form),
                limit=MAX_REFUND_REASON, error=asked.said, ask_again=True,
                uncovered=await _uncovered(console, who, numbers, lang),
            )  # fmt: skip
        except UnitsRefused as bad_units:  # one order: its form again, 422, what was typed kept
            listed = await _refundable(console, who, numbers, lang)
            return render(
                request, "order_refund_form.html", status=422, orders=listed, numbers=numbers,
                reason=reason, amount=amount, option=option, count=count, once=secrets.token_urlsafe(12),
                back=_back(request, form), limit=MAX_REFUND_REASON, units_error=bad_units.said,
                uncovered=await _uncovered(console, who, numbers, lang),
            )  # fmt: skip
        except RefundStale as stale:  # its page moved on: one order, its page as it is now; a batch, said
            if len(numbers) > 1:
                refused.append(_about(number, stale.said))
                continue
            listed = await _refundable(console, who, numbers, lang)
            return render(
                request, "order_refund_form.html", status=422, orders=listed, numbers=numbers,
                reason=reason, amount=amount, once=secrets.token_urlsafe(12), back=_back(request, form),
                limit=MAX_REFUND_REASON, error=stale.said,
                uncovered=await _uncovered(console, who, numbers, lang),
            )  # fmt: skip
        except AmountRefused as bad_amount:  # one order: its form again, 422, the reason kept
            listed = await _refundable(console, who, numbers, lang)
            return render(
                request, "order_refund_form.html", status=422, orders=listed, numbers=numbers,
                reason=reason, amount=amount, once=secrets.token_urlsafe(12), back=_back(request, form),
                limit=MAX_REFUND_REASON, amount_error=_amount_said(lang, amount, bad_amount),
                uncovered=await _uncovered(console, who, numbers, lang),
            )  # fmt: skip
        if why is None and (amount or units):  # 部分退款: how much, of what was paid (the whole: a refund)
            done_part = await _part_said(console, who, number, lang)
            if done_part:  # and the commission it took back, as the chat's answer names it
                flash(request, "\n".join([done_part, *commission_said]))
                return RedirectResponse(_back(request, form), status_code=303)
        if why is None and received_said and len(numbers) == 1:  # 只收到 money given back: the chat's words
            flash(request, received_said[0])
            return RedirectResponse(_back(request, form), status_code=303)
        rest_said = await _rest_received_said(console, who, number, lang, prior) if settles else ""
        if why is None and rest_said:  # the rest typed in 只收到: the order paid, said so (rep101 #2)
            flash(request, rest_said)
            return RedirectResponse(_back(request, form), status_code=303)
        if why is None and received is not None:  # 只收到: recorded, still unpaid (all of it: as paid)
            part = await _part_received_said(console, who, number, lang, prior)
            if part:
                flash(request, part)
                return RedirectResponse(_back(request, form), status_code=303)
        if why is None and action == "paid":  # `#1-4（Zhang）`, as the chat names what it marked
            done.append(await _named_order(console, number, lang))
        elif why is None:
            done.append(f"#{number}")
        else:
            refused.append(_about(number, why))
    if batch is not None:  # an admin's batch: its organiser is told once, not once an order: now
        await batch.release()
    said = []
    if done:
        orders = t(lang, "list_separator").join(done)
        key = DONE_EACH.get(action, ACTIONS[action][2]) if len(done) > 1 else ACTIONS[action][2]
        said.append(t(lang, key, orders=orders))
    if taken_back:  # 撤销已收 took commission back too: whose, which kind, as her own notice says
        said.append(commission_taken_back_said(lang, taken_back))
    if len(numbers) == 1:  # one order's refund: the commission it took back, as the chat's answer names it
        said += commission_said
    said += refused
    text = "\n".join(said)
    shown = text if len(text) <= MAX_FLASH else text[: MAX_FLASH - 1] + "…"
    flash(request, shown, error=bool(refused) and not done)  # some done: a result, not an error
    return RedirectResponse(_back(request, form), status_code=303)
