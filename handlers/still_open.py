"""`can I still order 1?`, `还能要一份吗？`, `还可以跟吗` in a group: a question, answered, nothing joined.

Whether the group buy is open, what is left of it and how to join (`+1`, `+1 #N` with several open, an
option's name where it has options); sold out: the waiting list; none open but one ended here: that it
takes no more orders and to ask its organiser about another round. Nothing there at all: left to the
join's own path (talk, unanswered). A question asked this way never changes a line.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.waiting import check_queue_first, queue_may_hold
from handlers import waiting
from handlers.context import Context
from handlers.texts import refusal_text, t
from handlers.texts.units import units
from handlers.types import Reply


async def answered(ctx: Context) -> list[Reply] | None:
    """The answer to the question `ctx.command` (`still`) asks in a group; None when no group buy was
    ever here (the join's path says what it says of a `+1` there)."""
    chat_id = ctx.request.chat_id
    open_here = await ctx.uow.group_buys.open_in_chat(chat_id)
    asked = max(ctx.command.quantity or 1, 1)
    if not open_here:
        closed = await ctx.uow.group_buys.closed_in_chat(chat_id)  # newest first
        if not closed:
            return None
        ended = closed[0]
        lang = await ctx.lang(ended)
        text = t(lang, "still_ended", id=ended.id, title=ended.terms.title, organiser=ended.organiser_name)
        return [Reply(text=text)]
    lang = await ctx.lang(open_here[0] if len(open_here) == 1 else None)
    if len(open_here) == 1:
        only = open_here[0]
        if only.stock_left == 0:
            return [Reply(text=refusal_text(lang, await _sold_out(ctx, only, asked)))]
        held = await _held_for_queue(ctx, only, asked)
        if held is not None:  # what is free is the queue's (候补): how to queue, never `+1`
            return [Reply(text=refusal_text(lang, held))]
        join = _join_example(only, asked, numbered=False)
        left = _left(lang, only)
        title = only.terms.title
        return [Reply(text=t(lang, "still_open_one", id=only.id, title=title, left=left, join=join))]
    lines = (t(lang, "still_open_line", id=g.id, title=g.terms.title, left=_left(lang, g)) for g in open_here)
    joinable = [g for g in open_here if g.stock_left != 0] or open_here
    join = _join_example(joinable[0], asked, numbered=True)
    text = t(lang, "still_open_several", lines=t(lang, "still_open_separator").join(lines), join=join)
    return [Reply(text=text)]


async def _sold_out(ctx: Context, group_buy: GroupBuy, asked: int) -> DomainError:
    """What a `+{asked}` of the sold-out `group_buy` would be told, as its join says it (rep79 #5): the
    wait (one naming an option, where it has options), never for more than there is at all less what her
    line holds; with all there is on her own line, or on a friend's line of hers (代报), that there is
    nothing to wait for (`sold_out_held_all`, `sold_out_held_by_friend`)."""
    waited = await waiting.asked_while_waiting(ctx, group_buy)
    if waited is not None:  # rep81 #8: she is in its queue already, never told how to queue
        return waited
    title = group_buy.terms.title
    options = group_buy.terms.options
    if options:  # the stock its options share is gone: a wait naming one (rep80 #8)
        example, choices = options[-1].name, group_buy.option_choices()
        return DomainError(
            "sold_out_options_waitlist", title=title, example=example, choices=choices, quantity=asked
        )
    stock = group_buy.terms.stock or 0
    assert group_buy.id is not None
    lines = await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
    own = sum(line.quantity for line in lines if not line.friend)
    friend = next((line for line in lines if line.friend and line.quantity >= stock), None)
    if own >= stock:
        return DomainError("sold_out_held_all", title=title)
    if friend is not None:
        return DomainError("sold_out_held_by_friend", title=title, friend=friend.friend)
    return DomainError("sold_out_waitlist", title=title, quantity=min(asked, stock - own))


async def _held_for_queue(ctx: Context, group_buy: GroupBuy, asked: int) -> DomainError | None:
    """The refusal a `+{asked}` would get because what is free is kept for those waiting (候补), for one
    not waiting; None otherwise (the waiting list read only when few are left, as a join reads it)."""
    if group_buy.id is None or group_buy.terms.options or not queue_may_hold(group_buy, None, asked):
        return None
    waiting, smallest = (await ctx.uow.waiting.sizes(group_buy.id)).get("", (0, 0))
    left = group_buy.stock_left
    if not waiting or left is None or smallest > left:  # nobody waiting fits what is free (rep96 #1)
        return None
    waits = await ctx.uow.waiting.get(group_buy.id, ctx.request.user_id) is not None
    try:
        check_queue_first(group_buy, None, asked, waiting=waiting, waits=waits, smallest=smallest)
    except DomainError as held:
        return held
    return None


def _left(lang: str, group_buy: GroupBuy) -> str:
    """`, 8 left` / `，还剩 8 份`; `, sold out` / `，已售罄`; "" when no stock caps it."""
    left = group_buy.stock_left
    if left is None:
        return ""
    if left <= 0:
        return t(lang, "still_sold_out")
    return t(lang, "still_left", units=units(lang, left, group_buy.terms.unit))


def _join_example(group_buy: GroupBuy, asked: int, *, numbered: bool) -> str:
    """`+1`, `+2 #3`, `+1 5kg` (its first option, where it has options): what to send to join it."""
    parts = [f"+{asked}"]
    if numbered:
        parts.append(f"#{group_buy.id}")
    if group_buy.terms.options:
        parts.append(group_buy.terms.options[0].name)
    return " ".join(parts)
