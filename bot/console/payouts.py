"""Payouts and ledger: pending and available commission per member, the open payout requests and the
admins' decisions on them (approve, mark paid, reject), the ledger's transactions for an order or a
member, and the trial balance.

Money across every chat is the admins' (payout decisions, the trial balance, a member's whole
statement); an organiser sees the commission earned on their own group buys' orders and those orders'
transactions. A decision is the admins' own `/payouts approve 3` (handlers.payouts, the same service),
run as if typed in the admin's private chat with the bot: the member is told privately, the change is
audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.actions import Where, run_command
from bot.console.auth import Admin, NotFoundHere, Organiser
from bot.console.deps import console_of
from bot.console.forms import CsrfForm
from bot.console.ledger_words import order_sentence
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import page_refusal
from commerce.domain.console import Principal
from commerce.domain.console_people import Commission, LedgerLine, MemberLine, Scope, scope_of
from commerce.domain.errors import DomainError
from commerce.domain.guests import PREFIX as GUEST_PREFIX
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.money import format_money
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from commerce.services import payouts as payout_service
from commerce.services.commission_paid import Produced, produced_by, totals
from commerce.services.payouts import PayoutRules
from handlers.parsing.commands import Command
from handlers.parsing.numbers import parse_int
from handlers.payouts import MAX_REASON, destination_shown
from handlers.texts import format_datetime, t
from handlers.types import Reply

router = APIRouter()
MAX_ROW_ID = 2**31 - 1
MAX_FIELD = 64
MAX_NAMED = 20  # members of one name the ledger lists to pick from
# The page's action -> the word `/payouts` takes for it.
DECISIONS = {"approve": "approve", "pay": "paid", "reject": "reject"}
DECIDED = {"approve": "approved", "pay": "paid", "reject": "rejected"}  # the status each leaves it in


@router.get("/payouts")
async def payouts_page(request: Request, who: Organiser) -> Response:
    return await _page(request, who)


async def _page(
    request: Request, who: Principal, *, status: int = 200, refused: int = 0, reason: str = "",
    errors: dict[str, str] | None = None,
) -> Response:  # fmt: skip
    """The page; `refused`: the payout whose reject form is answered beside its field (`errors`), with
    the `reason` as typed kept."""
    console = console_of(request)
    lang = language(request, console.default_language)
    tz = console.app.tz
    async with console.app.uow_factory() as uow:
        commission = await uow.console_people.commission(scope_of(who))
        # an organiser's: what her group buys paid each earner, paid out and taken back since
        produced = [] if who.is_admin else await produced_by(uow, who.user_id)
        names = await uow.console_people.names(sorted({p.member for p in produced}))
        open_payouts = await payout_service.pending(uow) if who.is_admin else []
        rules = PayoutRules(console.app.config.payout_minimum)
        uncovered = {  # a refund since left the member's balance short of it: said on its row
            p.id: refusal
            for p in open_payouts
            if (refusal := await payout_service.above_earnings(uow, p, rules.minimum(p.currency)))
        }
    rows = [{"member": c.member, "name": c.name or c.member, **commission_figures(c)} for c in commission]
    if not who.is_admin:  # of what was freed, what was paid out (rep80 #12c): never read as still there
        drawn: dict[tuple[str, str], int] = {}
        for p in produced:  # what was paid out and then taken back is owed (the table under), not kept
            drawn[p.member, p.currency] = drawn.get((p.member, p.currency), 0) + p.paid_out - p.owes
        for row, c in zip(rows, commission, strict=True):
            # a part of what was freed, never more (rep82 #3)
            kept = min(max(drawn.get((c.member, c.currency), 0), 0), max(c.available, 0))
            row["freed_paid_out"] = format_money(kept, c.currency)
    payouts = [
        {
            "payout": p,
            "amount": format_money(p.amount, p.currency),
            # where the admin pays it, its method in the page's words (`微信 bob456`, `WeChat bob456`)
            "to": destination_shown(lang, p.destination) or t(lang, "payout_destination_none"),
            "status": t(lang, f"console_payout_status_{p.status.value}"),
            "at": format_datetime(p.requested_at, tz, lang),
            "uncovered": _uncovered(lang, uncovered.get(p.id)),
        }
        for p in open_payouts
    ]
    paid = [produced_row(p, names.get(p.member) or p.member, lang) for p in produced]
    owed = any(p.owes for p in produced)
    # every group buy of hers (s37: her newest 20 only were read), summed per currency under the rows
    group_buys = len({p.group_buy_id for p in produced})
    summed = [
        {**produced_row(total, "", lang), "group_buy": t(lang, "console_produced_total", count=group_buys)}
        for total in totals(produced)
    ] if group_buys > 1 else []  # fmt: skip
    return render(
        request, "payouts.html", status=status, rows=rows, payouts=payouts, refused=refused, reason=reason,
        errors=errors or {}, max_reason=MAX_REASON, produced=paid, owed=owed, produced_totals=summed,
    )  # fmt: skip


def produced_row(p: Produced, name: str, lang: str) -> dict[str, str]:
    """A row of the organiser's commission her group buys paid (`commission_paid.produced_by`), its
    figures as her `/payouts` says them ("" for 0 beside what it earned); what is owed says who owes it
    and why, `Bob 欠 ¥5（已提现后又被扣回）` (rep80 #12d)."""

    def money(amount: int) -> str:
        return format_money(amount, p.currency) if amount else ""

    owes = (
        (t(lang, "console_produced_owes", name=name, amount=money(p.owes)) if name else money(p.owes))
        if p.owes
        else ""
    )
    on_hold = ""  # a payout not paid out holds it (rep86 #1): never said as owed
    if p.on_hold:
        payouts = ", ".join(f"#{payout}" for payout in p.holding)
        key = "console_produced_on_hold" if name else "console_produced_on_hold_total"
        on_hold = t(lang, key, name=name, payouts=payouts, amount=money(p.on_hold))

    return {
        "group_buy": f"#{p.group_buy_id} {p.title}",
        "name": name,
        "earned": format_money(p.earned, p.currency),
        "paid_out": money(p.paid_out),
        "taken_back": money(p.taken_back),
        "owes": "; ".join(said for said in (owes, on_hold) if said),
    }


def _uncovered(lang: str, refusal: DomainError | None) -> str:
    """What its row says of a payout the member's balance no longer covers (`payout_above_earnings…`:
    what is left, and to reject it so they ask again), before an admin approves or marks it paid; ""."""
    if refusal is None:
        return ""
    return t(lang, f"console_payout_row_{refusal.code.removeprefix('payout_')}", **refusal.params)


@router.post("/payouts/{payout_id}/{decision}")
async def decide(request: Request, payout_id: int, decision: str, who: Admin, form: CsrfForm) -> Response:
    """Approve, mark paid or reject a payout: `/payouts approve 3` as this admin, audited; a rejection's
    optional reason (the form's `reason`) is passed on to the member, as `/payouts reject 3 why`."""
    console = console_of(request)
    lang = language(request, console.default_language)
    word = DECISIONS.get(decision)
    if word is None or not 1 <= payout_id <= MAX_ROW_ID:
        raise NotFoundHere()
    async with console.app.uow_factory() as uow:
        before = await uow.payouts.get(payout_id)
    if before is None:
        raise NotFoundHere()
    seen = form.get("seen", "")  # the status the page showed: a colleague decided since, never overridden
    if seen and seen != before.status.value and before.status.value == DECIDED[decision]:  # sent twice
        status = t(lang, f"console_payout_status_{before.status.value}")
        flash(request, t(lang, "console_payout_decided_already", id=payout_id, status=status))
        return RedirectResponse("/payouts", status_code=303)
    if seen and seen != before.status.value:
        status = t(lang, f"console_payout_status_{before.status.value}")
        flash(request, t(lang, "console_stale_payout", id=payout_id, status=status), error=True)
        return RedirectResponse("/payouts", status_code=303)
    reason = " ".join(form.get("reason", "").split()) if decision == "reject" else ""
    if len(reason) > MAX_REASON:  # never cut: answered beside the field, as typed, the payout left open
        errors = {"reason": "console_why_too_long"}
        return await _page(request, who, status=422, refused=payout_id, reason=reason, errors=errors)
    said = {"reason": reason} if reason else {}

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        after = await uow.payouts.get(payout_id)
        await audit_log.audit(
            uow,
            who,
            f"payout.{decision}",
            f"payout:{payout_id}",
            now=console.app.clock.now(),
            before={"status": before.status.value},
            after={"status": after.status.value if after is not None else None} | said,
        )

    command = Command("payouts", rest=f"{word} {payout_id} {reason}".strip())
    where = Where(who.user_id, private=True)
    try:
        replies = await run_command(console.app, who, command, where, lang=lang, audit=audit)
    except DomainError as refusal:
        flash(request, page_refusal(lang, refusal), error=True)
    else:
        flash(request, replies[0].text if replies else "")
    return RedirectResponse("/payouts", status_code=303)


def commission_figures(c: Commission) -> dict[str, str]:
    """A member's figures as their /earnings says them: pending, available, and their payouts' money
    requested, approved and paid out (an organiser's page shows the first two: see Commission)."""
    figures = {"pending": c.pending, "available": c.available, "requested": c.requested}
    figures |= {"approved": c.approved, "paid_out": c.paid_out}
    return {key: format_money(amount, c.currency) for key, amount in figures.items()}


def ledger_rows(
    lines: Sequence[LedgerLine], lang: str, tz: ZoneInfo, names: dict[str, str] | None = None
) -> list[dict[str, object]]:
    """The page's rows: each account in words, its member by name (a buyer, the organiser, a sharer or
    help-seller earning commission alike; by the id the ledger keeps when the bot never saw them; a
    guest (代报) as the card names one, `names` holding who added them: `guest_organisers`), its key
    (`commission_pending:bob`) beside it for tools."""
    return [
        {
            "line": line,
            "at": format_datetime(line.at, tz, lang),
            "what": transaction_words(line, lang),
            "account": account_words(line, lang, names or {}),
            "amount": format_money(line.amount, line.currency),
        }
        for line in lines
    ]


def transaction_words(line: LedgerLine, lang: str) -> str:
    """What a ledger line's transaction was, in one sentence as the export says it (bot/console/export.py):
    `订单 #6-1 已付款 ¥45` / "Order #6-1 paid ¥45", `订单 #6-1 已退款 ¥45` (`ledger_words.order_sentence`),
    `提现 #1 已打款` / "Payout #1 paid out"; its kind alone when it names neither."""
    if line.payout_id:
        return t(lang, f"console_ledger_{line.kind}", payout=line.payout_id)
    if not line.order_number:
        return t(lang, f"console_tx_{line.kind}")
    return order_sentence(
        lang, line.kind, line.order_number, key=line.key, moved=line.moved, currency=line.currency,
        picked_up=line.picked_up,
    )  # fmt: skip


def account_words(line: LedgerLine, lang: str, names: dict[str, str]) -> str:
    """A ledger line's account in words: `买家 Bob`, `Bob's pending commission`, `提现出账` (nobody's)."""
    kind, _, member = line.account.partition(":")
    return named_account(line.account_kind or kind, line.member or member, line.name, lang, names)


def named_account(kind: str, member: str, name: str, lang: str, names: dict[str, str] | None = None) -> str:
    """An account of `kind` in words, its member by `name` (as last seen), else by the id the ledger
    keeps: the ledger page's words and the trial balance's alike. A guest (代报), whom the bot never
    sees, as the card names one: `Grandma（Amy 代报）`, never `guest:amy:Grandma` (rep105 #11)."""
    if not name and is_guest(member):
        organiser = payer_of(member)
        guest = member[len(GUEST_PREFIX) + len(organiser) + 1 :]
        by = (names or {}).get(organiser) or organiser
        name = t(lang, "console_guest_name", name=guest, by=by)
    return t(lang, f"console_account_{kind}", name=name or member)


async def guest_organisers(uow: UnitOfWork, members: Sequence[str]) -> dict[str, str]:
    """The names of the organisers who added the guests among `members` (by user id)."""
    return await uow.console_people.names(sorted({payer_of(m) for m in members if is_guest(m)}))


async def _member_id(uow: UnitOfWork, typed: str) -> str | list[MemberLine] | None:
    """The user id the ledger keeps a member's postings under: from the id the member page shows
    (`playground:bob`, its platform prefix dropped), the bare id (`bob`), else the member's name
    (`Bob`, whatever the case); the members of that name when several are called so (to pick one by
    id); None for nobody known (neither a member nor anyone with a posting)."""
    everyone = Scope()
    if ":" in typed:
        found = await uow.console_people.member(everyone, typed)
        if found is not None:
            return found.user_id
    if await uow.console_people.ledger_lines(everyone, member=typed, limit=1):
        return typed
    members = await uow.console_people.members(everyone)
    if any(m.user_id == typed for m in members):
        return typed
    named = await uow.console_people.named(typed, limit=MAX_NAMED)
    if len({m.user_id for m in named}) > 1:
        return named
    return named[0].user_id if named else None


LEDGER_LATEST = 20  # entries `/ledger` shows a page before anything is searched (in whole transactions)
LEDGER_FOUND = 200  # entries a page of an order's or a member's transactions shows (in whole ones)
MAX_LEGS = 16  # postings one transaction may hold, read beyond a page's entries to end on a whole one


def whole_transactions(lines: Sequence[LedgerLine], limit: int) -> list[LedgerLine]:
    """The newest transactions of `lines` (newest first, each transaction's postings together, read
    `limit + MAX_LEGS` deep) whose postings come to at most `limit` (at least the newest one), never one
    cut off at the bottom (rep82 #12: #1-2 paid showed 3 of its 4 legs)."""
    groups: list[list[LedgerLine]] = []
    for line in lines:
        if groups and groups[-1][0].key == line.key:
            groups[-1].append(line)
        else:
            groups.append([line])
    if len(lines) >= limit + MAX_LEGS and len(groups) > 1:
        groups.pop()  # the last one read may be cut by the read's limit
    kept: list[LedgerLine] = []
    for group in groups:
        if kept and len(kept) + len(group) > limit:
            break
        kept += group
    return kept


async def ledger_page_of(
    uow: UnitOfWork,
    scope: Scope,
    size: int,
    *,
    before: int | None = None,
    member: str | None = None,
    order_id: int | None = None,
) -> tuple[list[LedgerLine], int | None]:
    """A page of the ledger (of a member or an order, else everything in `scope`): the newest
    transactions listed after transaction `before` (the first page: None), at most `size` postings in
    whole transactions; and the id of its last transaction when older ones follow (the next page's
    `before`), else None. Keyset paging: a page stays the same however much is posted since, and each
    entry is on exactly one page."""
    read = await uow.console_people.ledger_lines(
        scope, member=member, order_id=order_id, limit=size + MAX_LEGS, before=before
    )
    lines = whole_transactions(read, size)
    return lines, (lines[-1].transaction_id if len(read) > len(lines) else None)


def page_before(typed: str) -> int | None:
    """A page's `?before=` as a transaction's id (`123`); None for anything else (`abc`, `-1`, `0`,
    `1.5`, a number beyond any row id), refused by the page, never a 500 of `int()`."""
    if not (typed.isascii() and typed.isdigit()) or len(typed) > len(str(MAX_ROW_ID)):
        return None
    return int(typed) if 1 <= int(typed) <= MAX_ROW_ID else None


def ledger_link(query: dict[str, str], before: int | None = None) -> str:
    """The ledger page's address keeping its search as typed (`?member=Bob`), `before`: the page after
    that transaction (Older), else the first (Newest)."""
    kept = [(name, value) for name, value in query.items() if value]
    if before is not None:
        kept.append(("before", str(before)))
    return f"/ledger?{urlencode(kept)}" if kept else "/ledger"


@router.get("/ledger")
async def ledger_page(
    request: Request,
    who: Organiser,
    order: str | None = None,
    member: str | None = None,
    before: str | None = None,
) -> Response:
    """An order's transactions (`12-3`: of the person's group buys), or a member's (admins: by id or
    by name; several of that name are listed with their ids to pick one); nothing asked: the latest
    `LEDGER_LATEST` of her scope, with what to type to see more. Each in pages, newest first: Older
    (`?before=`, the last transaction shown) and back to the newest (the same search without it)."""
    console = console_of(request)
    lang = language(request, console.default_language)
    scope = scope_of(who)
    order_typed, member_typed = (order or "").strip().lstrip("#＃"), (member or "").strip()
    order_text, member_text = order_typed[:MAX_FIELD], member_typed[:MAX_FIELD]
    before_typed = (before or "").strip()
    errors: dict[str, str] = {}
    lines: list[LedgerLine] = []
    older: int | None = None
    choices: list[MemberLine] = []
    async with console.app.uow_factory() as uow:
        after = page_before(before_typed) if before_typed else None
        if after is not None and not await uow.console_people.transaction_in_scope(scope, after):
            after = None  # none of hers: said as no such entry, never her entries around another's
        size = LEDGER_FOUND if order_text or member_text else LEDGER_LATEST
        if len(order_typed) > MAX_FIELD:  # never cut and looked up as something else: refused, said why
            errors["order"] = "console_ledger_order_too_long"
        elif len(member_typed) > MAX_FIELD:
            errors["member"] = "console_ledger_member_too_long"
        elif order_text and member_text:  # one filter at a time: never one of them ignored without a word
            errors["member"] = "console_ledger_one_filter"
        elif before_typed and after is None:  # a page of no entry: said, never the first page as if it
            errors["before"] = "console_ledger_before_bad"
        elif order_text:
            group_buy, _, seq = order_text.partition("-")
            gid, number = parse_int(group_buy), parse_int(seq)
            order_id = None
            if (
                gid is not None
                and number is not None
                and 1 <= gid <= MAX_ROW_ID
                and 1 <= number <= MAX_ROW_ID
            ):
                order_id = await uow.orders.by_number(gid, number)
            if order_id is None or not await uow.console_people.order_in_scope(scope, order_id):
                errors["order"] = (
                    "console_ledger_order_bad_admin" if who.is_admin else "console_ledger_order_bad"
                )
            else:
                lines, older = await ledger_page_of(uow, scope, size, before=after, order_id=order_id)
        elif member_text:
            if not who.is_admin:
                errors["member"] = "console_ledger_member_admins"
            else:
                user_id = await _member_id(uow, member_text)
                if user_id is None:
                    errors["member"] = "console_ledger_member_none"
                elif isinstance(user_id, list):  # several of that name: each with the id to pick
                    errors["member"], choices = "console_ledger_member_several", user_id
                else:
                    lines, older = await ledger_page_of(uow, scope, size, before=after, member=user_id)
        else:  # nothing asked yet: the latest entries of her scope, never an empty form alone
            lines, older = await ledger_page_of(uow, scope, size, before=after)
        names = await guest_organisers(uow, [line.member for line in lines])
    shown = ledger_rows(lines, lang, console.app.tz, names)
    status = 422 if errors else 200
    query = {"order": order or "", "member": member or ""}
    asked = bool(order_text or member_text) and not errors
    latest = not (order_text or member_text) and not errors
    paged = bool(before_typed) and not errors  # an older page: said so, not "the latest"
    return render(
        request, "ledger.html", status=status, lines=shown, query=query, errors=errors, asked=asked,
        choices=choices, member=member_text, latest=latest, paged=paged, before=before_typed,
        older=ledger_link(query, older) if older is not None and not errors else "",
        newest=ledger_link(query) if before_typed else "",
    )  # fmt: skip


@router.get("/ledger/trial-balance")
async def trial_balance(request: Request, _: Admin) -> Response:
    """Every account's balance, each named as the ledger page names it (`Bob 的可提现佣金`), its key
    (`commission_available:bob`) beside it; each currency's total, which must be 0."""
    console = console_of(request)
    lang = language(request, console.default_language)
    async with console.app.uow_factory() as uow:
        trial = await uow.ledger.trial_balance()
        members = {b.account.member for b in trial.balances} - {""}
        names = await uow.console_people.names(sorted(members | {payer_of(m) for m in members}))
    balances = [
        {
            "account": named_account(
                b.account.kind.value, b.account.member, names.get(b.account.member, ""), lang, names
            ),
            "key": str(b.account),
            "currency": b.currency,
            "amount": format_money(b.amount, b.currency),
        }
        for b in trial.balances
    ]
    totals = [
        {"currency": currency, "amount": format_money(total, currency)}
        for currency, total in sorted(trial.totals.items())
    ]
    return render(request, "trial_balance.html", balances=balances, totals=totals, balanced=trial.balanced)
