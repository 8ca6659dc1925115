"""A bare `+1` just after a group buy closed may have meant that one (rep37 finding 10): after 阳光玫瑰
#2 closed, Qin's `+1` joined the only other one open, 土鸡蛋 #1, and the answer named the eggs alone.
Within `JUST_CLOSED_FOR` of a close in a chat, a join naming no group buy that joined another says so
beside its answer: `阳光玫瑰（#2）刚截单；这次跟的是 土鸡蛋（#1）。`

The close is kept in the shared state (`commerce.state.KeyValues`: memory, or Redis every process sees)
per chat, the time it closed in the value (the chat's clock may be injected): a flash sale's `+1`s read
one key, never the database. Each member is told once per close (rep40: five `+1`s in a row read it five
times): whom it was said to is kept beside it, read in the same trip. A call-off is kept too, so that no
hint follows it: a group buy called off is never named as "just closed", nor one closed before it."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.state import Json, KeyValues
from handlers.context import Context
from handlers.texts import t

log = logging.getLogger(__name__)

JUST_CLOSED_FOR = timedelta(minutes=30)


def _key(chat_id: str) -> str:
    return f"just_closed:{chat_id}"


def _told_key(chat_id: str, user_id: str) -> str:
    """The close a member of the chat was last told of (its number)."""
    return f"just_closed_told:{chat_id}:{user_id}"


async def remember(values: KeyValues | None, group_buy: GroupBuy, now: datetime) -> None:
    """`group_buy` closed (截单, or its deadline) or was called off now in its chat."""
    if values is None or group_buy.id is None:
        return
    value: dict[str, Json] = {"id": group_buy.id, "title": group_buy.terms.title, "at": now.timestamp()}
    if group_buy.status is GroupBuyStatus.CANCELLED:  # nothing is said after it
        value["cancelled"] = True
    try:
        await values.set(_key(group_buy.chat_id), value, ttl=JUST_CLOSED_FOR.total_seconds())
    except Exception:  # a later bare `+1` then says nothing of it
        log.warning("could not remember group buy %s closed", group_buy.id, exc_info=True)


async def other_joined(ctx: Context, joined: GroupBuy, lang: str) -> str:
    """`阳光玫瑰（#2）刚截单；这次跟的是 土鸡蛋（#1）。` for a typed join in a group naming no group buy (no
    number, title or note) that joined `joined` within `JUST_CLOSED_FOR` of another closing here; ""
    otherwise."""
    command = ctx.command
    if ctx.values is None or ctx.is_private or command.tap or command.group_buy_id is not None:
        return ""
    if command.note or command.titled or command.list_title or command.pasted or command.option:
        return ""
    here = ctx.request.chat_id  # where she typed: a 帮卖 group hears nothing of the home group's close
    values, told_key = ctx.values, _told_key(here, ctx.request.user_id)
    try:
        value, told = await values.get_many([_key(here), told_key])
    except Exception:  # as if none closed
        log.warning("could not read the group buy just closed in %s", here, exc_info=True)
        return ""
    if not isinstance(value, dict) or value.get("cancelled"):  # none, or a call-off came last
        return ""
    closed_id, title, at = value.get("id"), value.get("title"), value.get("at")
    if not isinstance(closed_id, int) or not isinstance(title, str) or not isinstance(at, int | float):
        return ""
    if closed_id == joined.id or ctx.now - datetime.fromtimestamp(at, tz=UTC) > JUST_CLOSED_FOR:
        return ""
    if title == joined.terms.title or told == closed_id:  # its next round (再开一团); or she was told
        return ""
    ctx.after_commit.append(lambda: _told(values, told_key, closed_id))
    return t(
        lang,
        "join_just_closed_other",
        closed=title,
        closed_id=closed_id,
        title=joined.terms.title,
        id=joined.id,
    )


async def _told(values: KeyValues, key: str, closed_id: int) -> None:
    """The member was told of `closed_id`'s close: not again while it is news."""
    try:
        await values.set(key, closed_id, ttl=JUST_CLOSED_FOR.total_seconds())
    except Exception:  # she may read it once more
        log.warning("could not remember the close of %s was told", closed_id, exc_info=True)
