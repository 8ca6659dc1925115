"""Group buys from the console, beyond the list and close: create, edit, cancel, copy.

Each is the chat command an organiser would type (`chat_commands.run_typed`: `/groupbuy …` in the
chosen chat, `/edit #12 …`, `/cancel #12`, `/copy #12 to …` in the group buy's chat), run as the
logged-in person, so the chat sees the card and the announcement, and is refused as the chat would
refuse it; its audit entry is written in the same transaction. A form with a mistake comes back with
everything typed kept and the message next to the field (`gb_forms.field_of`).

Which chat a new group buy (or a copy) goes to: an admin picks any chat the bot knows, an organiser a
chat they were seen in (as `/copy … to` allows). Whose it is: an organiser's own; an admin picks one of
the chat's known members (`organiser_choices`; chosen every time, none chosen for her), and the
command runs as that member (the card, /status and the orders name them, their commands work on it;
she is told privately an admin opened it in her name), the audit log still naming the admin; a chat
with no known member gets the catalog's "<chat> organiser" as its organiser's name, never the admin's
login. An admin's copy runs as the group buy's organiser (`_its_organiser`: the copy is hers as the
original is) and stays in its chat (the console offers no other). Both forms that open a group buy
are sent once (`_sent_before`).
"""

from __future__ import annotations

import functools
import hashlib
import secrets
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from bot.console import gb_forms
from bot.console.actions import Where
from bot.console.auth import NotFoundHere, Organiser
from bot.console.chat_commands import run_typed
from bot.console.deps import Console, console_of
from bot.console.forms import CsrfForm
from bot.console.group_buys import own_group_buy
from bot.console.render import language, render
from bot.console.sessions import flash
from bot.console.wording import form_refusal, page_refusal
from commerce.domain.chats import ChatName
from commerce.domain.console import GroupBuyRow, Principal, Role
from commerce.domain.console_people import MemberLine
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import has_own_pickup, seen_in
from commerce.domain.member import identity
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from handlers import edits, organiser_told
from handlers import group_buys as chat_group_buys
from handlers.context import Context, chat_setting
from handlers.parsing.when import parse_when
from handlers.registry import HANDLERS
from handlers.texts import t
from handlers.texts.pickup import pickup_text
from handlers.types import Reply

router = APIRouter()
MAX_CHATS = 200
MAX_MEMBERS = 200  # an admin's choice of organiser: the chat's most recently seen members
# The new group buy form's one-time token (`once`): a second submission of the same form (a double
# click, a refresh, Back and send) opens nothing again. Claimed in the shared counters for this long.
ONCE_SECONDS = 24 * 3600
MAX_ONCE = 64
MAX_REASON = 200  # a cancel's reason, as a refund's


async def chat_choices(console: Console, who: Principal) -> list[ChatName]:
    """The chats this person may open a group buy in: every chat the bot knows for an admin, the chats
    they were seen in for an organiser."""
    async with console.app.uow_factory() as uow:
        if who.is_admin:
            return await uow.console.known_chats(limit=MAX_CHATS)
        return await uow.chat_names.of_member(who.identity, limit=MAX_CHATS)


@dataclass(frozen=True)
class Organisers:
    """Who may organise a group buy an admin opens in `chat`: its known members, most recently seen
    first. None is chosen for the admin: she picks one every time."""

    chat: str = ""
    members: tuple[MemberLine, ...] = ()
    nobody: str = ""  # no member known: the organiser's name it opens as (`Quiet Street organiser`)

    def find(self, identity: str) -> MemberLine | None:
        return next((member for member in self.members if member.identity == identity), None)


async def organiser_choices(
    console: Console, who: Principal, chat: str, *, chats: Sequence[ChatName] = (), lang: str = ""
) -> Organisers:
    """An admin's choices of organiser in `chat` (none for an organiser: a group buy they open is
    theirs, and before a chat is chosen); none known there: the name it opens as (of `chats`)."""
    if not who.is_admin or not chat:
        return Organisers(chat)
    async with console.app.uow_factory() as uow:
        members = tuple(await uow.console_people.in_chat(chat, limit=MAX_MEMBERS))
    if members:
        return Organisers(chat, members)
    named = next((c for c in chats if c.chat_id == chat), None)
    return Organisers(chat, members, nobody=await _nobody_label(console, named, lang))


async def _nobody_label(console: Console, chat: ChatName | None, lang: str) -> str:
    """The organiser's name of a group buy an admin opens in a chat with no known member: the
    catalog's "<chat> organiser", in the chat's `/lang`, else the page's."""
    if chat is None:
        return ""
    async with console.app.uow_factory() as uow:
        spoken = await chat_setting(uow, chat.chat_id, console.app.memo) or lang
    return t(spoken, "console_chat_organiser", chat=chat.shown)


def _errors_text(
    lang: str, errors: Mapping[str, DomainError], tz: ZoneInfo | None = None, **known: object
) -> dict[str, str]:
    """Each field's refusal in the page's words (`tz`: the group buy form's, `form_refusal`, with what
    the page `known`s: the group buy's number, …)."""
    if tz is not None:
        return {name: form_refusal(lang, tz, refusal, **known) for name, refusal in errors.items()}
    return {name: page_refusal(lang, refusal) for name, refusal in errors.items()}


# -- create ---------------------------------------------------------------------------------------------
@router.get("/group-buys/new")
async def new_form(request: Request, who: Organiser) -> Response:
    """The form; `?chat=` (an admin's "show its members") chosen, with that chat's members to pick the
    organiser from, and whatever else was typed kept."""
    console = console_of(request)
    chats = await chat_choices(console, who)
    fields = gb_forms.read_fields(request.query_params)
    chat = request.query_params.get("chat", "")
    chat = chat if chat in {c.chat_id for c in chats} else ""
    lang = language(request, console.default_language)
    organisers = await organiser_choices(console, who, chat, chats=chats, lang=lang)
    once = secrets.token_urlsafe(16)  # this form's one submission (`_claim`)
    return render(
        request, "group_buy_form.html", mode="new", fields=fields, chats=chats, chat=chat, errors={},
        once=once, organisers=organisers, organiser="",
    )  # fmt: skip


async def _claim(console: Console, who: Principal, once: str) -> tuple[bool, int]:
    """Claim the form token `once` for this submission: (True, 0) for the first; else (False, the group
    buy the first one opened, 0 while it is still being opened)."""
    key = f"console:once:{who.identity}:{once}"
    if await console.counters.incr(key, ttl=ONCE_SECONDS) == 1:
        return True, 0
    return False, await console.counters.value(f"{key}:opened")


async def _sent_before(
    request: Request, console: Console, who: Principal, once: str, lang: str
) -> Response | None:
    """A form that opens a group buy (new, copy) sent again with the same token `once` (a double click,
    a refresh): the page of what the first opened, saying nothing was opened again; None for the first
    submission (claimed: `_settle` it after) or a form without a token."""
    if not once:
        return None
    first, opened_before = await _claim(console, who, once)
    if first:
        return None
    if not opened_before:  # the first is still being opened
        flash(request, t(lang, "console_group_buy_sent_twice_pending"), error=True)
        return RedirectResponse("/group-buys", status_code=303)
    flash(request, t(lang, "console_group_buy_sent_twice", id=opened_before), error=True)
    return RedirectResponse(f"/group-buys/{opened_before}", status_code=303)


async def _opening_once(
    console: Console, who: Principal, once: str, opening: Awaitable[list[Reply]]
) -> list[Reply]:
    """Run the command that opens a group buy for a form claimed by `_sent_before`: the token kept with
    what it opened, or given back when it fails (a refusal, anything), so the form sent again is taken."""
    try:
        replies = await opening
    except BaseException:
        if once:
            await _settle(console, who, once, None)
        raise
    if once:
        await _settle(console, who, once, next((r.card_of for r in replies if r.card_of), None))
    return replies


async def _settle(console: Console, who: Principal, once: str, opened: int | None) -> None:
    """After the claimed submission: the group buy it opened kept with the token, or (refused) the
    token given back, so the form corrected and sent again is taken."""
    key = f"console:once:{who.identity}:{once}"
    if opened:
        await console.counters.incr(f"{key}:opened", by=opened, ttl=ONCE_SECONDS)
    else:
        await console.counters.incr(key, by=-1, ttl=ONCE_SECONDS)


@router.post("/group-buys/new")
async def create(request: Request, who: Organiser, form: CsrfForm) -> Response:
    """`/groupbuy …` in the chosen chat, as the person: the chat gets the announcement and the card."""
    console = console_of(request)
    lang = language(request, console.default_language)
    app = console.app
    fields = gb_forms.read_fields(form)
    chats = await chat_choices(console, who)
    chat = form.get("chat", "")
    once = form.get("once", "")[:MAX_ONCE]
    errors: dict[str, DomainError] = gb_forms.check(
        fields, currency=app.config.currency, now=app.clock.now(), tz=app.tz,
        present=frozenset(gb_forms.FIELDS), has_options=bool(fields["options"]),
    )  # fmt: skip
    if not fields["title"]:
        errors.setdefault("title", DomainError("title_missing"))
    if not fields["price"] and not fields["options"]:
        errors.setdefault("price", DomainError("console_price_or_options"))
    if fields["price"] and fields["options"]:
        errors.setdefault("options", DomainError("options_with_price"))
    probe = gb_forms.open_probe(
        fields, currency=app.config.currency, now=app.clock.now(), tz=app.tz,
        max_unit_price=app.config.max_unit_price,
    )  # fmt: skip
    gb_forms.whole_refusals(errors, gb_forms.FIELDS, probe)  # all of them at once, never in rounds
    if "price" in errors and fields["options"] and not fields["price"]:  # 多规格: the options hold them
        errors.setdefault("options", errors.pop("price"))
    if chat not in {c.chat_id for c in chats}:
        errors["chat"] = DomainError("console_chat_pick")
    chosen = "" if "chat" in errors else chat
    organisers = await organiser_choices(console, who, chosen, chats=chats, lang=lang)
    organiser = form.get("organiser", "")  # chosen every time: never a silent default
    acting, typed_in = who, Where(chat)  # an organiser's own group buy
    if organisers.members:  # an admin's, for one of the chat's members
        member = organisers.find(organiser)
        if member is None:
            errors["organiser"] = DomainError("console_organiser_pick")
        else:
            acting = Principal(Role.ORGANISER, member.name, member.identity)
    elif who.is_admin and "chat" not in errors:  # nobody known there: the chat's organiser, by the catalog
        typed_in = Where(chat, as_name=organisers.nobody)

    def again(problems: Mapping[str, str]) -> Response:
        return render(
            request, "group_buy_form.html", status=422, mode="new", fields=gb_forms.as_typed(form, fields),
            chats=chats, chat=chat,
            errors=problems, once=once or secrets.token_urlsafe(16), organisers=organisers,
            organiser=organiser,
        )  # fmt: skip

    if errors:
        return again(_errors_text(lang, errors, app.tz))
    repeated = await _sent_before(request, console, who, once, lang)
    if repeated is not None:
        return repeated

    async def audit(uow: UnitOfWork, replies: Sequence[Reply]) -> None:
        opened = next((r.card_of for r in replies if r.card_of), None)
        written = {name: value for name, value in fields.items() if value}
        await audit_log.audit(
            uow, who, "group_buy.create", f"group_buy:{opened}", now=app.clock.now(),
            after={"chat": chat, **written, **({"organiser": acting.identity} if acting is not who else {})},
        )  # fmt: skip

    async def handler(ctx: Context) -> list[Reply]:
        """The chat's `/groupbuy` as the organiser chosen; an admin's told to her privately: a group
        buy in her name is hers to collect for, told in her language (her own, else the group's as it
        spoke before this one, never the admin's page's: rep98 #6)."""
        spoken = await ctx.group_language() if acting is not who else None
        replies = await HANDLERS[ctx.command.name](ctx)
        opened = next((r.card_of for r in replies if r.card_of), None)
        made = await ctx.uow.group_buys.get(opened) if opened is not None else None
        if acting is not who and made is not None:
            where = next((c.shown for c in chats if c.chat_id == chat), chat)

            def text(lang: str, by: str) -> str:
                title = made.terms.title
                return t(lang, "console_organiser_opened", by=by, title=title, id=opened, chat=where)

            replies += await organiser_told.told_by_admin(ctx, made, who.name, text, group=spoken)
        return replies

    text = gb_forms.open_command(fields)  # the chat's `/lang`, else the organiser's (the page's)
    opening = run_typed(console, acting, text, typed_in, audit=audit, fallback_lang=lang, handler=handler)
    try:
        replies = await _opening_once(console, who, once, opening)
    except DomainError as refusal:
        where = gb_forms.field_of(refusal)
        if where == "price" and fields["options"] and not fields["price"]:  # 多规格: the options hold them
            where = "options"
        return again({where or "_form": form_refusal(lang, app.tz, refusal)})
    opened = next((r.card_of for r in replies if r.card_of), None)
    done = t(lang, "console_group_buy_created", id=opened, title=fields["title"])
    if gb_forms.no_limit(form.get("limit", "")):  # `0` typed: said to be no limit, never dropped unsaid
        done = t(lang, "two_sentences", first=done, second=t(lang, "console_limit_none"))
    flash(request, done)
    return RedirectResponse(f"/group-buys/{opened}", status_code=303)


# -- edit -----------------------------------------------------------------------------------------------
async def _group_buy(console: Console, row: GroupBuyRow) -> GroupBuy:
    async with console.app.uow_factory() as uow:
        found = await uow.group_buys.get(row.id)
    if found is None:
        raise NotFoundHere()
    return found


_PICKUP = frozenset({"pickup"})
ENDED = ("failed", "cancelled")  # nothing of it changes any more (a closed one: its pickup and payment)


def _ended(request: Request, row: GroupBuyRow, lang: str) -> Response:
    """A failed or cancelled group buy has no edit form: back to its page, saying why."""
    status = t(lang, f"console_status_{row.status}")
    flash(request, t(lang, "console_edit_ended", id=row.id, title=row.title, status=status), error=True)
    return RedirectResponse(f"/group-buys/{row.id}", status_code=303)


@router.get("/group-buys/{group_buy_id}/edit")
async def edit_form(request: Request, group_buy_id: int, who: Organiser) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    row = await own_group_buy(console, who, group_buy_id)
    if row.status in ENDED:
        return _ended(request, row, lang)
    group_buy = await _group_buy(console, row)
    fields = gb_forms.current_fields(group_buy, console.app.tz, lang)
    groups = await _group_pickups(console, group_buy, lang)
    return render(
        request, "group_buy_form.html", mode="edit", row=row, fields=fields, errors={},
        has_options=bool(group_buy.terms.options), was=fields, closed=row.status != "open",
        groups=groups, group_fields={g.name: g.value for g in groups}, once=secrets.token_urlsafe(16),
    )  # fmt: skip


def _typed_key(group_buy_id: int, once: str, name: str, typed: str) -> str:
    """The key an edit page's save keeps what one field, as typed (`3d`), came to (`12月11日 04:31`)."""
    digest = hashlib.sha256(" ".join(typed.split()).encode()).hexdigest()[:16]
    return f"console:edit:{group_buy_id}:{once}:{name}:{digest}"


async def _saved_from_this_page(
    console: Console, group_buy_id: int, once: str, fields: Mapping[str, str], now: Mapping[str, str]
) -> list[str]:
    """Of the fields that read otherwise than the edit page (`once`) showed them, those this very page
    saved with the same text, still as that save left them: a relative deadline (`3d`) or pickup
    (`明天下午5点`) sent again, the same edit (its time read anew would differ), never a colleague's."""
    if not once:
        return []
    async with console.app.uow_factory() as uow:
        return [
            name
            for name, value in now.items()
            if await uow.updates.answer(_typed_key(group_buy_id, once, name, fields[name])) == value
        ]


@dataclass(frozen=True)
class GroupPickup:
    """帮卖: a group listing the group buy that set its own pickup (`自提 #12 …` there), as the edit form
    shows it: its field's `name` (`pickup_listing_<id>`), the group's name, its pickup as the card there
    shows it (its time the group buy's when it has none of its own)."""

    listing_id: int
    name: str
    group: str
    value: str


async def _group_pickups(console: Console, group_buy: GroupBuy, lang: str) -> list[GroupPickup]:
    """The groups listing `group_buy` with their own pickup, in listing order."""
    assert group_buy.id is not None
    async with console.app.uow_factory() as uow:
        own = [found for found in await uow.listings.of_group_buy(group_buy.id) if has_own_pickup(found)]
        names = await uow.chat_names.titles([found.chat_id for found in own])
    return [
        GroupPickup(
            listing_id=found.id,
            name=f"pickup_listing_{found.id}",
            group=names.get(found.chat_id, found.chat_id),
            value=pickup_text(seen_in(group_buy, found).terms, console.app.tz, lang),
        )
        for found in own
        if found.id is not None
    ]


@router.post("/group-buys/{group_buy_id}/edit")
async def edit(request: Request, group_buy_id: int, who: Organiser, form: CsrfForm) -> Response:
    """`/edit #12 …` with the fields that changed, in the group buy's chat: the group reads the news
    (a lower price, a new deadline) and the card follows."""
    console = console_of(request)
    lang = language(request, console.default_language)
    app = console.app
    row = await own_group_buy(console, who, group_buy_id)
    if row.status in ENDED:
        return _ended(request, row, lang)
    group_buy = await _group_buy(console, row)
    before = gb_forms.current_fields(group_buy, app.tz, lang)
    fields = gb_forms.read_fields(form)
    for name in gb_forms.EDITABLE:  # a field the form does not have stays (an emptied one is posted "")
        if name not in form:
            fields[name] = before[name]
    has_options = bool(group_buy.terms.options)
    if has_options:  # the options are as opened; an option's own price and stock: `/edit #12 5kg …`
        fields["price"], fields["options"] = before["price"], before["options"]
    was = gb_forms.loaded(form) or before  # what this person saw: only what they changed is sent
    names = gb_forms.changed(fields, was)
    groups = await _group_pickups(console, group_buy, lang)  # 帮卖: each group's own pickup
    group_fields = {g.name: " ".join(form.get(g.name, g.value).split())[: gb_forms.MAX_FIELD] for g in groups}
    group_changes = [g for g in groups if group_fields[g.name] != form.get(f"was_{g.name}", g.value)]
    conflicts = {name: before[name] for name in names if before[name] != was[name]}
    currency = group_buy.terms.currency
    saved = [name for name in conflicts if gb_forms.same_value(name, fields[name], before[name], currency)]
    once = form.get("once", "")[:MAX_ONCE]  # this page load's: its own save sent again is no clash
    others = {name: before[name] for name in conflicts if name not in saved}
    saved += await _saved_from_this_page(console, group_buy_id, once, fields, others)
    for name in saved:  # the same form saved again (or a colleague made the same change): no clash
        del conflicts[name]
        names.remove(name)
    if saved and not names and not group_changes:  # all of it is saved already: said so, nothing to change
        shown = t(lang, "list_separator").join(
            t(lang, "console_edit_field_is", field=t(lang, f"console_field_{name}"), value=before[name])
            for name in saved
        )
        flash(request, t(lang, "console_edit_saved_already", fields=shown))
        return RedirectResponse(f"/group-buys/{group_buy_id}", status_code=303)
    if not names and not group_changes and gb_forms.no_limit(form.get("limit", "")) and not before["limit"]:
        flash(request, t(lang, "console_limit_none_already"))  # `0` where there is none: so it stays
        return RedirectResponse(f"/group-buys/{group_buy_id}", status_code=303)
    errors = gb_forms.check(
        fields, currency=group_buy.terms.currency, now=app.clock.now(), tz=app.tz,
        present=frozenset(names), has_options=has_options,
    )  # fmt: skip
    required, cleared = gb_forms.emptied(fields, names)  # an emptied note clears it, an emptied title not
    errors.update(required)
    if has_options and "title" in names:  # the words before the keywords name an option there
        errors["title"] = DomainError("console_title_fixed_with_options")
    if not names and not group_changes:
        errors["_form"] = DomainError("console_edit_nothing")
    for name, now_is in conflicts.items():  # changed meanwhile by someone else: never overwritten unseen
        errors[name] = DomainError("console_edit_conflict", now=now_is)
    for group in group_changes:  # a group's own pickup: read as the Pickup field is
        typed = group_fields[group.name]
        if form.get(f"was_{group.name}", group.value) != group.value and typed != group.value:
            errors[group.name] = DomainError("console_edit_conflict", now=group.value)
        elif typed:
            found = gb_forms.check(
                {"pickup": typed}, currency="", now=app.clock.now(), tz=app.tz, present=_PICKUP
            )
            if found:
                errors[group.name] = next(iter(found.values()))

    def again(problems: Mapping[str, str], *, drop: str = "") -> Response:
        return render(
            request, "group_buy_form.html", status=422, mode="edit", row=row,
            fields=gb_forms.as_typed(form, fields),
            errors=problems, has_options=has_options, was=before, closed=row.status != "open", drop=drop,
            groups=groups, group_fields=group_fields, once=secrets.token_urlsafe(16),
        )  # fmt: skip

    details = set(names) <= {"pickup", "payment"}  # all a closed group buy's form changes: read alike
    if names and "_form" not in errors and (row.status == "open" or details):  # at once, never in rounds
        largest = 0
        if "limit" in names and fields["limit"]:
            async with app.uow_factory() as uow:
                largest = await uow.edits.largest_line(group_buy_id)
        probe = gb_forms.edit_probe(
            group_buy, fields, cleared, actor=who.user_id, is_admin=who.is_admin, now=app.clock.now(),
            tz=app.tz, max_unit_price=app.config.max_unit_price, largest_line=largest,
        )  # fmt: skip
        gb_forms.whole_refusals(errors, names, probe)
    options = group_buy.terms.options
    example = {"id": group_buy_id, "option": options[0].name if options else ""}
    if who.user_id != row.organiser_id:  # an admin: lines come off by the organiser, in the chat
        example["organiser"] = row.organiser_name
    if errors:
        return again(_errors_text(lang, errors, app.tz, **example))

    group_before = {g.name: g.value for g in group_changes}  # 帮卖: each group's own pickup changed
    group_after = {g.name: group_fields[g.name] for g in group_changes}

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        edited = await uow.group_buys.get(group_buy_id)
        was_then = gb_forms.audited_fields(group_buy, app.tz, lang)  # the real values (a target of 1 too)
        now_fields = gb_forms.audited_fields(edited, app.tz, lang) if edited is not None else fields
        was_money, now_money = _currency_changed(group_buy, edited)  # `€4` for `£5`: the sign's change too
        await audit_log.audit(
            uow, who, "group_buy.edit", f"group_buy:{group_buy_id}", now=app.clock.now(),
            before={name: was_then[name] for name in names} | group_before | was_money,
            after={name: now_fields[name] for name in names} | group_after | now_money,
        )  # fmt: skip
        if once and edited is not None:  # what each field as typed came to: this page sent again, no clash
            shown = gb_forms.current_fields(edited, app.tz, lang)
            for name in names:
                key = _typed_key(group_buy_id, once, name, fields[name])
                if await uow.updates.claim(key):
                    await uow.updates.save_answer(key, shown[name])

    text = gb_forms.edit_command(group_buy_id, fields, names)
    at_field = [""]  # the field whose change is being made: a refusal is shown beside it
    ran: list[Context] = []  # the command's context: what the page says beyond "changed"
    try:
        # the chat's /edit, the emptied fields too; the pickup field holds the whole pickup (its time too)
        # a steep price drop is confirmed by the box its warning showed, ticked for that very price
        confirmed = "price" in names and form.get("confirm_price_drop") == fields["price"]
        chat_edit = functools.partial(
            edits.edit,
            cleared=cleared,
            whole_pickup=True,
            form=True,
            drop_confirmed=confirmed,
            pickups_next=frozenset(g.listing_id for g in group_changes),  # checked as they are set
        )

        async def handler(ctx: Context) -> list[Reply]:
            """The chat's /edit (an admin's is told to the organiser privately by it:
            handlers.organiser_told), then each group's own pickup changed (帮卖: that group told, as
            `自提 #12 …` there tells it), in one go: a refusal changes nothing. Who holds more than a
            lowered limit is said on the page (`ctx.page_text`), in its language."""
            ctx.page_lang = lang
            ran.append(ctx)
            replies = await chat_edit(ctx) if names else []
            for group in group_changes:
                at_field[0] = group.name
                replies += await chat_group_buys.form_listing_pickup(
                    ctx, group_buy_id, group.listing_id, group_fields[group.name]
                )
            return replies

        await run_typed(
            console, who, text, Where(row.chat_id), audit=audit, handler=handler, about=group_buy_id
        )
    except DomainError as refusal:
        where = at_field[0] or gb_forms.field_of(refusal)
        if not where and len(names) == 1:  # one field changed (a closed group buy's price): beside it
            [where] = names
        drop = fields["price"] if refusal.code == "edit_price_drop_confirm" else ""  # asks for the box
        return again({where or "_form": form_refusal(lang, app.tz, refusal, **example)}, drop=drop)
    title = fields["title"] if "title" in names else row.title  # renamed: its new name
    done = t(lang, "console_group_buy_edited", id=group_buy_id, title=title)
    if "limit" in names and not fields["limit"]:  # emptied or `0`: the limit lifted, said so
        done = t(lang, "two_sentences", first=done, second=t(lang, "console_limit_none"))
    over = ran[0].page_text if ran else None  # 限购 lowered below what some hold: who, how many
    flash(request, done if not over else t(lang, "two_sentences", first=done, second=over))
    return RedirectResponse(f"/group-buys/{group_buy_id}", status_code=303)


# -- cancel ---------------------------------------------------------------------------------------------
def _not_open(request: Request, row: GroupBuyRow, lang: str) -> Response:
    """A closed or cancelled group buy has nothing to call off: back to its page, saying which it is."""
    key = "console_cancel_cancelled_already" if row.status == "cancelled" else "console_cancel_closed"
    status = t(lang, f"console_status_{row.status}")
    flash(request, t(lang, key, id=row.id, title=row.title, status=status), error=True)
    return RedirectResponse(f"/group-buys/{row.id}", status_code=303)


@router.get("/group-buys/{group_buy_id}/cancel")
async def cancel_form(request: Request, group_buy_id: int, who: Organiser) -> Response:
    """Calling a group buy off tells every member: a page asks first (only while it is open)."""
    console = console_of(request)
    row = await own_group_buy(console, who, group_buy_id)
    if row.status != "open":
        return _not_open(request, row, language(request, console.default_language))
    return render(request, "cancel_form.html", row=row, reason="", error="")


@router.post("/group-buys/{group_buy_id}/cancel")
async def cancel(request: Request, group_buy_id: int, who: Organiser, form: CsrfForm) -> Response:
    """取消 from the console: the chat's own `/cancel`, the chat told, the card updated. Only from the
    page that asked (`confirm=yes`); otherwise back to it, nothing done."""
    console = console_of(request)
    lang = language(request, console.default_language)
    row = await own_group_buy(console, who, group_buy_id)
    if row.status != "open":
        return _not_open(request, row, lang)
    if form.get("confirm") != "yes":
        return RedirectResponse(f"/group-buys/{group_buy_id}/cancel", status_code=303)
    why = " ".join(form.get("reason", "").split())
    if len(why) > MAX_REASON:  # never cut: the page again, what was typed kept, nothing done
        error = t(lang, "console_why_too_long", most=MAX_REASON)
        return render(request, "cancel_form.html", status=422, row=row, reason=why, error=error)
    group_buy = await _group_buy(console, row)

    async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
        after = await uow.group_buys.get(group_buy_id)
        now_is = {"status": after.status.value if after else None} | ({"reason": why} if why else {})
        await audit_log.audit(
            uow, who, "group_buy.cancel", f"group_buy:{group_buy_id}", now=console.app.clock.now(),
            before={"status": row.status}, after=now_is,
        )  # fmt: skip

    async def handler(ctx: Context) -> list[Reply]:
        """The chat's /cancel (an admin's told to the organiser privately by it: handlers.organiser_told);
        the reason, when given, told with each message of it (the group, each buyer and the organiser
        told privately)."""
        replies = await chat_group_buys.cancel(ctx)
        if why:
            spoken = await ctx.lang(group_buy)
            replies = [_with_reason(reply, why, spoken) for reply in replies]
        return replies

    try:
        text = f"/cancel #{group_buy_id} confirm"  # its page asked already
        await run_typed(
            console, who, text, Where(row.chat_id), audit=audit, about=group_buy_id, handler=handler
        )
    except DomainError as refusal:
        flash(request, page_refusal(lang, refusal), error=True)
    else:
        flash(request, t(lang, "console_group_buy_cancelled", id=group_buy_id, title=row.title))
    return RedirectResponse("/group-buys", status_code=303)


def _with_reason(reply: Reply, why: str, spoken: str) -> Reply:
    """A message of the cancel with its reason after it (`原因：卖完了`) in the message's language (else
    `spoken`, the group's); a card as it is."""
    if not reply.text or reply.card_of is not None:
        return reply
    said = t(reply.language or spoken, "refund_buyer_reason", told=reply.text, reason=why)
    return replace(reply, text=said)


# -- copy -----------------------------------------------------------------------------------------------
async def copy_choices(console: Console, who: Principal, row: GroupBuyRow) -> list[ChatName]:
    """Where a copy may open: the group buy's own chat, and for an organiser the other chats they are in."""
    own = ChatName(row.chat_id, row.chat_title)
    if who.is_admin:
        return [own]
    others = [c for c in await chat_choices(console, who) if c.chat_id != row.chat_id]
    return [own, *others]


@router.get("/group-buys/{group_buy_id}/copy")
async def copy_form(request: Request, group_buy_id: int, who: Organiser) -> Response:
    console = console_of(request)
    row = await own_group_buy(console, who, group_buy_id)
    chats = await copy_choices(console, who, row)
    once = secrets.token_urlsafe(16)  # this form's one submission (`_sent_before`)
    return render(
        request, "copy_form.html", row=row, chats=chats, chat=row.chat_id, deadline="", errors={}, once=once
    )  # fmt: skip


def _its_organiser(console: Console, who: Principal, row: GroupBuyRow) -> Principal:
    """Whom an admin's copy runs as: the group buy's organiser, so the copy is hers as the original is
    (her commands work on it, buyers pay her, her ledger account), never the admin's login."""
    if not who.is_admin:
        return who
    platform = console.app.config.outbox_platform or "playground"
    return Principal(Role.ORGANISER, row.organiser_name, identity(platform, row.organiser_id))


@router.post("/group-buys/{group_buy_id}/copy")
async def copy(request: Request, group_buy_id: int, who: Organiser, form: CsrfForm) -> Response:
    """`/copy #12 [to <chat>] [ends …]` in the group buy's chat: a fresh card where it opens."""
    console = console_of(request)
    lang = language(request, console.default_language)
    app = console.app
    row = await own_group_buy(console, who, group_buy_id)
    chats = await copy_choices(console, who, row)
    chat = form.get("chat", "")
    once = form.get("once", "")[:MAX_ONCE]
    deadline = " ".join(form.get("deadline", "").split())[: gb_forms.MAX_FIELD]
    errors = gb_forms.check(
        {"deadline": deadline},
        currency="CNY",
        now=app.clock.now(),
        tz=app.tz,
        present=frozenset({"deadline"}),
    )
    if chat not in {c.chat_id for c in chats}:
        errors["chat"] = DomainError("console_chat_pick")

    def again(problems: Mapping[str, str], anew: str = "") -> Response:
        return render(
            request, "copy_form.html", status=422, row=row, chats=chats, chat=chat, deadline=deadline,
            errors=problems, once=once or secrets.token_urlsafe(16), anew=anew,
        )  # fmt: skip

    if errors:
        return again(_errors_text(lang, errors))
    repeated = await _sent_before(request, console, who, once, lang)
    if repeated is not None:
        return repeated
    text = f"/copy #{group_buy_id}" + ("" if chat == row.chat_id else f" to {chat}")
    text += f" ends {deadline}" if deadline else ""

    async def audit(uow: UnitOfWork, replies: Sequence[Reply]) -> None:
        opened = next((r.card_of for r in replies if r.card_of), None)
        await audit_log.audit(
            uow, who, "group_buy.copy", f"group_buy:{group_buy_id}", now=app.clock.now(),
            after={"copy": opened, "chat": chat},
        )  # fmt: skip

    async def handler(ctx: Context) -> list[Reply]:
        """The chat's `/copy`; opened in another chat, its answer to the source chat ("Opened #13 … in
        chat family2") is not posted there: the console says so itself. An admin's copy is told to the
        organiser privately (it is hers: buyers pay her)."""
        replies = await edits.copy(ctx)
        if chat != row.chat_id:
            elsewhere = (None, row.chat_id)
            replies = [r for r in replies if r.card_of or r.private_to or r.chat_id not in elsewhere]
        copied = next((r.card_of for r in replies if r.card_of), None)
        original = await ctx.uow.group_buys.get(group_buy_id)
        if who.is_admin and copied is not None and original is not None:
            where = next((c.shown for c in chats if c.chat_id == chat), chat)

            def text(lang: str, by: str) -> str:
                return t(
                    lang, "console_organiser_copied", by=by, title=row.title, from_id=group_buy_id, id=copied,
                    chat=where,
                )  # fmt: skip

            replies += await organiser_told.told_by_admin(ctx, original, who.name, text)
        return replies

    acting = _its_organiser(console, who, row)
    opening = run_typed(
        console, acting, text, Where(row.chat_id), audit=audit, handler=handler, about=group_buy_id
    )
    try:
        replies = await _opening_once(console, who, once, opening)
    except DomainError as refusal:
        if refusal.code == "copy_price_above_max":  # no Price field here: the new form, filled in
            original = await _group_buy(console, row)
            return again(
                {"_form": page_refusal(lang, refusal)},
                _anew(original, chat, deadline, app.clock.now(), app.tz, lang),
            )
        where = "deadline" if gb_forms.field_of(refusal) == "deadline" else "chat"
        return again({where: page_refusal(lang, refusal)})
    opened = next((r.card_of for r in replies if r.card_of), None)
    flash(request, t(lang, "console_group_buy_copied", id=opened, from_id=group_buy_id, title=row.title))
    return RedirectResponse(f"/group-buys/{opened}", status_code=303)


def _anew(original: GroupBuy, chat: str, deadline: str, now: datetime, tz: ZoneInfo, lang: str) -> str:
    """The new group buy form filled in as the copy would have been (in `chat`, ending at the copy
    form's `deadline`), but its price: for a copy whose price is above a maximum lowered since. A time
    is filled in only while still ahead of `now`: the original's pickup time gone by is left out (its
    place kept), and so is a deadline that no longer reads as ahead."""
    terms = original.terms
    if terms.pickup_at is not None and terms.pickup_at <= now:
        original = replace(original, terms=replace(terms, pickup_at=None))
    fields = gb_forms.current_fields(original, tz, lang)
    fields |= {"price": "", "deadline": deadline if _ahead(deadline, now, tz) else ""}
    return "/group-buys/new?" + urlencode({"chat": chat, **{k: v for k, v in fields.items() if v}})


def _ahead(when: str, now: datetime, tz: ZoneInfo) -> bool:
    """Whether `when`, as the Deadline field reads it (`3d`, `2026-12-24 20:00`), is after `now`."""
    try:
        return bool(when) and parse_when(when, now=now, tz=tz) > now
    except DomainError:
        return False


def _currency_changed(before: GroupBuy, after: GroupBuy | None) -> tuple[dict[str, str], dict[str, str]]:
    """The currency before and after an edit, for the audit log, when the price's own sign changed it
    (`£5` to `€4` while nobody has joined); nothing when it stayed."""
    if after is None or after.terms.currency == before.terms.currency:
        return {}, {}
    return {"currency": before.terms.currency}, {"currency": after.terms.currency}
