"""Members: the list (an admin: everyone the bot has seen; an organiser: the members of their chats)
and a member's profile: their orders, notes, trust level and note posting in each chat, and their
commission; stopping them from posting notes in a chat, or letting them again.

Stopping is the chat's own `/mute @name: why` (handlers.moderation.mute), run as if the person typed it
in that chat as one of its admins (an organiser moderates the chats they opened a group buy in): the
chat is told as by the command, the member privately with the reason, and the change is audited.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.actions import Where, run_command
from bot.console.auth import NotFoundHere, Organiser
from bot.console.deps import Console, console_of
from bot.console.forms import CsrfForm, Form
from bot.console.moderation import admins_only, state_of
from bot.console.payouts import MAX_LEGS, commission_figures, ledger_rows, whole_transactions
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import net_of_part_refund, page_refusal
from commerce.domain.console import Principal
from commerce.domain.console_people import MemberLine, MemberOrder, scope_of
from commerce.domain.errors import DomainError
from commerce.domain.moderation import MAX_WHY
from commerce.domain.money import format_money
from commerce.domain.notes import Note
from commerce.domain.order import Order, OrderStatus
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from commerce.services import earnings, reputation
from handlers.parsing.commands import Command
from handlers.texts import format_datetime, t
from handlers.types import Reply

router = APIRouter()
MAX_QUERY = 64
MAX_IDENTITY = 200


async def member_in_scope(console: Console, who: Principal, identity: str) -> MemberLine:
    """The member if this person may see them (an organiser: seen in one of their chats), else 404."""
    if not 0 < len(identity) <= MAX_IDENTITY or ":" not in identity:
        raise NotFoundHere()
    async with console.app.uow_factory() as uow:
        found = await uow.console_people.member(scope_of(who), identity)
    if found is None:
        raise NotFoundHere()
    return found


@router.get("/members")
async def member_list(request: Request, who: Organiser, q: str | None = None) -> Response:
    """The members the person may see; `q` (any part of a name or an ID, whatever the case) narrows
    them."""
    console = console_of(request)
    lang = language(request, console.default_language)
    typed = " ".join(unicodedata.normalize("NFKC", q or "").split())[:MAX_QUERY]
    wanted = typed.casefold()
    async with console.app.uow_factory() as uow:
        found = await uow.console_people.members(scope_of(who))
    if wanted:
        found = [m for m in found if wanted in m.name.casefold() or wanted in m.identity.casefold()]
    rows = [{"member": m, "seen": format_datetime(m.last_seen, console.app.tz, lang)} for m in found]
    return render(request, "members.html", rows=rows, q=typed)


# An order's status -> the Orders page's word for it (`console_payment_…`)
ORDER_WORDS = {"pending_payment": "unpaid", "fulfilled": "picked_up"}
MEMBER_LEDGER = (
    20  # her latest ledger postings on her page, in whole transactions; the ledger page lists the rest
)


_MAY_HOLD = frozenset({"pending_payment", "cancelled"})  # unpaid, or dropped after money came


def _status(lang: str, listed: MemberOrder, order: Order | None) -> str:
    """Her order's status as the Orders page's status column words it (`已付款`), with money received of
    it while unpaid and any given back since: `未付款（已收 ¥40，还差 ¥20）`,
    `未付款（收到 ¥40，已退 ¥15，已收 ¥25，还差 ¥35）`, `已取消（之前只收到 ¥40，已退 ¥40）` (rep98: a plain
    `未付款` beside the page's)."""
    plain = t(lang, f"console_payment_{ORDER_WORDS.get(listed.status, listed.status)}")
    if order is None:
        return plain
    cur = order.currency
    unpaid = order.status is OrderStatus.PENDING_PAYMENT
    kept = order.received_unpaid if unpaid else 0
    back = order.received_refunded
    if back and kept:
        return t(
            lang,
            "console_payment_unpaid_part_refunded",
            came=format_money(kept + back, cur),
            back=format_money(back, cur),
            received=format_money(kept, cur),
            gap=format_money(order.total - kept, cur),
        )
    if back:
        came = format_money(kept + back, cur)
        return t(
            lang, "console_payment_received_refunded", status=plain, came=came, back=format_money(back, cur)
        )
    if kept:
        received, gap = format_money(kept, cur), format_money(order.total - kept, cur)
        return t(lang, "console_payment_unpaid_part", received=received, gap=gap)
    return plain


async def _profile(
    request: Request, who: Principal, member: MemberLine, *, status: int = 200, form: Form | None = None,
    errors: dict[str, str] | None = None,
) -> Response:  # fmt: skip
    console = console_of(request)
    lang = language(request, console.default_language)
    tz = console.app.tz
    scope = scope_of(who)
    async with console.app.uow_factory() as uow:
        allowed = await uow.console_people.chats_of(scope)
        seen_in = await uow.chat_names.of_member(member.identity, limit=50)
        chats = [c for c in seen_in if allowed is None or c.chat_id in allowed]
        per_chat = []
        for chat in chats:
            level = await reputation.level_of(uow, chat.chat_id, member.user_id)
            muted = await uow.moderation.muted(chat.chat_id, member.user_id)
            per_chat.append(
                {
                    "chat_id": chat.chat_id,
                    "title": chat.title or chat.chat_id,
                    "level": t(lang, f"note_level_{level.value}"),
                    "muted": muted is not None,
                    "why": muted or "",
                }
            )
        orders = await uow.console_people.orders_of(scope, member.user_id)
        # the money received of an unpaid one (只收到 ¥40), and given back since, as the Orders page says
        # it (rep98): only those that may hold any, read whole
        held = {o.id: await uow.orders.get(o.id) for o in orders if o.status in _MAY_HOLD}
        notes = await uow.console_people.notes_of(scope, member.user_id)
        marks = await _note_marks(uow, notes, lang, reports=who.is_admin)
        commission = await uow.console_people.commission(scope, member=member.user_id)
        payouts = (
            await uow.payouts.of_member(member.user_id, limit=earnings.MAX_PAYOUTS) if who.is_admin else []
        )
        read = (  # her postings, commission and clawbacks with payouts (admins: the ledger is theirs)
            await uow.console_people.ledger_lines(
                scope, member=member.user_id, limit=MEMBER_LEDGER + MAX_LEGS
            )
            if who.is_admin
            else []
        )
        ledger = whole_transactions(read, MEMBER_LEDGER)  # about 20, never half a transaction (s38)
    context = {
        "member": member,
        "chats": per_chat,
        "orders": [
            {
                "order": o,
                # as the Orders page words it (`Paid`, `已付款`): its status column's words
                "status": _status(lang, o, held.get(o.id)),
                "total": format_money(o.total, o.currency)
                if not o.refunded_part
                else net_of_part_refund(  # 部分退款: `¥15（订单 ¥20，已退 ¥5）`, as the orders list
                    lang, total=o.total, refunded=o.refunded_part, currency=o.currency
                ),
                "at": format_datetime(o.created_at, tz, lang),
            }
            for o in orders
        ],
        "notes": [
            {"note": n, "at": format_datetime(n.created_at, tz, lang), "mark": marks.get(n.id or 0, "")}
            for n in notes
        ],
        "commission": [{"currency": c.currency, **commission_figures(c)} for c in commission],
        "payouts": [
            {
                "payout": p,
                "amount": format_money(p.amount, p.currency),
                "status": t(lang, f"console_payout_status_{p.status.value}"),
            }
            for p in payouts
        ],
        "ledger": ledger_rows(ledger, lang, tz),
        "more_ledger": len(read) > len(ledger),
        "form": form or {},
        "errors": errors or {},
    }
    return render(request, "member.html", status=status, **context)


async def _note_marks(uow: UnitOfWork, notes: Sequence[Note], lang: str, *, reports: bool) -> dict[int, str]:
    """What the moderation pages say of her notes, by note: hidden (with the admins' reason) or flagged
    (waiting in the queue), so an admin deciding on a mute sees it here; shown notes unmarked. Only an
    admin's page counts members' reports (who reported is the admins' alone)."""
    marks: dict[int, str] = {}
    for chat_id in sorted({note.chat_id for note in notes}):
        flags = await uow.moderation.flags(chat_id)
        reported = set(await uow.moderation.reports(chat_id)) if reports else set()
        for note in notes:
            if note.chat_id != chat_id or note.id is None:
                continue
            flag = flags.get(note.id)
            state = state_of(flag, reported=note.id in reported)
            if state == "hidden" and flag is not None and flag.why:
                marks[note.id] = t(lang, "console_member_note_hidden_why", why=flag.why)
            elif state != "shown":
                marks[note.id] = t(lang, f"console_member_note_{state}")
    return marks


@router.get("/members/{identity}")
async def member_page(request: Request, identity: str, who: Organiser) -> Response:
    member = await member_in_scope(console_of(request), who, identity)
    return await _profile(request, who, member)


async def _posting(request: Request, identity: str, who: Principal, form: Form, *, stop: bool) -> Response:
    """Stop (`/mute`) or allow again (`/unmute`) the member posting notes in the form's chat."""
    console = console_of(request)
    lang = language(request, console.default_language)
    member = await member_in_scope(console, who, identity)
    if not who.is_admin:
        return admins_only(request, f"/members/{member.identity}")
    chat_id = form.get("chat", "")
    why = " ".join(form.get("why", "").split())
    async with console.app.uow_factory() as uow:
        allowed = await uow.console_people.chats_of(scope_of(who))
        seen_in = {c.chat_id for c in await uow.chat_names.of_member(member.identity, limit=50)}
    errors: dict[str, str] = {}
    if chat_id not in seen_in or (allowed is not None and chat_id not in allowed):
        errors["chat"] = "console_member_chat_bad"
    if stop and len(why) > MAX_WHY:
        errors["why"] = "console_why_too_long"
    if errors:
        return await _profile(request, who, member, status=422, form=form, errors=errors)
    name = " ".join(member.name.replace(":", " ").replace("：", " ").split()) or member.user_id
    rest = f"@{name}:" + (f" {why}" if stop and why else "")  # the colon ends the name, a reason or not
    action = "member.mute" if stop else "member.unmute"

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        await audit_log.audit(
            uow,
            who,
            action,
            f"member:{member.identity}@chat:{chat_id}",
            now=console.app.clock.now(),
            before={"muted": not stop},
            after={"muted": stop, **({"why": why} if stop and why else {})},
        )

    command = Command("mute" if stop else "unmute", rest=rest)
    where = Where(chat_id, mentions=(member.user_id,))  # as in the chat: only its admins (and ours)
    try:
        await run_command(console.app, who, command, where, lang=None, audit=audit)
    except DomainError as refusal:
        if refusal.code in ("member_already_muted", "member_not_muted"):  # sent twice: as asked already
            flash(request, page_refusal(lang, refusal))
            return RedirectResponse(f"/members/{member.identity}", status_code=303)
        errors["chat_text"] = page_refusal(lang, refusal)
        return await _profile(request, who, member, status=422, form=form, errors=errors)
    done = "console_member_muted" if stop else "console_member_unmuted"
    flash(request, t(lang, done, name=member.name))
    return RedirectResponse(f"/members/{member.identity}", status_code=303)


@router.post("/members/{identity}/mute")
async def mute(request: Request, identity: str, who: Organiser, form: CsrfForm) -> Response:
    return await _posting(request, identity, who, form, stop=True)


@router.post("/members/{identity}/unmute")
async def unmute(request: Request, identity: str, who: Organiser, form: CsrfForm) -> Response:
    return await _posting(request, identity, who, form, stop=False)
