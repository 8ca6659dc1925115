"""For you (猜你喜欢): `/foryou` in a private chat lists the open group buys of the member's chats that fit
them, each with its group and why ("3 friends bought this; Amy's note ✅"); `/foryou off` / `/foryou on`
(`猜你喜欢 关` / `开`) turns it off and on. In a group it only says to ask privately: what a member
bought is theirs.
"""

from __future__ import annotations

from collections.abc import Mapping

from commerce.domain.errors import DomainError
from commerce.domain.recommend import Pick
from commerce.services import recommend as service
from handlers.chat_names import titles
from handlers.context import Context
from handlers.fit import clip
from handlers.parsing.digest_words import switch
from handlers.texts import t
from handlers.types import Reply

MAX_TITLE = 40
MAX_NAME = 24
MAX_CHAT = 20


async def foryou(ctx: Context) -> list[Reply]:
    request = ctx.request
    lang = await ctx.lang()
    rest = ctx.command.rest.strip()
    if not ctx.is_private:
        on = switch(rest) if rest else None
        if on is not None:  # `猜你喜欢 关` in a group: nothing changed, said where to send it
            said = t(lang, "foryou_on_in_private" if on else "foryou_off_in_private")
            return [Reply(text=said, language=lang)]
        return [Reply(text=t(lang, "foryou_in_private"), language=lang)]
    if rest:
        on = switch(rest)
        if on is None:
            raise DomainError("foryou_usage")
        await service.turn(
            ctx.uow, platform=request.platform, user_id=request.user_id, off=not on, now=ctx.now
        )
        return [Reply(text=t(lang, "foryou_turned_on" if on else "foryou_turned_off"), language=lang)]
    picks = await service.for_member(ctx.uow, platform=request.platform, user_id=request.user_id, now=ctx.now)
    if picks is None:
        return [Reply(text=t(lang, "foryou_is_off"), language=lang)]
    if not picks:
        return [Reply(text=t(lang, "foryou_none"), language=lang)]
    chats = await titles(ctx.uow, [pick.candidate.chat_id for pick in picks])
    lines = [t(lang, "foryou_head")]
    lines += [line(lang, pick, chats) for pick in picks]
    lines.append(t(lang, "foryou_foot"))
    return [Reply(text="\n".join(lines), language=lang)]


def line(lang: str, pick: Pick, chats: Mapping[str, str]) -> str:
    """`· #2 榴莲（在「neighbours」）：…`: a pick, the group it runs in (where `+1 #2` is sent; its name
    when known, `chats` by chat id) and why."""
    candidate = pick.candidate
    title = clip(candidate.title, MAX_TITLE)
    said = why(lang, pick)
    chat = chats.get(candidate.chat_id)
    if chat is None:
        return t(lang, "foryou_line", id=candidate.group_buy_id, title=title, why=said)
    chat = clip(chat, MAX_CHAT)
    return t(lang, "foryou_line_in", id=candidate.group_buy_id, title=title, chat=chat, why=said)


def why(lang: str, pick: Pick) -> str:
    """A few words on why: how many bought it, how many are on its list now, the best note about it,
    the member's own purchase."""
    reasons = []
    if pick.buyers:
        reasons.append(t(lang, "foryou_why_bought", count=pick.buyers))
    if pick.joined:  # on the list now: not bought yet (it may still fail)
        reasons.append(t(lang, "foryou_why_joined", count=pick.joined))
    if pick.note is not None:
        key = "foryou_why_note_verified" if pick.note.verified else "foryou_why_note"
        reasons.append(t(lang, key, name=clip(pick.note.author_name, MAX_NAME), note=pick.note.note_id))
    if pick.bought_before:
        reasons.append(t(lang, "foryou_why_again"))
    if not reasons:
        return t(lang, "foryou_why_new")
    return t(lang, "foryou_why_sep").join(reasons)
