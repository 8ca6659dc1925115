"""A bare `+1` just after a group buy closed may have meant that one (rep37 finding 10): after 阳光玫瑰
#2 closed, Qin's `+1` joined the only other one open, 土鸡蛋 #1, and the answer named the eggs alone.
Within `JUST_CLOSED_FOR` of a close in a chat, a join naming no group buy that joined another says so
beside its answer: `阳光玫瑰（#2）刚截单；这次跟的是 土鸡蛋（#1）。`

The close is kept in the shared state (`commerce.state.KeyValues`: memory, or Redis every process sees)
per chat, the time it closed in the value (the chat's clock may be injected): a flash sale's `+1`s read
one key, never the database. Each member is told once per close (rep40: five `+1`s in a row read it five
times): whom it was said to is kept beside it, read in the same trip. A call-off is kept too, so that no
hint follows it: a group buy called off is never named as "just closed", nor one closed before it.

rep46 #7: Jo's `+1` right after Mangoes #1 closed joined Avocados #2, a product she never asked for. A
bare `+1` (no number, title, option, note or friend) within the window is now asked, once per member
and close, which she meant (`ask_first`: the closed one named as closed, the open one's `+1 #2`),
nothing joined; her next bare `+1` joins, and so does every one once a group buy opens here since
(`opened`), and no join reads the close beside its answer either (rep53 #9). The window runs from the
deadline when the close came at it (a sweep that ran late, or a clock moved on, never makes an hours-old
close "just"), and one that failed is said to have not reached its target, never "closed"."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from commerce.domain.errors import DomainError
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
    cancelled = group_buy.status is GroupBuyStatus.CANCELLED
    at = now if cancelled else closed_when(group_buy, now)
    if now - at > JUST_CLOSED_FOR:  # its deadline long past: no news any more
        return
    value: dict[str, Json] = {"id": group_buy.id, "title": group_buy.terms.title, "at": at.timestamp()}
    if cancelled:  # nothing is said after it
        value["cancelled"] = True
    if group_buy.status is GroupBuyStatus.FAILED:  # said as not reaching its target, never "closed"
        value["failed"] = True
    try:
        await values.set(_key(group_buy.chat_id), value, ttl=JUST_CLOSED_FOR.total_seconds())
    except Exception:  # a later bare `+1` then says nothing of it
        log.warning("could not remember group buy %s closed", group_buy.id, exc_info=True)


async def opened(values: KeyValues | None, chat_id: str, now: datetime) -> None:
    """A group buy opened in the chat since its last close: a bare `+1` now is for what is open, never
    asked about that close, nor told of it beside her join (a friend's line)."""
    if values is None:
        return
    try:
        value = await values.get(_key(chat_id))
        at = value.get("at") if isinstance(value, dict) else None
        if not isinstance(value, dict) or not isinstance(at, int | float) or value.get("opened_since"):
            return
        left = JUST_CLOSED_FOR - (now - datetime.fromtimestamp(at, tz=UTC))
        if left.total_seconds() > 0:
            await values.set(_key(chat_id), {**value, "opened_since": True}, ttl=left.total_seconds())
    except Exception:  # a later bare `+1` may still be asked
        log.warning("could not note a group buy opened in %s", chat_id, exc_info=True)


def closed_when(group_buy: GroupBuy, now: datetime) -> datetime:
    """When `group_buy` closed as its members saw it: at its deadline when that came first (the close
    at the deadline may run later), else `now` (or when it was closed, `closed_at`)."""
    at = group_buy.closed_at or now
    deadline = group_buy.deadline
    return deadline if deadline is not None and deadline < at else at


def lately(group_buy: GroupBuy, now: datetime) -> bool:
    """`group_buy` ended within `JUST_CLOSED_FOR` of `now` (news still)."""
    return now - closed_when(group_buy, now) <= JUST_CLOSED_FOR


async def _closed_here(ctx: Context, joined: GroupBuy) -> tuple[dict[str, Json], str] | None:
    """The close within the window in the chat she typed in that a bare join of `joined` may have
    meant, not yet told to her, and the key to mark her told; None otherwise."""
    command = ctx.command
    if ctx.values is None or ctx.is_private or command.tap or command.group_buy_id is not None:
        return None
    if command.note or command.titled or command.list_title or command.pasted or command.option:
        return None
    here = ctx.request.chat_id  # where she typed: a 帮卖 group hears nothing of the home group's close
    told_key = _told_key(here, ctx.request.user_id)
    try:
        value, told = await ctx.values.get_many([_key(here), told_key])
    except Exception:  # as if none closed
        log.warning("could not read the group buy just closed in %s", here, exc_info=True)
        return None
    if not isinstance(value, dict) or value.get("cancelled"):  # none, or a call-off came last
        return None
    closed_id, title, at = value.get("id"), value.get("title"), value.get("at")
    if not isinstance(closed_id, int) or not isinstance(title, str) or not isinstance(at, int | float):
        return None
    closed_at = datetime.fromtimestamp(at, tz=UTC)
    if closed_id == joined.id or ctx.now - closed_at > JUST_CLOSED_FOR:
        return None
    if title == joined.terms.title or told == closed_id:  # its next round (再开一团); or she was told
        return None
    return value, told_key


async def ask_first(ctx: Context, joined: GroupBuy, quantity: int, option: str = "") -> DomainError | None:
    """A bare `+1` that joined `joined` within the window of another's close here: the question which
    she meant (`芒果（#1）刚截单，没有任何改动。现在在接龙的是 牛油果（#2）：要跟就发 +1 #2。`), to raise
    (nothing joined), her told once; None: join as typed (a friend's line keeps `other_joined`'s note).
    Asked too before `joined` asks which option (rep92 #14: `me too` right after Cookies #4 closed), the
    example naming `option`."""
    if ctx.command.friend:
        return None
    found = await _closed_here(ctx, joined)
    if found is None or ctx.values is None or found[0].get("opened_since"):  # opened since: for it
        return None
    value, told_key = found
    closed_id = value["id"]
    assert isinstance(closed_id, int)
    await _told(ctx.values, told_key, closed_id)  # the refusal rolls back; her next `+1` joins
    title, closed = joined.terms.title, str(value["title"])
    join = f"+{quantity} #{joined.id} {option}".rstrip()  # `option`: the one its question would offer
    if value.get("failed"):  # never "closed": it did not reach its target
        return DomainError(
            "join_just_failed_ask", closed=closed, closed_id=closed_id, title=title, id=joined.id, join=join
        )
    return DomainError(
        "join_just_closed_ask", closed=closed, closed_id=closed_id, title=title, id=joined.id, join=join
    )


async def other_joined(ctx: Context, joined: GroupBuy, lang: str) -> str:
    """`阳光玫瑰（#2）刚截单；这次跟的是 土鸡蛋（#1）。` for a typed join in a group naming no group buy (no
    number, title or note) that joined `joined` within `JUST_CLOSED_FOR` of another closing here (a
    friend's line: `ask_first` asks the others), once per member and close; "" otherwise, and once a
    group buy opened here since that close (rep53 #9: what is open is then plainly what she joined)."""
    found = await _closed_here(ctx, joined)
    if found is None or ctx.values is None or found[0].get("opened_since"):  # opened since: no news
        return ""
    value, told_key = found
    closed_id, values = value["id"], ctx.values
    assert isinstance(closed_id, int)
    ctx.after_commit.append(lambda: _told(values, told_key, closed_id))
    return t(
        lang,
        "join_just_failed_other" if value.get("failed") else "join_just_closed_other",
        closed=value["title"],
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
