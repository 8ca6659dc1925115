"""An echo of a join from a member already on the group buy (`我也要`, `算我一个`, `来一份`, `me too`,
`count me in`): agreement said again, never one more unit. It changes nothing and says what she holds and
how to add one (`你已跟团 1 份；要再加一份请发 +1。`). A typed `+1` is no echo: it adds one more, as ever.
Only her own line (no friend, note or option), on the one group buy the join is about (named, or the only
one open here); with options, several open, or none held, the join goes on as before."""

from __future__ import annotations

import re
import unicodedata

from commerce.domain.errors import DomainError
from commerce.domain.units import unit_key
from handlers.context import Context
from handlers.parsing.numbers import NUMBER, parse_int

_ECHO = re.compile(
    r"^(?:[🙋✋🙌]\s*)?(?:我也要(?:一[份个])?|我也来(?:一[份个])?|我也(?:跟|跟团|参团|参加|报名)(?:一[份个])?"
    r"|也?算我(?:一[个份])?|加我一个|带我一个|来[一1][份个]"
    r"|me\s+too|me\s+as\s+well|count\s+me\s+in|i'?m\s+in|i\s+am\s+in|same\s+here)"
    r"(?:[\s,.!~，。！～、]|谢谢|感谢|多谢|团长|亲|please|pls|thanks|#\s*\d+)*$",
    re.IGNORECASE,
)

# A count stated without "more" (`给我来两箱`, `我要两箱`, `要2份`, `来两箱吧`): from one already holding
# her own line, an echo when she holds that many, else a question (set to it, or add it?); `+2` always adds.
_STATED = re.compile(
    rf"^(?:给我来|给我|我要|我也要|要|来|i\s+want|i'?ll\s+take|i'?d\s+like)\s*(?P<n>{NUMBER})\s*"
    r"(?P<unit>[份个件箱盒袋组套瓶包])?(?:吧|呀|哈|啊)?(?:[\s,.!~，。！～、]|谢谢|感谢|多谢|团长|亲|please|pls)*$",
    re.IGNORECASE,
)
# Count words a group buy sold by the 份 is counted in by a phrase as `给我来两箱` (`2箱` there is 2 份).
_PORTION_COUNTS = frozenset("份个件箱盒袋组套瓶包")


def is_echo(text: str) -> bool:
    """Whether `text` is a join said as agreement (`我也要`, `me too!`), not a count typed (`+1`)."""
    said = " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split())
    return _ECHO.match(said) is not None


async def refuse_held(ctx: Context, typed: str | None = None) -> None:
    """Raise the echo's answer when the join is an echo from a member already holding her own line on
    the one group buy it is about; else return, the join going on. `typed`: the join as she first typed
    it when this is her answer to the question which group buy (`我也要`, then `#2`: the echo on #2)."""
    command = ctx.command
    said = (ctx.request.text or "") if typed is None else typed
    if (command.tap and typed is None) or command.friend or command.option:
        return
    await _refuse_restated(ctx, said)
    if command.note or (command.quantity or 1) != 1:
        return
    if ctx.is_private or not is_echo(said):
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


async def _refuse_restated(ctx: Context, typed: str) -> None:
    """A count stated without "more" (`给我来两箱`) from one holding her own line on the one group buy it
    is about: holding that many, `join_restated_held` (`+2` to add); else `join_restated_other` (set to
    it, or add it?); nothing changed either way. Else return, the join going on."""
    said = " ".join(unicodedata.normalize("NFKC", typed).replace("’", "'").split())
    stated = _STATED.match(said)
    if ctx.is_private or stated is None or is_echo(said):  # `来一份`: the echo's own answer
        return
    n = parse_int(stated.group("n"))
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if ctx.command.group_buy_id is not None:
        open_here = [g for g in open_here if g.id == ctx.command.group_buy_id]
    if n is None or n <= 0 or len(open_here) != 1 or open_here[0].id is None or open_here[0].terms.options:
        return
    group_buy = open_here[0]
    assert group_buy.id is not None
    typed, unit = stated.group("unit") or "", group_buy.terms.unit
    if (
        typed
        and unit_key(typed)
        and unit_key(typed) != unit_key(unit)
        and (unit or typed not in _PORTION_COUNTS)
    ):
        return  # `要2箱` on one sold by the 斤: the join's own refusal
    line = await ctx.uow.group_buys.participant(group_buy.id, ctx.request.user_id, "", "")
    if line is None or line.quantity <= 0:
        return
    several = await ctx.uow.group_buys.count_open_in_chat(ctx.request.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    held, example = line.quantity, f"+{n}{at}"
    if held == n:
        raise DomainError("join_restated_held", quantity=held, n=n, unit=unit, example=example)
    zh = (await ctx.lang(group_buy)).startswith("zh")
    set_to = f"改成{n}{unit or '份'}{at}" if zh else f"make it {n}{at}"
    raise DomainError(
        "join_restated_other", quantity=held, asked=n, unit=unit, example=example, set_to=set_to
    )
