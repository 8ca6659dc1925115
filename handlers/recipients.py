"""The language a private notice to another member speaks: theirs, not the one of the admin or organiser
whose command sent it (`/payouts approve 3` typed in English reaches a member who asked with `提现` in
Chinese).

Theirs: their private chat's `/lang` setting, else their own language as last seen (their platform's,
or the words they last used where the platform does not say: `handlers.members`), else what the notice
is about spoke (`hint`: a note's language), else the chat's setting, else the command's language.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.members import own_languages


async def language_of(ctx: Context, member: str, *, hint: str | None = None) -> str:
    """The language to tell `member` something privately in (`own_languages`: the one rule)."""
    fallback = hint or await ctx.chat_language() or await ctx.lang()
    return (await own_languages(ctx.uow, ctx.request.platform, [member], fallback))[member]
