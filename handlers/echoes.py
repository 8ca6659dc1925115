"""An echo of a join from a member already on the group buy (`我也要`, `算我一个`, `来一份`, `me too`,
`count me in`): agreement said again, never one more unit. It changes nothing and says what she holds and
how to add one (`你已跟团 1 份；要再加一份请发 +1。`). A typed `+1` is no echo: it adds one more, as ever.
Only her own line (no friend, note or option), on the one group buy the join is about (named, or the only
one open here); with options, several open, or none held, the join goes on as before."""

from __future__ import annotations

import re
import unicodedata

from commerce.domain.errors import DomainError
from handlers.context import Context

_ECHO = re.compile(
    r"^(?:[🙋✋🙌]\s*)?(?:我也要(?:一[份个])?|我也来(?:一[份个])?|我也(?:跟|跟团|参团|参加|报名)(?:一[份个])?"
    r"|也?算我(?:一[个份])?|加我一个|带我一个|来[一1][份个]"
    r"|me\s+too|me\s+as\s+well|count\s+me\s+in|i'?m\s+in|i\s+am\s+in|same\s+here)"
    r"(?:[\s,.!~，。！～、]|谢谢|感谢|多谢|团长|亲|please|pls|thanks|#\s*\d+)*$",
    re.IGNORECASE,
)


def is_echo(text: str) -> bool:
    """Whether `text` is a join said as agreement (`我也要`, `me too!`), not a count typed (`+1`)."""
    said = " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split())
    return _ECHO.match(said) is not None


async def refuse_held(ctx: Context) -> None:
    """Raise the echo's answer when the join is an echo from a member already holding her own line on
    the one group buy it is about; else return, the join going on."""
    command = ctx.command
    if command.tap or command.friend or command.note or command.option or (command.quantity or 1) != 1:
        return
    if ctx.is_private or not is_echo(ctx.request.text or ""):
        return
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if command.group_buy_id is not None:
        open_here = [g for g in open_here if g.id == command.group_buy_id]
    if len(open_here) != 1 or open_here[0].id is None or open_here[0].terms.options:
        return
    group_buy = open_here[0]
    assert group_buy.id is not None
    line = await ctx.uow.group_buys.participant(group_buy.id, ctx.request.user_id, "", "")
    if line is None or line.quantity <= 0:
        return
    several = await ctx.uow.group_buys.count_open_in_chat(ctx.request.chat_id) > 1
    raise DomainError(
        "join_echo_held",
        quantity=line.quantity,
        unit=group_buy.terms.unit,
        id=group_buy.id,
        title=group_buy.terms.title,
        example=f"+1 #{group_buy.id}" if several else "+1",
    )
