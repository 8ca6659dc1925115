"""A group buy called off (cancelled, or failed at its deadline) told privately to its buyers: when it
is cancelled or fails, to each buyer (his order will not come, nothing to pay: a group's message is
easily missed), besides the group (and each group that lists it); `everyone=False`, to each buyer whose
line is in no group he was seen in (he joined from a private chat: a share code, a signed link). The
organiser knows, and 代报 guests are hers to tell. A help-seller who bought too reads one message saying
both (`one_each`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus
from commerce.domain.guests import is_guest
from commerce.domain.member import identity
from commerce.ports import UnitOfWork
from commerce.services.attribution import credited
from commerce.services.earnings import first_name
from handlers.context import language_in
from handlers.members import steady_languages
from handlers.memo import LanguageMemo
from handlers.texts import t
from handlers.types import Reply

_CALLED_OFF = (GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED)


async def to_buyers_outside(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    *,
    platform: str | None,
    memo: LanguageMemo,
    everyone: bool = False,
    reason: str = "",
) -> list[Reply]:
    """Each buyer on the list never seen in the group his line is in (`everyone`: each buyer, as when
    its organiser calls it off: his order will not come), told privately in his own language, else that
    group's, with the organiser's `reason` when she gave one (`platform` None: nobody can be looked up,
    nobody is told)."""
    if group_buy.status not in _CALLED_OFF or group_buy.id is None or platform is None:
        return []
    chat_of: dict[int | None, str] = {None: group_buy.chat_id}
    if group_buy.listings:
        for listing in await uow.listings.of_group_buy(group_buy.id):
            chat_of[listing.id] = listing.chat_id
    chats: dict[str, set[str]] = {}  # buyer -> the groups his lines are in
    for line in await uow.group_buys.participants(group_buy.id):
        if line.user_id != group_buy.organiser_id and not is_guest(line.user_id):
            chats.setdefault(line.user_id, set()).add(chat_of.get(line.listing_id, group_buy.chat_id))
    by_chat: dict[str, list[str]] = {}
    for buyer, where in chats.items():
        for chat in where:
            by_chat.setdefault(chat, []).append(identity(platform, buyer))
    seen = set[str]()
    for chat, identities in by_chat.items() if not everyone else ():
        seen |= await uow.edits.members_of(chat, identities)
    outside = [buyer for buyer in chats if identity(platform, buyer) not in seen]
    if not outside:
        return []
    langs = await steady_languages(uow, platform, outside, "")  # "": the group's his line is in
    fallbacks: dict[str, str] = {}
    for buyer in outside:
        if not langs[buyer]:  # 帮卖: a help-selling group's language, never the organiser's group's
            chat = min(chats[buyer] - {group_buy.chat_id}, default=group_buy.chat_id)
            if chat not in fallbacks:
                fallbacks[chat] = await language_in(uow, group_buy, chat, memo)
            langs[buyer] = fallbacks[chat]
    return [
        Reply(text=_told(group_buy, langs[buyer], reason), private_to=buyer, language=langs[buyer])
        for buyer in outside
    ]


async def to_sharers(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    *,
    platform: str | None,
    memo: LanguageMemo,
    now: datetime,
    window: timedelta,
) -> list[Reply]:
    """Each sharer whose share brought buyers to a group buy paying sharers that failed or was called off,
    told once, privately in her steady language (else the group's), what it means for her: nothing earned
    on it, and which buyers it brought (they pay nothing): her /earnings line about them just goes."""
    if group_buy.status not in _CALLED_OFF or group_buy.id is None or platform is None:
        return []
    if group_buy.sharer_rate_bp <= 0:  # it never promised her anything
        return []
    buyers: dict[str, str] = {}
    for line in await uow.group_buys.participants(group_buy.id):
        if line.user_id != group_buy.organiser_id and not is_guest(line.user_id):
            buyers.setdefault(line.user_id, first_name(line.display_name))
    brought: dict[str, list[str]] = {}
    for buyer, name in buyers.items():
        sharer = await credited(uow, group_buy, buyer, now=now, window=window)
        if sharer is not None and sharer != buyer:
            brought.setdefault(sharer, []).append(name)
    if not brought:
        return []
    langs = await steady_languages(uow, platform, list(brought), "")
    fallback = ""
    key = (
        "called_off_failed_sharer"
        if group_buy.status is GroupBuyStatus.FAILED
        else "called_off_cancelled_sharer"
    )
    replies = []
    for sharer, names in brought.items():
        lang = langs[sharer] or fallback or await language_in(uow, group_buy, group_buy.chat_id, memo)
        fallback = fallback or (lang if not langs[sharer] else "")
        who = t(lang, "list_separator").join(names)
        text = t(lang, key, title=group_buy.terms.title, id=group_buy.id, buyers=who)
        replies.append(Reply(text=text, private_to=sharer, language=lang))
    return replies


def _told(group_buy: GroupBuy, lang: str, reason: str = "") -> str:
    params = {"title": group_buy.terms.title, "id": group_buy.id, "organiser": group_buy.organiser_name}
    if group_buy.status is GroupBuyStatus.FAILED:
        return t(
            lang, "called_off_failed_buyer", sold=group_buy.sold, target=group_buy.terms.target, **params
        )
    told = t(lang, "called_off_cancelled_buyer", **params)
    return with_reason(told, reason, lang)


def with_reason(text: str, reason: str, lang: str) -> str:
    """A called-off message with the organiser's reason after it (`原因：供应商缺货`), none: as it is."""
    return f"{text}\n{t(lang, 'called_off_reason', reason=reason)}" if reason else text


def one_each(sellers: Sequence[Reply], buyers: Sequence[Reply], reason: str = "") -> list[Reply]:
    """The help-sellers' messages (`helpselling.called_off_to_sellers`) and the buyers' (`to_buyers_outside`)
    of one call-off, one message a member: a help-seller who also bought reads hers, saying that her own
    line will not come either (and the organiser's `reason`, as a buyer reads it), not a second one."""
    bought = {reply.private_to for reply in buyers}
    told = [
        replace(reply, text=_also_bought(reply.text, reply.language or "", reason))
        if reply.private_to in bought
        else reply
        for reply in sellers
    ]
    selling = {reply.private_to for reply in sellers}
    return told + [reply for reply in buyers if reply.private_to not in selling]


def _also_bought(text: str, lang: str, reason: str) -> str:
    return with_reason(f"{text}\n{t(lang, 'called_off_seller_bought_too')}", reason, lang)
