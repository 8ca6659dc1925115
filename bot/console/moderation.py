"""Moderation: the flag queue of the notes (the chat's `/flags`: flagged notes nobody decided on yet,
highest score first), the hidden notes, and hiding a note or restoring it (the chat's `/hide 3 why`
and `/unhide 3`, run as if typed in the note's chat by one of its admins: the card says so, the author
is told why privately, and the change is audited).

Only the shop's admins see these pages (every chat's notes): the queue says who reported a note, which
only admins may know, as the chat's `待审笔记` answers only admins. An organiser gets a 403 saying so.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console.actions import Where, run_command
from bot.console.auth import Moderator, NotFoundHere
from bot.console.deps import Console, console_of
from bot.console.forms import CsrfForm, Form
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import page_refusal
from commerce.domain.console import AuditFilter, Principal
from commerce.domain.console_people import scope_of
from commerce.domain.errors import DomainError
from commerce.domain.moderation import MAX_WHY, NoteFlag
from commerce.domain.notes import Note
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from commerce.services import moderation as service
from handlers import moderation as chat_moderation
from handlers.context import Context
from handlers.moderation import queue_reasons
from handlers.parsing.commands import Command
from handlers.parsing.numbers import parse_int
from handlers.texts import format_datetime, t
from handlers.types import Reply

router = APIRouter()
MAX_ROW_ID = 2**31 - 1
MAX_FIELD = 32


async def _page(
    request: Request, who: Principal, *, status: int = 200, form: Form | None = None,
    errors: dict[str, str] | None = None,
) -> Response:  # fmt: skip
    console = console_of(request)
    lang = language(request, console.default_language)
    tz = console.app.tz
    scope = scope_of(who)
    async with console.app.uow_factory() as uow:
        moderated = await uow.console_people.moderated_notes(scope)
        # a chat whose notes were only reported, never flagged, has no flag row: its reports name it
        chats = sorted({note.chat_id for note, _ in moderated} | await uow.moderation.reported_chats())
        queued = [item for chat in chats for item in await service.queue(uow, chat)]
        titles = await uow.chat_names.titles(chats)
    queued.sort(key=lambda q: (-q.flag.score, q.note.id or 0))

    def shown(note: Note) -> dict[str, object]:
        return {
            "note": note,
            "chat": titles.get(note.chat_id, note.chat_id),
            "at": format_datetime(note.created_at, tz, lang),
        }

    queue = [
        {
            **shown(item.note),
            "score": round(item.flag.score * 100),
            "member": round(item.member_score * 100),
            "reasons": queue_reasons(lang, item),
        }
        for item in queued
    ]
    hidden = [
        {**shown(note), "why": flag.why, "marked": marked_before(lang, flag)}
        for note, flag in moderated
        if flag.hidden
    ]
    context = {"queue": queue, "hidden": hidden, "form": form or {}, "errors": errors or {}}
    return render(request, "moderation.html", status=status, **context)


@router.get("/moderation")
async def moderation_page(request: Request, who: Moderator) -> Response:
    return await _page(request, who)


async def note_in_scope(console: Console, who: Principal, note_id: int) -> Note:
    """The note if it is in one of this person's chats (an admin: any), else 404."""
    if not 1 <= note_id <= MAX_ROW_ID:
        raise NotFoundHere()
    async with console.app.uow_factory() as uow:
        note = await uow.notes.get(note_id)
        chats = await uow.console_people.chats_of(scope_of(who))
    if note is None or (chats is not None and note.chat_id not in chats):
        raise NotFoundHere()
    return note


def state_of(flag: NoteFlag | None, *, reported: bool = False) -> str:
    """A note as the page shows it: "hidden", "flagged" (in the queue: flagged, or reported by members,
    and no admin decided yet) or "shown" (neither)."""
    if flag is not None and flag.hidden:
        return "hidden"
    if flag is not None and flag.unverified:
        return "flagged"
    return "flagged" if reported and not (flag is not None and flag.cleared) else "shown"


def marked_before(lang: str, flag: NoteFlag) -> str:
    """A hidden note flagged ⚠️ 未验证 before it was hidden (nobody kept it): its row says so, and that
    Restore shows it again unmarked, as kept (the chat's `/unhide`: never flagged again); an ad's, that
    it stays without ✅ and out of /top, digests and 精选 (rep101 #13). "" for any other."""
    if not (flag.hidden and flag.flagged and not flag.cleared):
        return ""
    return t(lang, "console_hidden_was_flagged_ad" if flag.advert else "console_hidden_was_flagged")


async def _restored(uow: UnitOfWork, note_id: int) -> bool:
    """Whether a note shown now was last shown again after being hidden (恢复显示), not kept (保留) while
    flagged: the console's latest decision on it says so (the chat's `/unhide` is not in the log: kept)."""
    entries = await uow.console.audit_entries(AuditFilter(subjects=(f"note:{note_id}",), limit=1))
    latest = entries[0] if entries else None
    return latest is not None and latest.action == "note.restore" and latest.before.get("hidden") is True


def _stale(lang: str, note_id: int, now: str, *, restored: bool) -> str:
    """A colleague decided on the note since this page was opened: where it stands now (`now`; shown:
    `restored` or kept) said, nothing done."""
    if now == "hidden":
        key = "console_stale_note_hidden"
    elif restored:
        key = "console_stale_note_shown"
    else:
        key = "console_stale_note_kept"
    return t(lang, key, id=note_id)


def _already(lang: str, note_id: int, now: str, *, restored: bool) -> str:
    """The note already stands as the form asks (the same Hide, Restore or Leave up sent twice, or a
    colleague did the same): no clash, nothing done."""
    if now == "hidden":
        key = "console_note_already_hidden"
    elif restored:
        key = "console_note_already_restored"
    else:
        key = "console_note_already_kept"
    return t(lang, key, id=note_id)


async def _decide(
    request: Request, note: Note, who: Principal, why: str, *, hide: bool, seen: str = ""
) -> Response:
    """`/hide <note> why` or `/unhide <note>` in the note's chat as one of its admins, audited. `seen`:
    the note's state as the page showed it (`state_of`); changed since by a colleague, nothing is done.
    保留 (Leave up) of a note never hidden tells the group nothing: it was never taken down; one in the
    queue for members' reports alone is cleared as the chat's `取消隐藏 2` clears it."""
    console = console_of(request)
    lang = language(request, console.default_language)
    note_id = note.id or 0
    async with console.app.uow_factory() as uow:
        before = await uow.moderation.flag(note_id)
        reported = note_id in await uow.moderation.reports(note.chat_id)
        state = state_of(before, reported=reported)
        restored = state == "shown" and await _restored(uow, note_id)
    if seen and seen != state and state == ("hidden" if hide else "shown"):  # as asked already: no clash
        flash(request, _already(lang, note_id, state, restored=restored))
        return RedirectResponse("/moderation", status_code=303)
    if seen and seen != state:
        flash(request, _stale(lang, note_id, state, restored=restored), error=True)
        return RedirectResponse("/moderation", status_code=303)
    was_hidden = before is not None and before.hidden
    action = "note.hide" if hide else "note.restore"

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        after = await uow.moderation.flag(note_id)
        await audit_log.audit(
            uow,
            who,
            action,
            f"note:{note_id}",
            now=console.app.clock.now(),
            before={"hidden": state == "hidden", "flagged": state == "flagged"},
            after={"hidden": bool(after and after.hidden), **({"why": why} if hide and why else {})},
        )

    command = Command("hide" if hide else "unhide", rest=f"{note_id} {why}".strip() if hide else str(note_id))
    where = Where(note.chat_id)  # as in the chat: only its admins (and the console's) moderate

    async def kept(ctx: Context) -> list[Reply]:
        """`/unhide` of a note never hidden: its card refreshed, no word to the group or the author; those
        who reported it told it stays up."""
        replies = await chat_moderation.unhide(ctx)
        reporters = {r.member_id for r in (await ctx.uow.moderation.reports(note.chat_id)).get(note_id, [])}
        return [r for r in replies if r.card_of is not None or (r.private_to in reporters and r.text)]

    handler = kept if not hide and not was_hidden else None
    try:
        await run_command(
            console.app, who, command, where, lang=None, audit=audit, fallback_lang=note.lang, handler=handler
        )
    except DomainError as refusal:
        flash(request, page_refusal(lang, refusal), error=True)
    else:
        shown_again = "console_note_restored" if was_hidden else "console_note_kept"
        done = "console_note_hidden" if hide else shown_again
        said = t(lang, done, id=note_id)
        unmarked = "" if hide or before is None else marked_before(lang, before)
        if unmarked:  # its ⚠️ goes with the Restore: said, never dropped silently (rep101 #13)
            said = t(lang, "two_sentences", first=said, second=t(lang, "console_note_restored_unmarked"))
            if before is not None and before.advert:
                said = t(lang, "two_sentences", first=said, second=t(lang, "console_note_restored_ad"))
        if hide:  # the author's second note hidden there: how to stop them, as the chat's hide says
            async with console.app.uow_factory() as uow:
                count = await chat_moderation.hidden_to_mute(uow, note.chat_id, note.author_id)
            if count:
                hint = t(lang, "console_mute_hint", count=count, name=note.author_name)
                said = f"{said} {hint}"
        flash(request, said)
    return RedirectResponse("/moderation", status_code=303)


def admins_only(request: Request, back: str) -> Response:
    """An organiser's stop or allow on a member's page: only the shop's admins do it here (as only a
    chat's admins do in the chat); the page offers her no such button, and says so."""
    lang = language(request, console_of(request).default_language)
    flash(request, t(lang, "console_moderation_admins_only"), error=True)
    return RedirectResponse(back, status_code=303)


@router.post("/moderation/hide")
async def hide(request: Request, who: Moderator, form: CsrfForm) -> Response:
    """Hide a note by its number (a row of the queue, or typed), with the reason the author is told."""
    console = console_of(request)
    typed = form.get("note", "").strip().lstrip("#＃")[:MAX_FIELD]
    number = parse_int(typed)
    why = " ".join(form.get("why", "").split())
    errors: dict[str, str] = {}
    note = None
    if not typed:
        errors["note"] = "console_note_missing"
    elif number is None or number < 1:  # `abc`, `-1`: no note's number
        errors["note"] = "console_note_not_number"
    else:
        try:
            note = await note_in_scope(console, who, number)
        except NotFoundHere:
            errors["note"] = "console_note_bad"
    if len(why) > MAX_WHY:
        errors["why"] = "console_why_too_long"
    if errors or note is None:
        return await _page(request, who, status=422, form=form, errors=errors)
    return await _decide(request, note, who, why, hide=True, seen=form.get("seen", ""))


@router.post("/moderation/notes/{note_id}/restore")
async def restore(request: Request, note_id: int, who: Moderator, form: CsrfForm) -> Response:
    """Show a hidden note again, or leave a flagged one up (cleared: not flagged again)."""
    note = await note_in_scope(console_of(request), who, note_id)
    return await _decide(request, note, who, "", hide=False, seen=form.get("seen", ""))
