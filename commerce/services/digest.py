"""Digest mode use cases (commerce.domain.digest): the chat's setting, the best notes of a period
(`/digest` now, `/top` the week, the evening digest), and the evening's claim that it is sent once."""

from __future__ import annotations

from datetime import date, datetime

from commerce.domain.asking import asks_itself
from commerce.domain.digest import Ranked, in_digest_mode, top
from commerce.ports import UnitOfWork
from commerce.services import moderation
from commerce.services.verified import Verifier


async def is_on(uow: UnitOfWork, chat_id: str) -> bool:
    """Whether the chat is in digest mode: its choice, else on when it is busy (`BUSY_CHAT`)."""
    setting = await uow.digests.mode(chat_id)
    if setting is not None:
        return setting
    return in_digest_mode(None, await uow.digests.members(chat_id))


async def best(uow: UnitOfWork, chat_id: str, *, since: datetime, until: datetime, size: int) -> list[Ranked]:
    """The chat's best `size` notes posted in [`since`, `until`): verified first, then by engagement
    weighted by the engagers' trust; notes hidden or flagged as a possible shill, and those of a member
    flagged as one, left out (the one question moderation answers for digests:
    `commerce.services.moderation.left_out_of_digest`), and so are notes that are themselves a question
    (`有人买过吗？`: it recommends nothing; Ask's quotes and the weekly 精选 skip them alike:
    `asking.asks_itself`)."""
    engaged = await uow.digests.engaged(chat_id, since=since, until=until)
    if not engaged:
        return []
    verifier = Verifier(uow)
    verified = {e.note.id or 0 for e in engaged if await verifier.verified(e.note)}
    asking = {e.note.id or 0 for e in engaged if asks_itself(e.note.text)}
    return top(
        engaged,
        trust=await uow.trust.stored(chat_id),
        verified=verified,
        excluded=asking | await moderation.left_out_of_digest(uow, chat_id, now=until),  # + hidden, flagged
        size=size,
    )


HELP_SOLD_LISTED = (
    10  # the newest group buys help-sold (帮卖) in a chat whose home groups' notes `/top` lists
)
ALL = 1000  # a home group's week of notes, ranked whole, before its notes on the help-sold buy are kept


async def best_here(
    uow: UnitOfWork, chat_id: str, *, since: datetime, until: datetime, size: int
) -> list[Ranked]:
    """`best`, and when that leaves room, the notes of the home groups of the group buys help-sold (帮卖)
    here posted on those group buys (ranked as their own group ranks them, hidden and flagged ones left
    out there): what Ask quotes, `笔记 3` reads and `赞 3` likes in this chat. This chat's own first."""
    ranked = await best(uow, chat_id, since=since, until=until, size=size)
    seen = {r.note.id for r in ranked}
    homes: dict[str, list[Ranked]] = {}
    for listing in await uow.listings.listed_in(chat_id, limit=HELP_SOLD_LISTED):
        if len(ranked) >= size:
            break
        group_buy = await uow.group_buys.get(listing.group_buy_id)
        if group_buy is None or group_buy.chat_id == chat_id:
            continue
        home = group_buy.chat_id
        if home not in homes:
            homes[home] = await best(uow, home, since=since, until=until, size=ALL)
        for found in homes[home]:
            if found.note.group_buy_id == listing.group_buy_id and found.note.id not in seen:
                ranked.append(found)
                seen.add(found.note.id)
    return ranked[:size]


async def due(
    uow: UnitOfWork, chat_id: str, *, day: date, since: datetime, until: datetime, size: int
) -> list[Ranked]:
    """The evening digest of a chat in digest mode (`best_here`: in a group that help-sells, 帮卖, the
    home groups' notes on what it sells too), claimed for `day` (in this unit of work: commit it
    with the message's outbox row); [] when the chat is not in digest mode, has nothing to list, or its
    digest of `day` was sent (by this process or another)."""
    if not await is_on(uow, chat_id):
        return []
    ranked = await best_here(uow, chat_id, since=since, until=until, size=size)  # 帮卖: the home's too
    if not ranked or not await uow.digests.claim(chat_id, day):
        return []
    return ranked


async def helping_chats(uow: UnitOfWork, chats: list[str], *, since: datetime, until: datetime) -> list[str]:
    """The groups that help-sell (帮卖) a group buy one of `chats`' notes of [`since`, `until`) is
    about, not among `chats`: their evening digest lists those notes though they posted none."""
    found: dict[str, None] = {}
    known = set(chats)
    for chat_id in chats:
        about = {e.note.group_buy_id for e in await uow.digests.engaged(chat_id, since=since, until=until)}
        for group_buy_id in sorted(g for g in about if g is not None):
            for listing in await uow.listings.of_group_buy(group_buy_id):
                if listing.chat_id not in known:
                    found[listing.chat_id] = None
    return list(found)
