"""A card's `+1 more` (再来一份) and Leave (退出) tapped again within a few seconds count once.

People tap a button two or three times when the first tap seems slow: three taps of `+1 more` were three
units bought, three taps of Leave three units taken off. Join is protected by what it does (it joins
once); these two add or take one unit per tap, so a tap of the same member on the same card's same
button within `REPEAT_WITHIN` of a counted one is a repeat: it changes nothing and its toast says it
counted once and how to add (take off) another: tap again after a moment, or type `+1` (`-1`). A typed
`+1` is never a repeat: each is an intent.

The counted tap's time is kept in the shared state (`commerce.state.KeyValues`: this process's memory,
or Redis, which every bot process sees), per platform, member, group buy and button, on the app's clock
(kept in the value; the state's time to live only forgets it). A tap claims it in one step
(`set_if_unchanged`), so of two taps handled at once only one counts. A tap refused (sold out, over the
limit) gives its claim back: a tap after it is answered as the first was. Without a shared state (a
ChatApp built without one), or when it cannot be read, every tap counts, as before. Several workers on
PostgreSQL without Redis keep it in the database instead (`ctx.taps`: `shared_values`,
storage/state_db.py, on a pool of its own), so two taps reaching two workers count once too.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from handlers.context import Context

log = logging.getLogger(__name__)

REPEAT_WITHIN = timedelta(seconds=3)
_FORGET_AFTER = 60.0  # real seconds the state keeps a tap's time (the app's clock decides what counts)


def _key(ctx: Context) -> str:
    request, command = ctx.request, ctx.command
    return f"tap:{command.once}:{request.platform}:{request.user_id}:{command.group_buy_id}"


async def repeated(ctx: Context) -> bool:
    """Whether this tap of `+1 more` or Leave (`Command.once`) repeats one counted within
    `REPEAT_WITHIN`; False (and this tap claimed as counted) when it is the first."""
    kept = ctx.taps
    if kept is None or not ctx.command.once or ctx.command.group_buy_id is None:
        return False
    now = ctx.now.timestamp()
    try:
        before = await kept.get(_key(ctx))
        if isinstance(before, int | float) and 0 <= now - before < REPEAT_WITHIN.total_seconds():
            return True
        claimed = await kept.set_if_unchanged(_key(ctx), before, now, ttl=_FORGET_AFTER)
    except Exception:  # the tap counts: a tap lost would look ignored
        log.warning("could not read the last tap of %s", ctx.request.user_id, exc_info=True)
        return False
    return not claimed  # another tap of hers claimed it just now: this one repeats it


async def release(ctx: Context) -> None:
    """The claimed tap was refused: a tap after it counts again (and is refused, or done, as it is)."""
    if ctx.taps is None or not ctx.command.once:
        return
    try:
        await ctx.taps.delete(_key(ctx))
    except Exception:  # forgotten on its own a few seconds later
        log.warning("could not forget the last tap of %s", ctx.request.user_id, exc_info=True)
