"""A 团长's everyday words (rep70 #3, #6): `#1 改价 80`, `芒果改价 80`, `改价 80` are `修改 #1 价格 80`;
`鸡蛋加库存 10`, `#2 加库存 10`, `add stock 10` raise the stock BY 10 (`库存 30` in `修改` stays a total),
the answer saying the old total and the new; `上周的草莓再来一团`, `再来一团草莓` are `再开一团 #3` of the
latest group buy of that product here (`handlers.parsing.org_words` reads them).

A product named picks the group buy as `+1 芒果` does (`names_product`): several open of it are asked
which, with the exact command for each; none of hers: said, with hers; from one who runs none here,
talk. The change itself is `修改`'s (`handlers.edits`), with all its checks and answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, ProductOption
from commerce.domain.roster import GroupBuySummary
from commerce.services import edits as service
from commerce.services.asking import SOLD, question_names_title
from commerce.services.group_buys import names_product
from handlers import edits, group_buys
from handlers.context import Context
from handlers.parsing.commands import Command
from handlers.parsing.org_words import arrival_parts
from handlers.parsing.pickup import place_and_time
from handlers.parsing.when import parse_when
from handlers.texts import t
from handlers.texts.pickup import pickup_text
from handlers.types import Reply
from handlers.which import own_example_number


def _choices(group_buys: list[GroupBuy]) -> str:
    return " · ".join(f"#{g.id} {g.terms.title}" for g in group_buys)


def _summed(group_buys: list[GroupBuySummary]) -> str:
    return " · ".join(f"#{g.id} {g.title}" for g in group_buys)


def _examples(lang: str, examples: list[str]) -> str:
    return t(lang, "org_examples_or").join(examples)


async def _picked(ctx: Context, lang: str, example: str) -> GroupBuy | None:
    """The group buy the command names: its `#N`, else the product named (`芒果改价 80`), else hers
    open here when she has one (several: asked which, each with `example`, the command for `#{id}`);
    None: `修改`'s own answer (in private, or none of hers open here)."""
    command = ctx.command
    if command.group_buy_id is not None:
        return await service.reach(ctx.uow, edits.where(ctx), command.group_buy_id, ctx.request.user_id)
    if ctx.is_private:
        if command.in_words and not await _runs_open(ctx):  # `Cookies price 18` from a buyer: as any text
            raise _Talk
        return None if not command.word else await _named_privately(ctx, lang, example)
    open_here = sorted(await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id), key=lambda g: g.id or 0)
    hers = [g for g in open_here if g.organiser_id == ctx.request.user_id]
    if command.in_words and not hers:  # `Cookies price 18` from one running none here: talk
        raise _Talk
    if not command.word:
        if len(hers) > 1:
            each = [example.format(id=g.id) for g in hers]
            raise DomainError(
                "org_which", n=len(hers), choices=_choices(hers), examples=_examples(lang, each)
            )
        return hers[0] if hers else None
    named = [g for g in open_here if names_product(command.word, g.terms.title)]
    if len(named) == 1:
        return named[0]
    if named:
        each = [example.format(id=g.id) for g in named]
        raise DomainError(
            "org_named_which",
            word=command.word,
            n=len(named),
            choices=_choices(named),
            examples=_examples(lang, each),
        )
    if not hers:
        raise _Talk
    raise DomainError(
        "org_named_none", word=command.word, choices=_choices(hers), example=example.format(id=hers[0].id)
    )


async def _named_privately(ctx: Context, lang: str, example: str) -> GroupBuy | None:
    """In private, `芒果改价 80`: her open group buy of that product, whatever its group (several: asked
    which, each with `example`; none of hers open is it: said, with hers). None: she has none open."""
    word = ctx.command.word
    mine = await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=200)
    hers = sorted((g for g in mine if g.status is GroupBuyStatus.OPEN), key=lambda g: g.id)
    named = [g for g in hers if names_product(word, g.title)]
    if len(named) == 1:
        return await ctx.uow.group_buys.get(named[0].id)
    if named:
        each = [example.format(id=g.id) for g in named]
        raise DomainError(
            "org_named_which_private",
            word=word,
            n=len(named),
            choices=_summed(named),
            examples=_examples(lang, each),
        )
    if not hers:
        return None
    raise DomainError(
        "org_named_none_private", word=word, choices=_summed(hers), example=example.format(id=hers[0].id)
    )


async def _runs_open(ctx: Context) -> bool:
    """Whether the sender runs an open group buy anywhere."""
    mine = await ctx.uow.views.group_buys_of(ctx.request.user_id, limit=200)
    return any(g.status is GroupBuyStatus.OPEN for g in mine)


async def talk(ctx: Context) -> list[Reply]:
    """Words read as an organiser's that are not hers: in a group talk, no answer; in private, as any
    text there is answered (a question to the bot, else the hint)."""
    if not ctx.is_private:
        return []
    from handlers import ask, option_question  # they import much of handlers: imported here

    asked = ask.asked(ctx.request, ctx.config.bot_username)
    if asked is not None:
        return await ask.ask(replace(ctx, command=asked))
    return await option_question.answer(replace(ctx, command=Command("hint")))


class _Talk(Exception):
    """Words naming no group buy here, from one who runs none here: talk, no answer."""


def _edit_said(lang: str, change: str) -> str:
    """`修改 #{id} 价格 80` / `/edit #{id} price 80`, `{id}` left to fill."""
    return t(lang, "which_example_edit_typed", id="{id}", change=change)


async def price_said(ctx: Context) -> list[Reply]:
    """`#1 改价 80`, `芒果改价 80`, `price #1 80`: as `修改 #1 价格 80`."""
    return await _as_edit(ctx, "org_price_word")


async def term_said(ctx: Context) -> list[Reply]:
    """`改库存 10` (a total, as `修改 #1 库存 10`; `加库存 10` adds: `stock_added`), `改截止 明天晚上8点`,
    `截止改成周五 20:00`, `延期到周五 20:00` (as `修改 #1 截止 …`); `延期一天`, `截止推迟2小时` (`alone`: a
    length of time) move it that much later than it is, never to a day from now."""
    command = ctx.command
    if command.option == "stock":
        return await _as_edit(ctx, "org_stock_word")
    if command.alone and _LENGTH.fullmatch(command.rest):
        try:
            found = await _picked(ctx, await ctx.lang(guess=True), f"#{{id}} {ctx.request.text.strip()}")
        except _Talk:
            return await talk(ctx)
        if found is None and not ctx.is_private:  # a chat admin's (none of his own): the one `修改` reaches
            found = await service.reach(ctx.uow, edits.where(ctx), None, ctx.request.user_id)
        deadline = found.terms.deadline if found is not None else None
        if deadline is not None:  # `延期一天`: a day after the deadline, said as a date `修改` reads
            moved = parse_when(command.rest, now=deadline, tz=ctx.tz).astimezone(ctx.tz)
            at = f"{moved.month}月{moved.day}日 {moved:%H:%M}"
            ctx = replace(ctx, command=replace(command, group_buy_id=found.id if found else None, rest=at))
    return await _as_edit(ctx, "org_deadline_word")


# a length of time (`一天`, `2天`, `两个小时`, `半天`): `延期一天` moves the deadline by it
_LENGTH = re.compile(r"(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(?:天|日|小时|钟头|星期|周)")


async def _as_edit(ctx: Context, word_key: str) -> list[Reply]:
    """The command as `修改 #N <its keyword> <its value>`, the group buy picked by `_picked`."""
    command = ctx.command
    lang = await ctx.lang(guess=True)
    change = f"{t(lang, word_key)} {command.rest}"
    try:
        found = await _picked(ctx, lang, _edit_said(lang, change))
    except _Talk:
        return await talk(ctx)
    number = "" if found is None else f"#{found.id} "
    edit = Command(
        "edit", lang=command.lang, rest=f"{number}{t(command.lang or lang, word_key)} {command.rest}"
    )
    return await edits.edit(replace(ctx, command=edit))


async def stock_added(ctx: Context) -> list[Reply]:
    """`鸡蛋加库存 10`, `#2 加库存 10`, `add stock 10`: the stock raised by 10, as `修改 #2 库存 <old + 10>`;
    the answer says the old total and the new. Unlimited, or a stock per option: how to set it."""
    command = ctx.command
    lang = await ctx.lang(guess=True)
    added = command.quantity or 0
    example = t(lang, "org_stock_added_example", id="{id}", added=added)
    named = await _option_of_hers(ctx, command.word)  # `大盒加库存 5`, `加库存 #1 大盒 5`: that option's
    try:
        found = named[0] if named else await _picked(ctx, lang, example)
    except _Talk:
        return await talk(ctx)
    if found is None and ctx.is_private:  # `加库存 10` in private: its own example, with one of hers
        number = await own_example_number(ctx.uow, ctx.request.user_id)
        raise DomainError("number_needed_in_private_for", example=example.format(id=number))
    if found is None:  # none of hers open here: `修改`'s own answer (which, who may)
        found = await service.reach(ctx.uow, edits.where(ctx), None, ctx.request.user_id)
    lang = await ctx.lang(found)
    if not found.may_manage(
        ctx.request.user_id, is_admin=ctx.request.is_admin and not ctx.is_private, in_chat=ctx.request.chat_id
    ):
        raise DomainError("not_organiser", organiser=found.organiser_name)
    option = named[1] if named else None
    if found.terms.options and option is None:  # which option's: the example one with a stock of its own
        option = next((o for o in found.terms.options if o.stock is not None), found.terms.options[0])
        total = added if option.stock is None else option.stock + added
        raise DomainError(
            "org_stock_added_options", title=found.terms.title, id=found.id, option=option.name, total=total
        )
    old = found.terms.stock if option is None else option.stock
    title = found.terms.title if option is None else f"{found.terms.title} {option.name}"
    of = "" if option is None else f" {option.name}"
    if old is None:
        raise DomainError("org_stock_added_unlimited", title=title, id=found.id, added=added, option=of)
    new = old + added
    edit = Command(
        "edit", lang=command.lang, rest=f"#{found.id}{of} {t(command.lang or lang, 'org_stock_word')} {new}"
    )
    replies = await edits.edit(replace(ctx, command=edit))
    said = t(lang, "org_stock_added_said", old=old, new=new, added=added)
    first = next((i for i, reply in enumerate(replies) if reply.text and not reply.private_to), None)
    if first is None:
        return replies
    replies[first] = replace(replies[first], text=f"{replies[first].text}\n{said}")
    return replies


async def _option_of_hers(ctx: Context, word: str) -> tuple[GroupBuy, ProductOption] | None:
    """The option `word` names of the one group buy of hers (open here, or numbered) that has it; None
    when none does (a product's name, or nothing named)."""
    if not word:
        return None
    if ctx.command.group_buy_id is not None:
        mine = [await service.reach(ctx.uow, edits.where(ctx), ctx.command.group_buy_id, ctx.request.user_id)]
    elif ctx.is_private:
        return None
    else:
        mine = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id, organiser=ctx.request.user_id)
    found = [(g, o) for g in mine for o in [g.option_named(word)] if o is not None]
    return found[0] if len(found) == 1 else None


async def pickup_said(ctx: Context) -> list[Reply]:
    """`芒果自提点改到 东门`, `pickup changed to Gate B`, `move pickup to Block 5`: as `自提 #1 东门`, the
    group buy picked as `芒果改价 80` picks it (in private too: her open one of that product)."""
    command = ctx.command
    lang = await ctx.lang(guess=True)
    example = t(lang, "org_arrived_example", id="{id}", change=command.rest)
    try:
        found = await _picked(ctx, lang, example)
    except _Talk:
        return await talk(ctx)
    number = "" if found is None else f"#{found.id} "
    pickup = Command("pickup", lang=command.lang, rest=f"{number}{command.rest}")
    return await group_buys.set_pickup(replace(ctx, command=pickup))


async def copy_named(ctx: Context) -> list[Reply]:
    """`上周的草莓再来一团`, `草莓再来一团`, `再来一团草莓`: `再开一团 #N` of the latest group buy of that
    product here (open or closed; several products it names: asked which, each with `再开一团 #N`);
    none: said, nothing opened. In private, or where no group buy ever ran: talk."""
    chat_id = ctx.request.chat_id
    if ctx.is_private or await ctx.uow.group_buys.latest_in_chat(chat_id) is None:
        return []
    word = ctx.command.word
    here = [
        *await ctx.uow.group_buys.open_in_chat(chat_id),
        *await ctx.uow.group_buys.closed_in_chat(chat_id),
    ]
    latest: dict[str, GroupBuy] = {}  # the latest of each title it names (a repeat is the same title)
    for group_buy in sorted(here, key=lambda g: g.id or 0, reverse=True):
        if names_product(word, group_buy.terms.title):
            latest.setdefault(group_buy.terms.title, group_buy)
    if not latest:
        raise DomainError("org_copy_none", word=word)
    if len(latest) > 1:
        named = sorted(latest.values(), key=lambda g: g.id or 0)
        lang = await ctx.lang(guess=True)
        each = [t(lang, "org_copy_example", id=g.id) for g in named]
        raise DomainError(
            "org_copy_which", word=word, n=len(named), choices=_choices(named), examples=_examples(lang, each)
        )
    (found,) = latest.values()
    return await edits.copy(replace(ctx, command=Command("copy", lang=ctx.command.lang, rest=f"#{found.id}")))


async def arrived(ctx: Context) -> list[Reply]:
    """The organiser's `到货了 鸡蛋明天下午5点3号楼大堂自提` (rep70 #7): nothing set (a guess set silently
    would tell every buyer), answered with the exact `自提 #2 …` that sets it and tells buyers; a bare
    `到货了`: the pickup it has, or how to set one. Of her group buys here closed with orders (the one
    numbered or named; several: each with its command). From anyone else, or with none: talk."""
    command = ctx.command
    if ctx.is_private:  # `到货了` there: talk; `goods arrived`: as any text there
        return await talk(ctx) if command.in_words else []
    closed = await ctx.uow.group_buys.closed_in_chat(ctx.request.chat_id)
    hers = sorted(
        (g for g in closed if g.organiser_id == ctx.request.user_id and g.status in SOLD),
        key=lambda g: g.id or 0,
    )
    if command.group_buy_id is not None:
        hers = [g for g in hers if g.id == command.group_buy_id]
    said = f"{command.word} {command.rest}"
    named = [g for g in hers if question_names_title(said, g.terms.title)]
    if command.in_words and command.word and not named:  # `Ann arrived`: talk
        return []
    found = named or hers
    if not found:
        return []
    lang = await ctx.lang(found[0])
    first, time, after = arrival_parts(command.rest)
    if first and any(question_names_title(first, g.terms.title) for g in found):
        first = ""  # `鸡蛋明天下午5点…`: the product, not the place
    change = " ".join(part for part in (f"{first}{after}".strip(), time) if part)
    if change and not _read_as_typed(ctx, change):
        change = ""
    example = t(
        lang, "org_arrived_example", id="{id}", change=change or t(lang, "org_arrived_example_change")
    )
    if len(found) > 1:
        each = [example.format(id=g.id) for g in found]
        raise DomainError(
            "org_arrived_which", n=len(found), choices=_choices(found), examples=_examples(lang, each)
        )
    (group_buy,) = found
    if change:
        raise DomainError(
            "org_arrived_set",
            title=group_buy.terms.title,
            id=group_buy.id,
            example=example.format(id=group_buy.id),
        )
    pickup = pickup_text(group_buy.terms, ctx.tz, lang)
    if pickup:
        raise DomainError(
            "org_arrived_has",
            title=group_buy.terms.title,
            id=group_buy.id,
            pickup=pickup,
            example=example.format(id=group_buy.id),
        )
    raise DomainError(
        "org_arrived_none",
        title=group_buy.terms.title,
        id=group_buy.id,
        example=example.format(id=group_buy.id),
    )


def _read_as_typed(ctx: Context, change: str) -> bool:
    """Whether `自提 #N {change}` reads as a place and a time still ahead, as `自提` would read it."""
    try:
        place, at = place_and_time(change, now=ctx.now, tz=ctx.tz)
    except DomainError:
        return False
    return bool(place) and at is not None
