"""The audit log (admins only): every change made in the console, newest first, filtered by who, what
(an action, offered by its words in the page's language: a select of `AUDIT_ACTIONS`; one it does not
know is answered beside the field, nothing listed), about what (an order by the number users see,
`#3-2`, a payout or note as a row shows it, or a subject as written) and dates (inclusive, in the
chats' timezone). An order is shown by its number (`Order #3-2`), a payout or note in words (`提现 #2`,
`Payout #2`), the subject as written (`order:8`) in its title."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from bot.console.auth import Admin
from bot.console.deps import console_of
from bot.console.orders import ONCE_KEY
from bot.console.render import language, render
from commerce.domain.console import ADMIN_PREFIX, AUDIT_ACTIONS, AuditEntry, AuditFilter
from commerce.domain.console_people import Scope
from commerce.ports import UnitOfWork
from handlers.texts import format_datetime, t

router = APIRouter()
TICK = timedelta(microseconds=1)
MAX_NAMED = 50  # members one Who name may stand for
MAX_ROW_ID = 2**31 - 1
ORDER_NUMBER = re.compile(r"(\d{1,10})\s*-\s*(\d{1,10})")  # `3-2`: group buy 3's order 2
# A subject's kind as a row shows it or the log writes it (`提现 #2`, `payout:2`, `order #3-2`)
KIND_WORDS = {"order": "order", "订单": "order", "payout": "payout", "提现": "payout", "note": "note"}
KIND_WORDS |= {"笔记": "note", "group_buy": "group_buy", "团购": "group_buy", "group buy": "group_buy"}
KIND_NAMED = re.compile(
    r"(order|payout|note|group_buy|group buy|订单|提现|笔记|团购)\s*[:：]?\s*(#?\s*\S+)", re.IGNORECASE
)
# in words, as orders are (`提现 #2`, `笔记 #1`, `团购 #4`)
SHOWN_KINDS = {
    "payout": "console_audit_payout",
    "note": "console_audit_note",
    "group_buy": "console_audit_group_buy",
}


def action_words(lang: str, action: str) -> str:
    """An action as the page says it (`order.refund`: 退款 / Order refunded); one it does not know, as
    written."""
    return t(lang, f"console_audit_action_{action.replace('.', '_')}") if action in AUDIT_ACTIONS else action


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _json(value: object) -> Markup:
    """An entry's before or after as typed (`广告`, not as JSON's ASCII escapes), as the text of an
    element: `&`, `<` and `>` escaped, the quotes left as they are."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


async def _actors(uow: UnitOfWork, who: str) -> list[str]:
    """The actors `who` names: one as the log writes it (`playground:alice`, `console:root`), a console
    admin as its Who column shows her (`Admin root`, `管理员 root`), and a person by name or bare id
    (`alice`, `Alice`), whatever the case."""
    wanted = who.casefold()
    names = {wanted, wanted.removeprefix(ADMIN_PREFIX)}
    for lang in ("zh", "en"):  # as the Who column shows one, `Admin boss`, `管理员 boss` (rep80 #11)
        word = t(lang, "console_audit_who_admin", name="").strip().casefold()
        if wanted.startswith(word):
            names.add(wanted.removeprefix(word).strip())
    found = {who}
    for account in await uow.console.accounts():
        if account.username.casefold() in names:
            found.add(ADMIN_PREFIX + account.username)
    for member in await uow.console_people.named(who, limit=MAX_NAMED):  # however long ago seen
        found.add(member.identity)
    return sorted(found)


async def _subjects(uow: UnitOfWork, about: str) -> tuple[str, ...]:
    """The subjects `about` names: an order by the number users see (`#3-2`, `3-2`, full width too, or
    as a row shows it, `订单 #3-2`, `order:3-2`) is `order:<id>` as the log writes it (and `order:3-2`,
    as the console once did); a group buy's number (`#3`) `group_buy:3`; a payout or note as a row shows
    it (`提现 #2`, `note #1`) or as written (`payout:2`); anything else as typed (`order:8`)."""
    typed = unicodedata.normalize("NFKC", about).strip()
    named = KIND_NAMED.fullmatch(typed)
    kind = KIND_WORDS[" ".join(named.group(1).casefold().split())] if named else ""
    bare = (named.group(2) if named else typed).lstrip("#").strip()
    if kind in ("payout", "note", "group_buy") and bare.isdigit() and int(bare) <= MAX_ROW_ID:
        return (f"{kind}:{int(bare)}",)
    number = ORDER_NUMBER.fullmatch(bare) if kind in ("", "order") else None
    if number is not None:
        group_buy, seq = int(number.group(1)), int(number.group(2))
        found = await uow.orders.by_number(group_buy, seq) if max(group_buy, seq) <= MAX_ROW_ID else None
        return (f"order:{bare}",) if found is None else (f"order:{found}", f"order:{bare}")
    if bare.isdigit() and not kind:
        return (f"group_buy:{int(bare)}",)
    return (typed,)


async def _member_in_chat(uow: UnitOfWork, subject: str, lang: str) -> Markup | None:
    """A member in a chat (`member:playground:bob@chat:family`: Stop posting notes there) as users know
    them: her name, linked to her page, and the chat's title (`Bob（群「家庭群」）`); None when the subject
    is not one. A member or chat never seen is shown by her id or its id."""
    member_part, at, chat_part = subject.partition("@chat:")
    if not at or not member_part.startswith("member:"):
        return None
    identity = member_part.removeprefix("member:")
    member = await uow.console_people.member(Scope(), identity)
    name = member.name if member is not None and member.name else identity
    title = (await uow.chat_names.titles([chat_part])).get(chat_part) or chat_part
    link = Markup('<a href="/members/{}">{}</a>').format(quote(identity, safe=":"), name)
    return Markup(escape(t(lang, "console_audit_member_in_chat", name="{name}", chat="{chat}"))).format(
        name=link, chat=title
    )


async def _shown_subjects(uow: UnitOfWork, entries: list[AuditEntry], lang: str) -> dict[str, str]:
    """Each order subject (`order:8`) as users see it (`order #3-2`), a member in a chat by her name
    (linked) and its title; the others are shown as written."""
    shown: dict[str, str] = {}
    for entry in entries:
        if entry.subject not in shown and (member := await _member_in_chat(uow, entry.subject, lang)):
            shown[entry.subject] = member
            continue
        kind, _, value = entry.subject.partition(":")
        if kind in SHOWN_KINDS and value.isdigit():  # `提现 #2`, `笔记 #1`, `团购 #4`
            shown[entry.subject] = t(lang, SHOWN_KINDS[kind], id=value)
            continue
        if kind != "order" or not value.isdigit() or entry.subject in shown or int(value) > MAX_ROW_ID:
            continue
        order = await uow.orders.get(int(value))
        if order is not None:
            shown[entry.subject] = t(lang, "console_audit_order", order=str(order.number))
    return shown


async def _chat_of(uow: UnitOfWork, subject: str, group_buy_chats: dict[int, str | None]) -> str | None:
    """The chat an entry's subject is in (a group buy's, an order's group buy's, a note's, a member's in
    a chat), whose name for its actor the row shows; None for a payout, or a subject gone."""
    member_part, at, chat_part = subject.partition("@chat:")
    if at and member_part.startswith("member:"):
        return chat_part
    kind, _, value = subject.partition(":")
    if not value.isdigit() or int(value) > MAX_ROW_ID:
        return None
    if kind == "note":
        note = await uow.notes.get(int(value))
        return note.chat_id if note is not None else None
    group_buy_id: int | None = int(value) if kind == "group_buy" else None
    if kind == "order":
        order = await uow.orders.get(int(value))
        group_buy_id = order.group_buy_id if order is not None else None
    if group_buy_id is None:
        return None
    if group_buy_id not in group_buy_chats:
        group_buy = await uow.group_buys.get(group_buy_id)
        group_buy_chats[group_buy_id] = group_buy.chat_id if group_buy is not None else None
    return group_buy_chats[group_buy_id]


async def _shown_actors(uow: UnitOfWork, entries: list[AuditEntry], lang: str) -> dict[int, str]:
    """Each entry's actor (by the entry's position) as people know them: a member by the name the
    chat of its subject knows her by (her room alias there, else her display name), else her name as
    last seen; an admin as `管理员 root` / "Admin root". One never seen is left out (shown by her id)."""
    shown: dict[int, str] = {}
    group_buy_chats: dict[int, str | None] = {}
    names: dict[tuple[str | None, str], str | None] = {}
    for index, entry in enumerate(entries):
        if entry.actor.startswith(ADMIN_PREFIX):
            shown[index] = t(lang, "console_audit_who_admin", name=entry.actor.removeprefix(ADMIN_PREFIX))
            continue
        chat = await _chat_of(uow, entry.subject, group_buy_chats)
        if (chat, entry.actor) not in names:
            name = await uow.members.name_in(chat, entry.actor) if chat is not None else None
            names[(chat, entry.actor)] = name or await uow.members.name_of(entry.actor)
        if name := names[(chat, entry.actor)]:
            shown[index] = name
    return shown


async def _entries(uow: UnitOfWork, where: AuditFilter) -> list[AuditEntry]:
    """The entries matching `where`, its actor read as a person (`_actors`), newest first."""
    if where.actor is None:
        return await uow.console.audit_entries(where)
    entries: list[AuditEntry] = []
    for actor in await _actors(uow, where.actor):
        entries += await uow.console.audit_entries(replace(where, actor=actor))
    entries.sort(key=lambda e: (e.at, e.id or 0), reverse=True)
    return entries[: where.limit]


@router.get("/audit")
async def audit_list(
    request: Request,
    _: Admin,
    who: str | None = None,
    what: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Response:
    console = console_of(request)
    tz = console.app.tz
    lang = language(request, console.default_language)
    first, last = _day(since), _day(until)
    given = (("since", since, first), ("until", until, last))
    errors = {
        name: t(lang, "console_audit_date_bad", value=text if len(text) <= 40 else text[:39] + "…")
        for name, text, day in given
        if text and day is None
    }
    reversed_dates = first is not None and last is not None and first > last
    if reversed_dates:  # nothing could match: said, none listed
        errors["until"] = t(lang, "console_audit_dates_reversed", since=since, until=until)
    action = (what or "").strip() or None
    if action is not None and action not in AUDIT_ACTIONS:  # a hand-made or old link: said, nothing listed
        shown_value = action if len(action) <= 40 else action[:39] + "…"
        errors["what"] = t(lang, "console_audit_what_bad", value=shown_value)
    where = AuditFilter(
        actor=(who or "").strip()[:200] or None,
        action=action,
        since=None if first is None else datetime.combine(first, time(), tz),
        until=None if last is None else datetime.combine(last + timedelta(days=1), time(), tz) - TICK,
    )
    about_text = (about or "").strip()[:200]
    entries: list[AuditEntry] = []
    subjects: dict[str, str] = {}
    actors: dict[int, str] = {}
    if not errors:  # any filter unread (a date mistyped too): none listed, never the whole log as if filtered
        async with console.app.uow_factory() as uow:
            if about_text:
                where = replace(where, subjects=await _subjects(uow, about_text))
            entries = await _entries(uow, where)
            subjects = await _shown_subjects(uow, entries, lang)
            actors = await _shown_actors(uow, entries, lang)
    shown = [
        {
            "entry": e,
            "who": actors.get(index, e.actor),
            "action": action_words(lang, e.action),
            "subject": subjects.get(e.subject, e.subject),
            "at": format_datetime(e.at, tz, lang),
            "before": _json(e.before),
            "after": _json({key: value for key, value in e.after.items() if key != ONCE_KEY}),
        }
        for index, e in enumerate(entries)
    ]
    filters = {
        "who": who or "", "what": what or "", "about": about or "", "since": since or "", "until": until or ""
    }  # fmt: skip
    actions = [(code, action_words(lang, code)) for code in AUDIT_ACTIONS]
    status = 422 if errors else 200
    return render(
        request, "audit.html", status=status, entries=shown, filters=filters, errors=errors, actions=actions,
        reversed_dates=reversed_dates,
    )  # fmt: skip
