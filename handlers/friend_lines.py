"""A friend's line that names a member of the chat (`+1 #7 给 @Kim 带一份` by Jo): Kim is told privately at
once who put it down for her, on which group buy, and how it comes off (`told_privately`); when Kim then
joins for herself, her answer says Jo already put one down for her (`Jo 已经帮你报了 1 份`), so a double is
seen and undone with `-1`; nothing is refused. A line for the organiser of that very group buy (`+1 for my
neighbour bob` on Bob's own) is refused, nothing changed. Each friend's line made is remembered by its group
buy and the friend's name (shared state, 30 days), so a member's first join costs one look-up, never a read
of the list; the line itself is read again before it is named (it may have been taken off since)."""

from __future__ import annotations

import logging
from datetime import timedelta

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Participant
from commerce.state import Json
from handlers import options
from handlers.chat_names import title_of
from handlers.context import Context, card_language
from handlers.members import steady_languages
from handlers.parsing.joins import MAX_FRIEND
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.types import Reply

log = logging.getLogger(__name__)

KEPT_FOR = timedelta(days=30)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _key(group_buy_id: int, name: str) -> str:
    return f"friend_line:{group_buy_id}:{_folded(name)}"


async def remember(ctx: Context, group_buy: GroupBuy, line: Participant) -> None:
    """Jo's line for Kim, kept under Kim's name on this group buy."""
    if group_buy.id is None or not line.friend or ctx.values is None:
        return
    said: Json = {"by": line.user_id, "name": ctx.request.display_name}
    await ctx.values.set(_key(group_buy.id, line.friend), said, ttl=KEPT_FOR.total_seconds())


async def put_down_by(ctx: Context, group_buy_id: int, name: str) -> bool:
    """Whether the sender once put a friend called `name` down on that group buy (the line may be off
    since: `赵奶奶改成1份` after the close, for a line she took off before it)."""
    if ctx.values is None:
        return False
    said = await ctx.values.get(_key(group_buy_id, name))
    return isinstance(said, dict) and said.get("by") == ctx.request.user_id


async def told_privately(ctx: Context, group_buy: GroupBuy, line: Participant, added: int) -> list[Reply]:
    """Jo's `+1 for my neighbour bob`, `+1 帮 Kim` naming one member of the group buy's chat (by name,
    username or room alias, not Jo herself): that member told privately, in her steady language, who put how
    many down for her, on which group buy, and how it comes off (Jo's `-1 #7 for bob`, or the organiser);
    [] when the name is nobody there (`mum`), several, or nothing was `added`. Refused when that member
    (or the name of) is the group buy's organiser: a line for him on his own group buy (rolled back)."""
    if not line.friend or added <= 0 or group_buy.id is None:
        return []
    sender = ctx.request.user_id
    here = group_buy.chat_id if ctx.is_private else ctx.request.chat_id  # a 帮卖 group: its members
    found = {
        member.user_id
        for member in await ctx.uow.members.find_in_chat(here, line.friend)
        if member.platform == ctx.request.platform and member.user_id != sender
    }
    organiser = group_buy.organiser_id
    if sender != organiser and (
        organiser in found or _folded(line.friend) == _folded(group_buy.organiser_name)
    ):
        raise DomainError(
            "join_for_organiser", friend=line.friend, id=group_buy.id, title=group_buy.terms.title
        )
    if len(found) != 1:
        return []
    member = found.pop()
    fallback = await card_language(ctx.uow, group_buy, ctx.memo)
    lang = (await steady_languages(ctx.uow, ctx.request.platform, [member], fallback))[member]
    chat = await title_of(ctx.uow, here, said=None if ctx.is_private else ctx.request.chat_title)
    said = {
        "name": ctx.request.display_name,
        "friend": line.friend,
        "items": unit_texts.items(
            lang, line.quantity, options.line_title(group_buy, line), group_buy.terms.unit
        ),
        "id": group_buy.id,
        "organiser": group_buy.organiser_name,
    }
    text = t(lang, "friend_line_told_in", chat=chat, **said) if chat else t(lang, "friend_line_told", **said)
    return [Reply(text=text, private_to=member, language=lang)]


async def put_down_for_her(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """`Jo 已经帮你报了 1 份…` when another member holds a friend's line under her name (display name or
    room alias) on `group_buy`; "" when none does."""
    if group_buy.id is None or ctx.values is None:
        return ""
    names = list(dict.fromkeys(_folded(n) for n in (ctx.request.display_name, ctx.request.alias or "") if n))
    found = await ctx.values.get_many([_key(group_buy.id, name) for name in names])
    for said in found:
        if not isinstance(said, dict) or not isinstance(said.get("by"), str):
            continue
        by, name = str(said["by"]), str(said.get("name") or "")
        if by == ctx.request.user_id:
            continue
        lines = await ctx.uow.group_buys.lines_of(group_buy.id, by)
        held = sum(line.quantity for line in lines if _folded(line.friend) in names)
        if not held:
            continue
        several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
        at = f" #{group_buy.id}" if several else ""
        unit = group_buy.terms.unit
        if unit:
            held_said = unit_texts.quantity(held, unit, lang)
            return t(lang, "friend_put_you_down_in_unit", name=name, held=held_said, at=at)
        return t(lang, "friend_put_you_down", count=held, name=name, at=at)
    return ""


async def mentioned_friend(ctx: Context, friend: str) -> str:
    """`+1 @Cat`'s friend: Cat, unless the mention names the sender or the organiser of a group buy open
    here (`+1 @Amy` to Amy: her own line, ""); the rest kept as the join read it."""
    mine = {_folded(n) for n in (ctx.request.display_name, ctx.request.alias or "") if n}
    organisers = {
        _folded(g.organiser_name) for g in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    }
    if _folded(friend) in mine | organisers:
        return ""
    return await _as_shown(ctx, friend)


def names_herself(ctx: Context, friend: str) -> bool:
    """Whether a join's friend is the sender herself (Kay's `+2 豆沙 帮 Kay`: her own line, never a line
    "Kay 帮 Kay"): her name here, her alias or the 接龙 name she typed it under (no read)."""
    names = (ctx.request.display_name, ctx.request.alias or "", ctx.command.line_name)
    return bool(friend) and _folded(friend) in {_folded(n) for n in names if n}


async def names_the_organiser(ctx: Context, friend: str) -> str:
    """The organiser of a group buy open here `+1 @Wang`'s mention names, not the sender (`Wang`: her own
    line, the answer saying so, `mentioned_friend`); "" otherwise."""
    mine = {_folded(n) for n in (ctx.request.display_name, ctx.request.alias or "") if n}
    if _folded(friend) in mine:
        return ""
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    return next((g.organiser_name for g in open_here if _folded(g.organiser_name) == _folded(friend)), "")


async def _as_shown(ctx: Context, friend: str) -> str:
    """The member a mention names as the chat shows her (`@zhang`: Zhang, her name there), so her line
    reads as the others written for her; the mention as typed when it names nobody here, or several."""
    chat_id = ctx.request.chat_id
    try:
        found = [
            m
            for m in await ctx.uow.members.find_in_chat(chat_id, friend)
            if m.platform == ctx.request.platform
        ]
        shown = await ctx.uow.members.name_in(chat_id, found[0].identity) if len(found) == 1 else None
    except Exception:  # the mention as typed
        log.warning("could not read the name of @%s in %s", friend, chat_id, exc_info=True)
        return friend
    return " ".join(shown.split())[:MAX_FRIEND] if shown and shown.strip() else friend
