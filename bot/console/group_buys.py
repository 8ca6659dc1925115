"""Group buys: the list (an admin sees all, an organiser their own) and closing one (截单).

The model page for the others: `require(role)` for who may come, `Principal.owns` for whose data it
is (another organiser's group buy is a 404), `csrf_form` on every POST, the change run as the chat
command (`actions.run_command`: the chat is told, the card updates, buyers get their orders) and its
audit entry written in the same transaction.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.actions import Where, run_command
from bot.console.auth import NotFoundHere, Organiser
from bot.console.deps import Console, console_of
from bot.console.forms import CsrfForm
from bot.console.group_buy_details import details
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import page_refusal
from commerce.domain.console import GroupBuyRow, Principal
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.listings import has_own_pickup, seen_in
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from commerce.services import group_buys as group_buy_service
from commerce.services import waiting as waiting_service
from handlers import chat_names, helpselling
from handlers.parsing.commands import Command
from handlers.texts import format_datetime, t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.types import Reply

router = APIRouter()
MAX_ROW_ID = 2**31 - 1


async def visible_group_buys(
    console: Console, who: Principal, *, limit: int = 500, before_id: int | None = None
) -> list[GroupBuyRow]:
    """The group buys this person may see: all for an admin, their own for an organiser (newest first,
    `limit` of them, those older than `before_id` when given: the API's pages)."""
    async with console.app.uow_factory() as uow:
        return await uow.console.group_buys(
            organiser_id=None if who.is_admin else who.user_id, limit=limit, before_id=before_id
        )


async def own_group_buy(console: Console, who: Principal, group_buy_id: int) -> GroupBuyRow:
    """The group buy if it is this person's to see; else NotFoundHere (never saying whether it exists)."""
    if not 1 <= group_buy_id <= MAX_ROW_ID:
        raise NotFoundHere()
    async with console.app.uow_factory() as uow:
        rows = await uow.console.group_buys(organiser_id=None, group_buy_id=group_buy_id)
    found = rows[0] if rows else None
    if found is None or not who.owns(found.organiser_id):
        raise NotFoundHere()
    return found


def _rows(rows: Sequence[GroupBuyRow], lang: str, tz: ZoneInfo) -> list[dict[str, object]]:
    return [
        {
            "row": row,
            "status": t(lang, f"console_status_{row.status}"),
            "deadline": _deadline(row, lang, tz),
            "chat": row.chat_title or row.chat_id,
            "open": row.status == "open",
            # closed and went ahead: its pickup and payment still change (the edit form says so)
            "settles": row.status in ("succeeded", "fulfilled"),
            # `5`, sold per kg `5 kg`; "" opened without a target (1): the count alone, no `12/1`
            "target": unit_texts.quantity(row.target, row.unit, lang) if row.target > 1 else "",
            "sold": _sold(row, lang),
        }
        for row in rows
    ]


def _deadline(row: GroupBuyRow, lang: str, tz: ZoneInfo) -> str:
    """Its deadline while open; once closed, when it closed (a `截单` before the deadline too: never the
    planned time), called off: when."""
    if row.status == "open" or row.closed_at is None:
        return format_datetime(row.deadline, tz, lang)
    key = "console_cancelled_at" if row.status == "cancelled" else "console_closed_at"
    return t(lang, key, when=format_datetime(row.closed_at, tz, lang))


def _sold(row: GroupBuyRow, lang: str) -> str:
    """Sold / target: `8/5 kg`; without a target the sold in its unit, `8斤` (never a bare `8`). One rule
    for every row, as its card, `我的团` and the API's `sold` count: what is sold now, the units of refunded
    and of cancelled-unpaid orders left out and said apart beside it (`9/10 · 已退款 1 份`, help-sold or
    not). A failed one sold nothing (`0/15`, as /mine), with how far it got beside it, as the group was
    told (`0/15 · 跟团 7 份，未成团`), so the two never seem to disagree."""
    settled = row.status in ("succeeded", "fulfilled") and row.ordered > 0
    count = row.sold
    sold = (
        f"{count}/{unit_texts.quantity(row.target, row.unit, lang)}"
        if row.target > 1
        else unit_texts.quantity(count, row.unit, lang)
    )
    if settled and row.refunded:
        sold = t(
            lang, "console_sold_refunded", sold=sold, units=unit_texts.units(lang, row.refunded, row.unit)
        )
    if settled and row.cancelled:
        units = unit_texts.units(lang, row.cancelled, row.unit)
        sold = t(lang, "console_sold_cancelled", sold=sold, units=units)
    if row.status == "failed" and row.ordered > 0:
        sold = t(lang, "console_sold_failed", sold=sold, units=unit_texts.units(lang, row.ordered, row.unit))
    return sold


STATUSES = tuple(status.value for status in GroupBuyStatus)
MAX_QUERY = 64
MAX_STATUS = 20  # characters of an unknown status said back


@router.get("/group-buys")
async def group_buy_list(
    request: Request, who: Organiser, status: str | None = None, q: str | None = None
) -> Response:
    """The group buys the person may see; `status` (`open`, …) and `q` (any part of the title, whatever
    the case, or its number `#3`) narrow them."""
    console = console_of(request)
    lang = language(request, console.default_language)
    asked = " ".join(unicodedata.normalize("NFKC", status or "").split()).casefold()
    chosen = asked if asked in STATUSES else ""
    typed = " ".join(unicodedata.normalize("NFKC", q or "").split())[:MAX_QUERY]
    filters = {"status": chosen, "q": typed}
    if asked and not chosen:  # a status that is none: said beside its field, nothing listed (as /orders)
        shown = asked if len(asked) <= MAX_STATUS else asked[: MAX_STATUS - 1] + "…"
        error = t(lang, "console_gb_filter_status_unknown", typed=shown)
        return render(
            request, "group_buys.html", status=422, rows=[], statuses=STATUSES, filters=filters,
            status_error=error,
        )  # fmt: skip
    wanted = typed.casefold()
    titled = [
        row
        for row in await visible_group_buys(console, who)
        if not wanted or wanted in row.title.casefold() or wanted.lstrip("#") == str(row.id)
    ]
    visible = [row for row in titled if not chosen or row.status == chosen]
    rows = _rows(visible, lang, console.app.tz)
    none = ""  # none listed: the shop has none, or none matches what was asked (said, escaped)
    if not rows and typed and titled:  # the title is found, none in that status: the status said
        status_words = t(lang, f"console_status_{chosen}")
        none = t(lang, "console_group_buys_none_matching_in_status", typed=typed, status=status_words)
    elif not rows and typed:
        none = t(lang, "console_group_buys_none_matching", typed=typed)
    elif not rows and chosen:
        none = t(lang, "console_group_buys_none_in_status", status=t(lang, f"console_status_{chosen}"))
    return render(request, "group_buys.html", rows=rows, statuses=STATUSES, filters=filters, none_said=none)


@router.get("/group-buys/{group_buy_id}")
async def group_buy_page(request: Request, group_buy_id: int, who: Organiser) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    row = await own_group_buy(console, who, group_buy_id)
    async with console.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(row.id)
        if group_buy is None:
            raise NotFoundHere()
        dropped = await group_buy_service.dropped_by_option(uow, group_buy)  # as the card's "taken"
        listed = await _listings(uow, group_buy, lang, console.app.tz)
        waits = await _waiting(uow, group_buy, lang, console.app.tz)
    card = await console.app.render_card(row.id)  # as the chat reads it, in the chat's language
    item = _rows([row], lang, console.app.tz)[0]
    item["deadline"] = format_datetime(row.deadline, console.app.tz, lang)  # as set, as the card says it
    shown = details(group_buy, lang, console.app.tz, option_dropped=dropped, sold=row.sold)
    return render(
        request,
        "group_buy.html",
        item=item,
        ended=_ended(row, lang, console.app.tz),
        details=shown
        + ([(t(lang, "console_gb_listings"), listed)] if listed else [])
        + ([(t(lang, "console_gb_waiting"), waits)] if waits else []),
        card=card.text,
    )


def _ended(row: GroupBuyRow, lang: str, tz: ZoneInfo) -> tuple[str, str] | None:
    """(label, when) of its close or cancel, said apart from its deadline (a close after it, the bot down
    or a clock moved past it, is never read as another deadline); None while open."""
    if row.status == "open" or row.closed_at is None:
        return None
    key = "console_gb_cancelled_at" if row.status == "cancelled" else "console_gb_closed_at"
    return t(lang, key), format_datetime(row.closed_at, tz, lang)


async def _listings(uow: UnitOfWork, group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> str:
    """帮卖: each group listing it, one a line, with its seller and the units sold there, those refunded
    or cancelled unpaid said apart (`公司群 · 小李 · 3 份`, `… · 0 份 · 已退款 1 份`), and the group's own
    pickup when it set one (`· 自提：2号楼大堂 · …`); "" when nobody lists it."""
    if not group_buy.listings or group_buy.id is None:
        return ""
    listed = await uow.listings.of_group_buy(group_buy.id)
    names = await chat_names.titles(uow, [listing.chat_id for listing in listed])
    # live units, as the card and /list count them; refunded and cancelled unpaid said apart (rep86 #4)
    live, refunded, cancelled = await helpselling.units_by_listing(uow, group_buy)
    unit = group_buy.terms.unit
    lines = []
    for listing in listed:
        chat = names.get(listing.chat_id) or listing.chat_id
        shown = unit_texts.units(lang, live[listing.id], unit)
        for key, dropped in (("console_sold_refunded", refunded), ("console_sold_cancelled", cancelled)):
            if dropped[listing.id]:
                shown = t(lang, key, sold=shown, units=unit_texts.units(lang, dropped[listing.id], unit))
        if has_own_pickup(listing):
            pickup = pickup_text(seen_in(group_buy, listing).terms, tz, lang)
            lines.append(
                t(
                    lang,
                    "console_gb_listing_pickup",
                    chat=chat,
                    seller=listing.seller_name,
                    units=shown,
                    pickup=pickup,
                )
            )
            continue
        lines.append(t(lang, "console_gb_listing", chat=chat, seller=listing.seller_name, units=shown))
    return "\n".join(lines)


async def _waiting(uow: UnitOfWork, group_buy: GroupBuy, lang: str, tz: ZoneInfo) -> str:
    """Who waits for a unit (候补), one a line in queue order, for how many and since when
    (`1. Dan · 2 份 · 12月6日 周日 20:10 起`; 多规格: the option, `大 2 份`; 帮卖: the group waited in);
    "" when nobody waits (or nobody can: no stock, closed)."""
    if group_buy.id is None or not group_buy.is_open or not waiting_service.may_wait(group_buy):
        return ""
    queue = await uow.waiting.queue(group_buy.id)
    if not queue:
        return ""
    listings = {entry.listing_id for entry in queue if entry.listing_id is not None}
    chats = {}
    for listing_id in sorted(listings):
        listing = await uow.listings.get(listing_id)
        if listing is not None:
            chats[listing_id] = listing.chat_id
    names = await chat_names.titles(uow, list(chats.values()))
    lines = []
    for place, entry in enumerate(queue, start=1):
        units = unit_texts.units(lang, entry.quantity, group_buy.terms.unit)
        if entry.option:
            units = t(lang, "console_gb_waiting_option", option=entry.option, units=units)
        line = t(
            lang,
            "console_gb_waiting_line",
            place=place,
            name=entry.display_name,
            units=units,
            since=format_datetime(entry.created_at, tz, lang),
        )
        chat = chats.get(entry.listing_id or 0)
        if chat is not None:
            line += t(lang, "console_gb_waiting_in", chat=names.get(chat) or chat)
        lines.append(line)
    return "\n".join(lines)


@router.post("/group-buys/{group_buy_id}/close")
async def close(
    request: Request,
    group_buy_id: int,
    who: Organiser,
    _: CsrfForm,
) -> Response:
    """截单 from the console: the chat's own close, as the person, audited."""
    console = console_of(request)
    lang = language(request, console.default_language)
    row = await own_group_buy(console, who, group_buy_id)

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        after = await uow.group_buys.get(group_buy_id)
        await audit_log.audit(
            uow,
            who,
            "group_buy.close",
            f"group_buy:{group_buy_id}",
            now=console.app.clock.now(),
            before={"status": row.status},
            after={"status": after.status.value if after is not None else None},
        )

    command = Command("close", group_buy_id=group_buy_id)  # the chat's language, not the browser's
    try:
        await run_command(console.app, who, command, Where(row.chat_id), lang=None, audit=audit)
    except DomainError as refusal:
        flash(request, page_refusal(lang, refusal), error=True)
    else:
        flash(request, t(lang, "console_group_buy_closed", id=group_buy_id, title=row.title))
    return RedirectResponse("/group-buys", status_code=303)
