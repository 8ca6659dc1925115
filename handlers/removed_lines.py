"""A member the organiser took off a group buy (踢出) who pastes an old copy of its 接龙 list (rep88 #3):
Kim, removed from 散养土鸡蛋 #1, pasted `#接龙 散养土鸡蛋⏎…⏎3. Kim 1` and was back on the list without a
word to anyone. The removal is kept in the shared state (`commerce.state.KeyValues`) per group buy and
member, until a day after its deadline; a pasted line that would make her a line on it anew is refused
(`pasted_after_removed`: the organiser took her off, ask the organiser first), nothing joined. A `+1`
she types still joins (the organiser may have told her to), and so does the organiser's 代报."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.state import KeyValues
from handlers.context import Context

log = logging.getLogger(__name__)

KEPT_AFTER_DEADLINE = timedelta(days=1)
KEPT_AT_LEAST = timedelta(hours=1)


def _key(group_buy_id: int, user_id: str) -> str:
    return f"removed_line:{group_buy_id}:{user_id}"


async def remember(values: KeyValues | None, group_buy: GroupBuy, user_id: str, now: datetime) -> None:
    """The organiser took `user_id`'s own line(s) off `group_buy` now (once committed)."""
    if values is None or group_buy.id is None:
        return
    kept = max(group_buy.deadline + KEPT_AFTER_DEADLINE - now, KEPT_AT_LEAST)
    try:
        await values.set(_key(group_buy.id, user_id), True, ttl=kept.total_seconds())
    except Exception:  # an old copy pasted then joins, as before
        log.warning("could not remember a removal from group buy %s", group_buy.id, exc_info=True)


async def refuse_pasted(ctx: Context, group_buy: GroupBuy) -> None:
    """A pasted list's line that made the sender a line on `group_buy` anew after its organiser took her
    off: refused (the unit rolls back), saying so and whom to ask."""
    if ctx.values is None or group_buy.id is None:
        return
    try:
        removed = await ctx.values.get(_key(group_buy.id, ctx.request.user_id))
    except Exception:  # as if she was never removed
        log.warning("could not read the removals of group buy %s", group_buy.id, exc_info=True)
        return
    if removed:
        raise DomainError(
            "pasted_after_removed",
            id=group_buy.id,
            title=group_buy.terms.title,
            organiser=group_buy.organiser_name,
        )
