"""`change to small`, `can I change to small?`, `switch mine to small`, `换成小杯` (rep64 2): a member asking
to move her line to another option of a group buy she is on. Answered with the two messages that do it,
one by one (`-1 large`, then `+1 small`: the stock and limit rules of each apply as they are sent);
nothing is changed by the question itself. A word naming no option of one she is on here stays talk.
"""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.options import resembles_an_option
from handlers import settings
from handlers.context import Context
from handlers.parsing.option_words import looks_like_option
from handlers.texts import t
from handlers.types import Reply


async def switch(ctx: Context) -> list[Reply]:
    """The steps to move her own line to the option `ctx.command.option`; [] (talk; in private the
    pointer to /help) when she holds a line on no group buy open here that has it."""
    wanted = ctx.command.option
    user = ctx.request.user_id
    found: list[tuple[GroupBuy, str, list[Participant]]] = []
    for group_buy in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
        named = group_buy.option_named(wanted) if group_buy.id is not None else None
        if named is None or group_buy.id is None:
            continue
        lines = [
            line
            for line in await ctx.uow.group_buys.lines_of(group_buy.id, user)
            if not line.friend and line.quantity > 0
        ]
        if lines:
            found.append((group_buy, named.name, lines))
    if not found:  # rep67 #13: on none here with it: not on it (send +1 small), or hers closed
        told = await _none_held(ctx, wanted) or await _no_such_option(ctx, wanted)
        if told:
            return told
    if len(found) != 1:
        return await settings.help_hint(ctx) if ctx.is_private else []
    group_buy, option, lines = found[0]
    lang = await ctx.lang(group_buy)
    held = [line for line in lines if line.option != option]
    title, number = group_buy.terms.title, group_buy.id
    if not held:
        quantity = lines[0].quantity
        text = t(lang, "switch_option_already", title=title, id=number, option=option, quantity=quantity)
        return [Reply(text=text)]
    if len(held) > 1:
        have = ", ".join(f"{line.option} ×{line.quantity}" for line in held)
        text = t(lang, "switch_option_which", title=title, id=number, option=option, have=have)
        return [Reply(text=text)]
    line = held[0]
    first = f"-{line.quantity} {line.option}"
    then = f"+{line.quantity} {option}"
    held_text = f"{line.option} ×{line.quantity}"
    text = t(
        lang,
        "switch_option_steps",
        title=title,
        id=number,
        have=held_text,
        option=option,
        first=first,
        then=then,
    )
    return [Reply(text=text)]


async def _none_held(ctx: Context, wanted: str) -> list[Reply]:
    """`can I change to veg?` from one holding no line: the one open here with that option says she is
    not on it and how to join with it (`+1 veg`); none open with it but hers closed with it (her order
    there): it closed, ask the organiser; [] otherwise (talk)."""
    if ctx.is_private:
        return []
    chat, user = ctx.request.chat_id, ctx.request.user_id
    having = [g for g in await ctx.uow.group_buys.open_in_chat(chat) if g.option_named(wanted) is not None]
    if len(having) == 1:
        group_buy = having[0]
        named = group_buy.option_named(wanted)
        assert named is not None
        lang = await ctx.lang(group_buy)
        text = t(
            lang, "switch_option_not_on", title=group_buy.terms.title, id=group_buy.id, option=named.name
        )
        return [Reply(text=text)]
    if having:
        return []
    ordered = {order.group_buy_id for order in await ctx.uow.orders.for_buyer(user) if order.chat_id == chat}
    closed = [
        g
        for g in await ctx.uow.group_buys.closed_in_chat(chat)
        if g.id in ordered and g.option_named(wanted) is not None
    ]
    if not closed:
        return []
    group_buy = max(closed, key=lambda g: (g.created_at, g.id or 0))
    lang = await ctx.lang(group_buy)
    text = t(
        lang,
        "switch_option_closed",
        title=group_buy.terms.title,
        id=group_buy.id,
        organiser=group_buy.organiser_name,
    )
    return [Reply(text=text)]


# `switch to paynow`, `change to cash`, `change to english`: a way to pay or talk, never an option tried
_NOT_OPTIONS = frozenset(
    {"paynow", "cash", "transfer", "wechat", "alipay", "paypal", "venmo", "card", "whatsapp", "telegram",
     "english", "chinese", "delivery", "pickup", "tomorrow", "today", "later", "me", "us", "him", "her"}
)  # fmt: skip


async def _no_such_option(ctx: Context, wanted: str) -> list[Reply]:
    """`change to medium` from one holding her own line on the one group buy open here with options, none
    so called (nor `medium cup` beside small cup / large cup): there is none, its options, and the
    switch that works (`first -1 veg, then +1 pork`), nothing changed; [] otherwise (talk, as ever)."""
    if ctx.is_private:
        return []
    with_options = [
        g for g in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id) if g.terms.options and g.id
    ]
    words = wanted.casefold().split()
    if len(with_options) != 1 or not words or any(word in _NOT_OPTIONS for word in words):
        return []
    group_buy = with_options[0]
    assert group_buy.id is not None
    names = [option.name for option in group_buy.terms.options]
    if len(words) == 2:  # `medium cup` beside `small cup`: the kind last, as an option's
        if not any(name.casefold().split()[-1:] == words[-1:] for name in names):
            return []
    elif not looks_like_option(wanted.lower(), wanted) or not resembles_an_option(group_buy, wanted):
        return []
    lines = [
        line
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        if not line.friend and line.quantity > 0 and line.option
    ]
    if not lines:
        return []  # chatter from one holding nothing there stays unanswered
    line = lines[0]
    others = [option for option in group_buy.terms.options if option.name != line.option]
    if not others:
        return []
    to = next((option for option in others if not group_buy.option_sold_out(option)), others[0]).name
    lang = await ctx.lang(group_buy)
    text = t(
        lang,
        "switch_option_not_here",
        title=group_buy.terms.title,
        id=group_buy.id,
        name=wanted,
        choices=group_buy.option_choices(),
        have=f"{line.option} ×{line.quantity}",
        option=to,
        first=f"-{line.quantity} {line.option}",
        then=f"+{line.quantity} {to}",
    )
    return [Reply(text=text)]
