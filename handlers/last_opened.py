"""The group buy a member last opened in their private chat with the bot (a friend's share code, or on
Telegram a shared link), so the `+1` (`我要两份`, `-1`) the card there invites joins it as its Join button
would, without the code typed again.

Kept in the shared state (`commerce.state.KeyValues`: this process's memory, or Redis, which every bot
process sees) for `OPENED_FOR`, per platform and member; the time it was opened is kept in the value (the
chat's clock may be injected) and the state's time to live only forgets it. Without a shared state (a
ChatApp built without one) nothing is remembered and a bare `+1` there is told to add the code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from commerce.state import Json
from handlers.context import Context

log = logging.getLogger(__name__)

OPENED_FOR = timedelta(hours=24)  # the private card stays on the screen: a `+1` the same day still means it


@dataclass(frozen=True)
class Opened:
    """The group buy whose card the member opened there, and the listing (帮卖) it was: a code or link
    shared in a chat that lists it opens that chat's card, and the joins made from it are its lines."""

    group_buy_id: int
    listing_id: int | None = None


def _key(ctx: Context) -> str:
    return f"opened:{ctx.request.platform}:{ctx.request.user_id}"


async def remember(ctx: Context, group_buy_id: int, listing_id: int | None = None) -> None:
    """The member opened this group buy's card (that listing's, 帮卖) in their private chat."""
    if ctx.values is None or not ctx.is_private:
        return
    value: dict[str, Json] = {"id": group_buy_id, "at": ctx.now.timestamp()}
    if listing_id is not None:
        value["listing"] = listing_id
    try:
        await ctx.values.set(_key(ctx), value, ttl=OPENED_FOR.total_seconds())
    except Exception:  # the card is shown all the same; a `+1` then asks for the code
        log.warning("could not remember the group buy opened by %s", ctx.request.user_id, exc_info=True)


async def recall(ctx: Context) -> Opened | None:
    """The group buy (and listing) the member opened in this private chat within `OPENED_FOR`, else
    None."""
    if ctx.values is None or not ctx.is_private:
        return None
    try:
        value = await ctx.values.get(_key(ctx))
    except Exception:  # as if nothing was opened: the answer says how to join with the code
        log.warning("could not read the group buy opened by %s", ctx.request.user_id, exc_info=True)
        return None
    if not isinstance(value, dict):
        return None
    group_buy_id, at = value.get("id"), value.get("at")
    if not isinstance(group_buy_id, int) or not isinstance(at, int | float):
        return None
    if ctx.now - datetime.fromtimestamp(at, tz=UTC) > OPENED_FOR:
        return None
    listing_id = value.get("listing")
    return Opened(group_buy_id, listing_id if isinstance(listing_id, int) else None)
