"""An echo of a join from a member already on the group buy (`我也要`, `算我一个`, `来一份`, `me too`,
`count me in`): agreement said again, never one more unit. It changes nothing and says what she holds and
how to add one (`你已跟团 1 份；要再加一份请发 +1。`). A typed `+1` is no echo: it adds one more, as ever.
Only her own line (no friend), on the one group buy the join is about (named, or the only one open here);
with options, the option named or, naming none, the lines she holds (`me too` holding small ×2: `You're
already in for 2 × small`, never "which option?"); several open, or none held, the join goes on as before."""

from __future__ import annotations

import re
import unicodedata

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import option_in_note
from commerce.domain.units import unit_key
from commerce.services.group_buys import names_product
from handlers.context import Context
from handlers.parsing.commands import Command
from handlers.parsing.numbers import NUMBER, parse_int
from handlers.texts.units import set_to_example

_ECHO = re.compile(
    r"^(?:[🙋✋🙌]\s*)?(?:我也要(?:一[份个])?|我也来(?:一[份个])?|我也(?:跟|跟团|参团|参加|报名)(?:一[份个])?"
    r"|也?算我(?:一[个份])?|加我一个|带我一个|来[一1][份个]"
    r"|me\s+too|me\s+as\s+well|count\s+me\s+in|(?:please\s+)?(?:put|sign)\s+me\s+(?:down|up)|i'?m\s+in|i\s+am\s+in|same\s+here|same\s+for\s+me)"
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


def stated_count(text: str) -> int | None:
    """The count in `text` when it is said without "more" (`要两份`, `I want 2`), else None."""
    said = " ".join(unicodedata.normalize("NFKC", text).replace("’", "'").split())
    stated = _STATED.match(said)
    if stated is None or is_echo(said):
        return None
    return parse_int(stated.group("n"))


async def refuse_held(ctx: Context, typed: str | None = None) -> None:
    """Raise the echo's answer when the join is an echo from a member already holding her own line on
    the one group buy it is about; else return, the join going on. `typed`: the join as she first typed
    it when this is her answer to the question which group buy (`我也要`, then `#2`: the echo on #2).
    With options, her line is the option named (`put me down for the large`), else the one she holds."""
    command = ctx.command
    said = (ctx.request.text or "") if typed is None else typed
    if (command.tap and typed is None) or command.friend:
        return
    await _refuse_restated(ctx, said)
    if command.note or command.option or (command.quantity or 1) != 1:
        return
    if ctx.is_private or not is_echo(said):
        return
    group_buy = await _the_one(ctx)
    if group_buy is None or group_buy.id is None:
        return
    several = await ctx.uow.group_buys.count_open_in_chat(ctx.request.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    if group_buy.terms.options:  # `me too` holding small ×2: the lines she holds, never "which option?"
        lines = await _own_option_lines(ctx, group_buy.id)
        gone = await _sold_out(ctx, group_buy.id, [option for option, _ in lines])
        more = [option for option, _ in lines if option not in gone]
        if not lines:  # none held: the join's own answer (which option, or sold out and how to wait)
            return
        zh = (await ctx.lang(group_buy)).startswith("zh")
        if not more and await _every_option_sold_out(ctx, group_buy.id):
            return  # the whole group buy sold out: the join's own answer, as `+1` has (review 67, s39 #4)
        if not more:  # all she holds sold out: the echo, and how to wait (never `+1` of a sold-out option)
            raise DomainError(
                "join_echo_held_sold_out",
                held=_lines_said(lines, zh=zh),
                option=lines[0][0],
                wait=_wait(lines[0][0], 1, at, zh=zh),
            )
        raise DomainError(
            "join_echo_held_lines",
            held=_lines_said(lines, zh=zh),
            example=f"+1 {more[0]}{at}",
        )
    line = await ctx.uow.group_buys.participant(group_buy.id, ctx.request.user_id, "", "")
    if line is None or line.quantity <= 0:
        return
    raise DomainError(
        "join_echo_held",
        quantity=line.quantity,
        unit=group_buy.terms.unit,
        id=group_buy.id,
        title=group_buy.terms.title,
        example=f"+1{at}",
    )


async def _the_one(ctx: Context) -> GroupBuy | None:
    """The one group buy open here the join is about (named, or the only one open), else None."""
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if ctx.command.group_buy_id is not None:
        open_here = [g for g in open_here if g.id == ctx.command.group_buy_id]
    return open_here[0] if len(open_here) == 1 and open_here[0].id is not None else None


async def _own_option_lines(ctx: Context, group_buy_id: int) -> list[tuple[str, int]]:
    """(option, quantity) of each line of her own (no friend) she holds on a group buy with options."""
    lines = await ctx.uow.group_buys.lines_of(group_buy_id, ctx.request.user_id)
    return [(line.option, line.quantity) for line in lines if not line.friend and line.quantity > 0]


async def _sold_out(ctx: Context, group_buy_id: int, options: list[str]) -> set[str]:
    """Which of `options` are sold out (🈵: their own stock, or the group buy's, all taken), read fresh:
    the group buys open here carry no option counts on storage."""
    if not options:
        return set()
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return set(options)
    gone = set()
    for name in options:
        option = group_buy.option_named(name)
        if option is None or group_buy.option_sold_out(option):
            gone.add(name)
    return gone


async def _every_option_sold_out(ctx: Context, group_buy_id: int) -> bool:
    """Whether every option of the group buy is sold out (🈵), read fresh as `_sold_out` does."""
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return True
    return all(group_buy.option_sold_out(option) for option in group_buy.terms.options)


def _lines_said(lines: list[tuple[str, int]], *, zh: bool) -> str:
    """`1 × large`, `2 × small, 1 × large`; in Chinese `大 ×1`, `小 ×2、大 ×1`."""
    if zh:
        return "、".join(f"{option} ×{quantity}" for option, quantity in lines)
    return ", ".join(f"{quantity} × {option}" for option, quantity in lines)


def _wait(option: str, quantity: int, at: str, *, zh: bool) -> str:
    """How to wait for `quantity` more of a sold-out option: `/wait pork 1`, `候补 #6 猪肉 1`."""
    return f"{'候补' if zh else '/wait'}{at} {option} {quantity}"


def _option_stated(group_buy: GroupBuy, command: Command) -> str | None:
    """The option a stated count names (`I want 4 veg`: veg); "" when it names none (`I want 4`, or the
    product: `2 cookies`); None when its word is neither (`2 days`: talk, for the join to tell)."""
    word = command.option or command.note
    if not word:
        return ""
    if group_buy.terms.options:
        named = group_buy.option_named(word)
        option = named.name if named is not None else option_in_note(group_buy, word)[0]
        if option:
            return option
    if command.titled and names_product(word, group_buy.terms.title):
        return ""
    return None


async def _refuse_restated(ctx: Context, typed: str) -> None:
    """A count stated without "more" (`给我来两箱`, `I want 4 veg`, `put me down for the large`, `2 small`:
    `Command.stated`) from one holding her own line on the one group buy it is about (with options: of
    the option named, else the only option she holds): holding that many, `join_restated_held` (`+2` to
    add); else `join_restated_other` (set to it, or add it?); nothing changed either way. Else return,
    the join going on. A typed `+2` is never so stated: it adds."""
    said = " ".join(unicodedata.normalize("NFKC", typed).replace("’", "'").split())
    stated = _STATED.match(said)
    if ctx.is_private or is_echo(said):  # `来一份`: the echo's own answer
        return
    if stated is None and not ctx.command.stated:
        return
    n = parse_int(stated.group("n")) if stated is not None else ctx.command.quantity
    group_buy = await _the_one(ctx)
    if n is None or n <= 0 or group_buy is None or group_buy.id is None:
        return
    option = _option_stated(group_buy, ctx.command) if stated is None else ""
    if option is None:
        return
    if group_buy.terms.options:
        await _restated_option(ctx, group_buy, option, n)
        return
    typed, unit = (stated.group("unit") or "") if stated is not None else "", group_buy.terms.unit
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
    limit = group_buy.terms.per_person_limit
    if held == n and limit is not None:  # `+2` holding 2 of a limit 3: the most more, `+1` (rep92 #10)
        lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        room = limit - sum(other.quantity for other in lines)
        if room <= 0:
            raise DomainError("limit_reached", title=group_buy.terms.title, limit=limit, have=held, unit=unit)
        example = f"+{min(n, room)}{at}"
    if held == n:
        raise DomainError("join_restated_held", quantity=held, n=n, unit=unit, example=example)
    lang, number = await ctx.lang(group_buy), group_buy.id if several else None
    set_to = set_to_example(lang, n, unit, number=number)
    if limit is not None:  # never a count her limit refuses (rep92 #10): friends' lines count toward it
        lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        others = sum(other.quantity for other in lines if other.friend)
        most = max(limit - others, held)  # the most her own line may hold
        if n > most:  # neither set to it nor add it: the most she can make it
            title = group_buy.terms.title
            if most <= held:
                raise DomainError("limit_reached", title=title, limit=limit, have=held + others, unit=unit)
            to = set_to_example(lang, most, unit, number=number)
            raise DomainError(
                "limit_exceeded_set_to", title=title, limit=limit, have=held, most=most, example=to, unit=unit
            )
        if held + n > most:  # set to it only: adding that many would pass it
            raise DomainError("join_restated_set_only", quantity=held, asked=n, unit=unit, set_to=set_to)
    raise DomainError(
        "join_restated_other", quantity=held, asked=n, unit=unit, example=example, set_to=set_to
    )


async def _restated_option(ctx: Context, group_buy: GroupBuy, option: str, n: int) -> None:
    """`I want 4 veg` (or `I want 4`, veg the only option she holds) holding veg ×4: an echo; holding
    veg ×2: asked, set to it or add it; holding none of it: return, the join going on."""
    assert group_buy.id is not None
    lines = await _own_option_lines(ctx, group_buy.id)
    if not option and len(lines) == 1:
        option = lines[0][0]
    held = next((quantity for named, quantity in lines if named == option), 0) if option else 0
    if held <= 0:
        return
    several = await ctx.uow.group_buys.count_open_in_chat(ctx.request.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    zh = (await ctx.lang(group_buy)).startswith("zh")
    line = _lines_said([(option, held)], zh=zh)
    example = f"+{n} {option}{at}"
    most = await _most_of_option(ctx, group_buy, option, held)  # never a count her limit refuses
    title, limit = f"{group_buy.terms.title} {option}", group_buy.terms.per_person_limit
    if limit is not None and most <= held and n >= held:  # at the limit: none more at all
        raise DomainError("limit_reached", title=title, limit=limit, have=held, unit=group_buy.terms.unit)
    if held == n and not await _sold_out(ctx, group_buy.id, [option]):  # sold out: the join's answer
        example = f"+{min(n, most - held)} {option}{at}"  # `+2 small` holding 2 of 4 (rep92 #10)
        raise DomainError("join_restated_held_option", held=line, example=example)
    if held == n:
        return
    set_to = f"-{held - n} {option}{at}" if held > n else f"+{n - held} {option}{at}"  # works, several held
    if limit is not None and n > most:  # `I'll take 5 small` holding 2 of 4: the most she can make it
        to = f"+{most - held} {option}{at}"
        raise DomainError(
            "limit_exceeded_set_to",
            title=title,
            limit=limit,
            have=held,
            most=most,
            example=to,
            unit=group_buy.terms.unit,
        )
    if limit is not None and held + n > most and not await _sold_out(ctx, group_buy.id, [option]):
        raise DomainError("join_restated_set_only_option", held=line, asked=n, set_to=set_to)
    if await _sold_out(ctx, group_buy.id, [option]):  # never `+1 pork` of a sold-out option: how to wait
        wait = _wait(option, max(n - held, 1), at, zh=zh)
        if held > n:
            raise DomainError(
                "join_restated_fewer_sold_out", held=line, asked=n, set_to=set_to, option=option, wait=wait
            )
        raise DomainError(
            "join_restated_more_sold_out", held=line, asked=n, option=option, more=n - held, wait=wait
        )
    raise DomainError("join_restated_other_option", held=line, asked=n, set_to=set_to, example=example)


async def _most_of_option(ctx: Context, group_buy: GroupBuy, option: str, held: int) -> int:
    """The most her own line of `option` may hold under the per-person limit (her friends' lines of it
    counted toward it); without a limit, more than anyone asks."""
    limit = group_buy.terms.per_person_limit
    if limit is None or group_buy.id is None:
        return held + 10**9
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    others = sum(line.quantity for line in lines if line.friend and line.option == option)
    return max(limit - others, held)
