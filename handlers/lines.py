"""The organiser's hand on the list: `/remove #12 @Bob` (踢出 @Bob, 踢出 @Bob 帮 小王, 踢出 王阿姨) and
`/add #12 王阿姨 2 3号楼` (代报 王阿姨 2).

A removal takes the whole line off, even one that undoes a reached target (only the organiser or an
admin may); the group is told who was removed, and the member, privately, by whom. A name without `@`
is first a guest's (代报), then a member's of the group buy's chat. An added guest is a line of their
own, shown "王阿姨 ×2（Amy 代报）"; their order goes to the organiser (commerce.domain.guests).
"""

from __future__ import annotations

from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.guests import guest_id, guest_name, is_guest
from commerce.domain.options import option_in_note
from commerce.services import edits as service
from commerce.services.waiting import promote_waiting
from handlers import options, waiting
from handlers.cards import card_update, price_line
from handlers.context import Context, card_language
from handlers.edits import where
from handlers.members import mentioned, own_languages
from handlers.parsing.edits import parse_add, parse_remove
from handlers.texts import t
from handlers.types import Reply


async def remove(ctx: Context) -> list[Reply]:
    """踢出 / `/remove`: the organiser takes someone's line off the list."""
    request = ctx.request
    words = parse_remove(ctx.command.rest)
    group_buy = await service.reach(ctx.uow, where(ctx), words.group_buy_id, request.user_id)
    if not group_buy.may_manage(request.user_id, is_admin=request.is_admin):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    user_id = await _whose(ctx, group_buy, words.who)
    removed = await service.remove(
        ctx.uow,
        group_buy=group_buy,
        user_id=user_id,
        friend=words.friend,
        name=words.who.lstrip("@"),
        actor=request.user_id,
        is_admin=request.is_admin,
        now=ctx.now,
    )
    group_buy, line = removed.group_buy, removed.line
    limits = ctx.config.join_limits
    promoted = await promote_waiting(ctx.uow, group_buy, now=ctx.now, max_per_line=limits.max_per_line)
    moved = await waiting.moved_in(ctx.uow, group_buy, promoted, ctx.memo)  # units freed: 候补 move in
    lang = await card_language(ctx.uow, group_buy, ctx.memo) if ctx.is_private else await ctx.lang(group_buy)
    text = t(
        lang,
        "removed_line",
        organiser=request.display_name,
        line=_shown(line, lang),
        quantity=line.quantity,
        title=group_buy.terms.title,
        id=group_buy.id,
    )
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    replies = [Reply(text=text, chat_id=group_buy.chat_id, language=lang)]
    if ctx.is_private:  # the organiser reads it too, as the group does
        replies.append(Reply(text=text, language=lang))
    if not is_guest(line.user_id) and line.user_id != request.user_id:
        replies.append(await _told(ctx, group_buy, line))
    return [*replies, card_update(group_buy), *moved]


async def _whose(ctx: Context, group_buy: GroupBuy, who: str) -> str:
    """The member id `who` names: the adapter's mention, else an `@name` among the chat's members; a
    bare name is a guest's line first (代报), then a member's name."""
    request = replace(ctx.request, chat_id=group_buy.chat_id)  # from a private chat: the group's members
    if not who.startswith("@") and not request.mentions:
        assert group_buy.id is not None
        guest = guest_id(group_buy.organiser_id, guest_name(who))
        if await ctx.uow.group_buys.participant(group_buy.id, guest) is not None:
            return guest
        who = "@" + who
    found = await mentioned(ctx.uow, request, who)
    if not found:
        raise DomainError("remove_usage")
    return found[0]


def _shown(line: Participant, lang: str) -> str:
    if line.friend:
        return t(lang, "line_of_friend", name=line.display_name, friend=line.friend)
    return line.display_name


async def _told(ctx: Context, group_buy: GroupBuy, line: Participant) -> Reply:
    """The removed member's private note, in their own language."""
    chat = await card_language(ctx.uow, group_buy, ctx.memo)
    langs = await own_languages(ctx.uow, ctx.request.platform, [line.user_id], chat)
    lang = langs.get(line.user_id, chat)
    params = {
        "organiser": ctx.request.display_name,
        "quantity": line.quantity,
        "title": group_buy.terms.title,
        "id": group_buy.id,
    }
    if line.friend:
        text = t(lang, "removed_your_friend", friend=line.friend, **params)
    else:
        text = t(lang, "removed_you", **params)
    return Reply(text=text, private_to=line.user_id, language=lang)


async def add(ctx: Context) -> list[Reply]:
    """代报 / `/add`: the organiser signs up a buyer who is not in the chat."""
    request = ctx.request
    words = parse_add(ctx.command.rest)
    group_buy = await service.reach(ctx.uow, where(ctx), words.group_buy_id, request.user_id)
    added = await service.add_guest(
        ctx.uow,
        group_buy=group_buy,
        name=words.name,
        quantity=words.quantity,
        note=words.note,
        actor=request.user_id,
        is_admin=request.is_admin,
        now=ctx.now,
        limits=ctx.config.join_limits,
    )
    group_buy, line = added.group_buy, added.line
    lang = await card_language(ctx.uow, group_buy, ctx.memo) if ctx.is_private else await ctx.lang(group_buy)
    text = t(
        lang,
        "guest_added",
        by=group_buy.organiser_name,
        name=line.display_name,
        quantity=line.quantity,
        title=options.line_title(group_buy, line),
        id=group_buy.id,
    )
    if option_in_note(group_buy, words.note)[1] if line.option else words.note:  # not the option alone
        text = t(lang, "two_sentences", first=text, second=t(lang, "joined_note", note=line.note))
    text = t(lang, "two_sentences", first=text, second=_price_line(group_buy, line, lang))
    replies = [Reply(text=text, chat_id=group_buy.chat_id, language=lang)]
    if ctx.is_private:  # the organiser reads it too, as the group does
        replies.append(Reply(text=text, language=lang))
    return [*replies, card_update(group_buy)]


def _price_line(group_buy: GroupBuy, line: Participant, lang: str) -> str:
    """The price after the change: with options (多规格) the line's option's, or every option's."""
    return options.price_line_of(group_buy, line, lang) or price_line(group_buy, lang)
