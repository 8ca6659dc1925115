"""Changes made in the console: a chat command run as the logged-in person, told to the chat, audited.

`run_command` runs the chat's own handler (handlers.*) in one unit of work with a request as if the
person had typed the command in the group buy's chat (or privately to the bot): the same service, the
same refusals, the same replies. What the chat must see (the closing message, the card update, each
buyer's order) is written to the outbox in that transaction, exactly as the ChatApp does; the audit
entry too. Replies meant for the person themselves (the answer to the command) are returned for the
page instead of being sent. An admin acting on a group buy is named as its organiser in what the chat
and its buyers are told (`_acting_name`): the admin acts for the shop, and a console login is never
said in a chat.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from commerce.domain.console import Principal
from commerce.domain.group_buy import GroupBuy
from commerce.ports import UnitOfWork
from handlers import card_copies, commission_notices, helpselling, note_copies, notes
from handlers.app import ChatApp
from handlers.config import AppConfig
from handlers.context import Context, chat_setting, language_in
from handlers.parsing.commands import Command
from handlers.registry import HANDLERS
from handlers.texts import normalize_language
from handlers.types import ChatKind, Reply, Request

# After the handler, before the commit: write the audit entry from what was done (the replies).
Audit = Callable[[UnitOfWork, Sequence[Reply]], Awaitable[None]]
Handler = Callable[[Context], Awaitable[list[Reply]]]


@dataclass(frozen=True)
class Where:
    """Where the command is as if typed: a group chat (the group buy's), or the person's private chat."""

    chat_id: str
    private: bool = False
    # As one of the chat's admins (moderation: the console lets an organiser moderate their own chats).
    as_chat_admin: bool = False
    mentions: tuple[str, ...] = ()  # the members the command names, as an adapter's mentions
    # The name the chat is told the person goes by (an admin opening a group buy for a chat none of
    # whose members is known: the catalog's "<chat> organiser", never the admin's login); "": theirs.
    as_name: str = ""


def platform_of(app: ChatApp, who: Principal) -> str:
    """The platform `who` acts on from the console: hers, else the bot's (its outbox's), else the
    playground's."""
    return who.platform or app.config.outbox_platform or "playground"


def request_for(who: Principal, where: Where, *, platform: str, lang: str | None, text: str = "") -> Request:
    return Request(
        platform=who.platform or platform,
        chat_id=where.chat_id,
        user_id=who.user_id,
        display_name=where.as_name or who.name,
        chat_kind=ChatKind.PRIVATE if where.private else ChatKind.GROUP,
        is_admin=who.is_admin or where.as_chat_admin,
        language=lang,
        text=text,
        mentions=where.mentions,
    )


def _to_the_person(reply: Reply, request: Request) -> bool:
    """The command's own answer (to the chat it was typed in, not a card): shown on the page."""
    return (
        request.chat_kind is ChatKind.PRIVATE
        and reply.card_of is None
        and reply.private_to is None
        and reply.chat_id in (None, request.chat_id)
    )


def on_the_page(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """`replies` less the command's own answer where it would go privately to the person acting (帮卖:
    another group's order is answered privately, never in the group) and the page says it instead:
    the handler rendered it for the page (`ctx.shown`, with `ctx.page_lang` set). She reads it in the
    flash, not also in her private chat; what the chat, the buyer, the help-seller or sharer, or (an
    admin acting) the organiser are told still goes, and so does a secret (a pickup code to pass on)."""
    if ctx.page_text is None or not replies:
        return replies
    answer = replies[0]
    me = ctx.request.user_id
    if answer.private_to == me and not answer.is_card and not answer.secret:  # and the chat's line that
        # it went to her privately (`已付款，详情已私信发给你`): it did not
        return [reply for reply in replies[1:] if reply.says_sent_to != me or reply.private_to is not None]
    return replies


def handed_over_on_the_page(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """A pickup code checked from the console's page or the API, run in the group buy's chat (an admin
    names it): the helper's instruction (the code, what to hand over) is the caller's alone, never posted
    in the group (the chat's `已取` posts no more than that it was picked up). The buyer's notice and the
    card update still go; in a private chat (a helper's, an organiser's) `on_the_page` decides."""
    if ctx.page_text is None and replies:
        ctx.page_text = replies[0].text
    kept = on_the_page(ctx, replies)
    if ctx.is_private:
        return kept
    here = (None, ctx.request.chat_id)
    return [r for r in kept if r.private_to is not None or r.is_card or r.chat_id not in here]


def _config(app: ChatApp, who: Principal) -> AppConfig:
    """A console admin is one of the bot's admins (TUAN_ADMINS): `/payouts`, moderation anywhere."""
    if not who.is_admin:
        return app.config
    return replace(app.config, payout_admins=app.config.payout_admins | {who.user_id})


async def _group_buy_of(uow: UnitOfWork, command: Command, about: int | None) -> GroupBuy | None:
    """The group buy `command` is about: `about`, else the one it names, else its order's."""
    group_buy_id = about or command.group_buy_id or (command.order.group_buy_id if command.order else None)
    if group_buy_id is None and command.order_id is not None:
        order = await uow.orders.get(command.order_id)
        group_buy_id = order.group_buy_id if order is not None else None
    return await uow.group_buys.get(group_buy_id) if group_buy_id is not None else None


async def _acting_name(uow: UnitOfWork, who: Principal, command: Command, about: int | None) -> str:
    """The name the chat and the buyers are told a console admin acts by: the group buy's organiser's
    (the admin acts for the shop; a console login is never said in a chat); "" for anyone else, or
    when the command is about no group buy."""
    if not who.is_admin:
        return ""
    group_buy = await _group_buy_of(uow, command, about)
    return group_buy.organiser_name if group_buy is not None else ""


async def chat_language(
    app: ChatApp,
    uow: UnitOfWork,
    command: Command,
    where: Where,
    *,
    about: int | None = None,
    fallback: str | None = None,
) -> str | None:
    """What the group chat would hear had the person typed `command` there: the card language there
    of its group buy (`about`, else the one the command names; `language_in`: the chat's `/lang`, else
    the group buy's, a 帮卖 listing's), else the chat's `/lang`, else `fallback` (a note's language,
    the organiser's page for a new group buy), else its latest open group buy's. None in a private
    chat (it has its own rule) or when nothing decides (the app's default)."""
    if where.private:
        return None
    group_buy = await _group_buy_of(uow, command, about)
    if group_buy is not None:
        return await language_in(uow, group_buy, where.chat_id, app.memo)
    chosen = await chat_setting(uow, where.chat_id, app.memo) or normalize_language(fallback)
    if chosen:
        return chosen
    latest = await uow.group_buys.latest_open_in_chat(where.chat_id)
    return normalize_language(latest.lang) if latest is not None else None


async def run_command(
    app: ChatApp,
    who: Principal,
    command: Command,
    where: Where,
    *,
    lang: str | None,
    audit: Audit,
    text: str = "",
    handler: Handler | None = None,
    about: int | None = None,
    fallback_lang: str | None = None,
) -> list[Reply]:
    """Run `command` as `who`; a refusal (DomainError) is raised with nothing changed. The replies.
    `handler`: the command's own handler with what the chat cannot type given to it (an edit's emptied
    fields); by default the registry's.

    `lang`: the language of the answer shown on the page (None for a change told to a group: the
    chat speaks its own language, whatever the browser's). `text`: the command as typed, when it was
    (`chat_commands.run_typed`): a handler keeps the pickup point and payment note as typed from it.
    A command in a group without a language of its own speaks as if typed there (`chat_language`:
    `about` its group buy, `fallback_lang` when nothing there decides)."""
    platform = app.config.outbox_platform or "playground"
    request = request_for(who, where, platform=platform, lang=lang, text=text)
    async with app.uow_factory() as uow:
        now = app.clock.now()
        acting = ""
        if not where.as_name:
            acting = await _acting_name(uow, who, command, about)
            request = replace(request, display_name=acting or request.display_name)
        if lang is None and command.lang is None:
            spoken = await chat_language(app, uow, command, where, about=about, fallback=fallback_lang)
            command = replace(command, lang=spoken)
        config, star_refunds = _config(app, who), app.checkout.star_refunds
        ctx = Context(
            request, command, uow, now, config, app.tz, app.memo, star_refunds=star_refunds, values=app.values
        )  # the shared state as the chat's: a bare `+1` soon after a close is told it closed (just_closed)
        ctx.acting_admin = who.name if acting else None  # her notice names the admin (`管理员 dan`)
        replies = await (handler or HANDLERS[command.name])(ctx)
        replies = await notes.repriced_cards(uow, replies)  # as in the chat: its notes' cards show it
        replies = await helpselling.spread(uow, replies, request.chat_id)  # 帮卖: every chat's card
        # members' private copies of the card (a share link's) and notes quoted on request (`笔记 3`):
        # edited as the group's card is, a close (立即截单) showing there too
        replies = await card_copies.refreshed(app.values, replies, platform=request.platform, now=now)
        replies = await note_copies.refreshed(app.values, replies, platform=request.platform, now=now)
        # as in the chat: whoever earns on an order it paid (分享赚, 帮卖) is told so, with it, and whose
        # held commission a pickup (已取, 核销) freed before the hold ended
        hold = timedelta(days=config.commission_hold_days)
        replies += await commission_notices.commission_on_payments(
            uow, request.platform, app.memo, hold=hold, tz=app.tz
        )
        replies += await commission_notices.commission_on_pickups(
            uow, request.platform, app.memo, minimum_units=config.payout_minimum
        )
        told = [reply for reply in replies if not _to_the_person(reply, request)]
        await app.queue(uow, told, request, now)
        await audit(uow, replies)
        await uow.commit()
        events = uow.collect_events()
    app.queued()
    for done in ctx.after_commit:
        await done()
    await app._publish(events)  # the bus, as after the chat's own commands
    for group_buy_id in ctx.pending_orders:  # a big close: its other orders, batch by batch
        await app.finish_orders(group_buy_id, request=request)
    return replies
