"""排行 / `/rank` in a group: the week's top sharers by the number of buyers they brought, members of the
group only (one who left it is not named)."""

from __future__ import annotations

from commerce.domain.member import identity
from commerce.services import ranking as service
from handlers.context import Context
from handlers.texts import t
from handlers.types import Reply
from handlers.which import typed_head


async def show_rank(ctx: Context) -> list[Reply]:
    lang = await ctx.lang()
    if ctx.is_private:  # in the word she typed: `/leaderboard` is told to send `/leaderboard`, not `/rank`
        typed = typed_head(ctx.request.text or "", "rank")
        text = t(lang, "rank_in_a_group_as_typed", command=typed) if typed else t(lang, "rank_in_a_group")
        return [Reply(text=text, language=lang)]
    chat_id, platform = ctx.request.chat_id, ctx.request.platform
    ranked = await service.sharers_of_the_week(ctx.uow, chat_id=chat_id, platform=platform, now=ctx.now)
    if not ranked:
        return [Reply(text=t(lang, "rank_none"), language=lang)]
    lines = [t(lang, "rank_head")]
    for place, sharer in enumerate(ranked, start=1):  # each by the name this chat knows them by
        name = await ctx.uow.members.name_in(chat_id, identity(platform, sharer.member_id))
        lines.append(t(lang, "rank_line", count=sharer.buyers, place=place, name=name or sharer.member_id))
    return [Reply(text="\n".join(lines), language=lang)]
