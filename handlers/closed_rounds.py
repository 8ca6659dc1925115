"""What a join or a wait for a group buy that has closed is told to do next (rep37 finding 9): its next
round when one is open here (`新一轮是 #6，要跟就发 +1 #6`), else to ask its organiser for another round
(`想要的话请 @团长 Amy 再开一团`; its organiser herself: `要再开一团就发 再开一团 #2`). One that was
cancelled or failed is told as it was: it did not go ahead.

rep46 #7: with nothing open here, a bare `+1` / `/join` is told so and whom to ask for one (`这个群里现在没有
进行中的团购（最近的一个是 牛油果，#2）…想要的话请 @团长 Ben 开一团。`), never "Avocados did not reach its
minimum" hours later; only within `just_closed.JUST_CLOSED_FOR` of a close that went ahead is that close
named as closed (with its organiser to ask)."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus
from handlers import just_closed, sharing
from handlers.context import Context

_WENT_AHEAD = frozenset({GroupBuyStatus.SUCCEEDED.value, GroupBuyStatus.FULFILLED.value})


async def next_step(ctx: Context, refusal: DomainError, quantity: int) -> DomainError | None:
    """`+1 #1` once #1 closed: with its next round open here (a later group buy of the same organiser
    and title: `/copy #1` made it), which number to join instead (`+1 #6`); with none, and #1 went
    ahead, to ask its organiser for another round. None: any other refusal (the refusal as it is)."""
    closed_id = refusal.params.get("id")
    status = refusal.params.get("status")
    if refusal.code != "group_buy_closed" or status == GroupBuyStatus.OPEN.value:
        return None
    if not isinstance(closed_id, int) or ctx.command.tap:
        return None
    closed = await ctx.uow.group_buys.get(closed_id)
    if closed is None:
        return None
    title = closed.terms.title.casefold()
    open_now = [
        g
        for g in await ctx.uow.group_buys.open_in_chat(await sharing.chat_of(ctx))
        if not g.is_past_deadline(ctx.now)
    ]
    bare = ctx.command.group_buy_id is None and not ctx.command.note
    if bare and not open_now and not (status in _WENT_AHEAD and just_closed.lately(closed, ctx.now)):
        if closed.organiser_id == ctx.request.user_id:  # hers: the command that opens it again
            return DomainError("no_open_group_buy_last_own", id=closed_id, title=closed.terms.title)
        return DomainError(
            "no_open_group_buy_last", id=closed_id, title=closed.terms.title, organiser=closed.organiser_name
        )
    rounds = [
        g
        for g in open_now
        if g.id is not None
        and g.id > closed_id
        and g.organiser_id == closed.organiser_id
        and g.terms.title.casefold() == title
    ]
    if rounds and ctx.command.group_buy_id is not None:
        following = min(rounds, key=lambda g: g.id or 0)
        return DomainError(
            "group_buy_closed_next",
            id=closed_id,
            title=closed.terms.title,
            status=status,
            next=following.id,
            join=f"+{quantity} #{following.id}",
        )
    if rounds or status not in _WENT_AHEAD:
        return None
    if closed.organiser_id == ctx.request.user_id:  # her own: the command that opens it again
        return DomainError("group_buy_closed_reopen_own", id=closed_id, title=closed.terms.title)
    if ctx.is_private:  # a friend of a friend (rep76 #9): no @ that reaches no one; who runs it, and where
        where = (await ctx.uow.chat_names.titles([closed.chat_id])).get(closed.chat_id) or closed.chat_id
        return DomainError(
            "group_buy_closed_reopen_private",
            id=closed_id,
            title=closed.terms.title,
            organiser=closed.organiser_name,
            chat=where,
        )
    return DomainError(
        "group_buy_closed_reopen", id=closed_id, title=closed.terms.title, organiser=closed.organiser_name
    )
