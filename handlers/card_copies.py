"""Copies of a group buy's card in members' private chats (a share code or link opens one:
handlers.sharing), kept fresh as the group's card is.

A copy is a card (`Reply.card_of`) under its own key, so the platform remembers its message and edits it
in place as it edits the group's card: joins, leaves and the close show there too (count, price tier,
each line as the group's card shows it), coalesced by the platform's outbox as every card edit is, and a
refresh posts nothing where the copy is no longer shown (`Reply.refresh`). The key is a number above
`COPY_KEYS` (group buys' cards are their ids below it, notes' and listings' cards negative), a slot
chosen by a hash of who holds the copy (platform, member, group buy, listing); what the slot holds is in
the shared state (`commerce.state.KeyValues`), so any process renders it (`ChatApp.render_card`): whose
copy it is (its buttons are signed for her), of which group buy and listing (帮卖), its chat and language.

Bounded: each group buy remembers its last `MAX_COPIES` copies opened or tapped (a member tapping her
copy's button moves it to the front, so the copy she joined from is always refreshed), for `KEPT`; a
join refreshes those, at most `MAX_COPIES` edits, each in its own private chat. The list is changed by
a conditional update (`KeyValues.set_if_unchanged`), so copies opened at once on several workers are all
kept (a plain read and write lost all but one). Without a shared state,
or on a platform that cannot edit a message it sent (WeChat: a refresh would post the card again in her
chat at every join of anyone), a copy stays a plain message, as it is shown.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from commerce.state import Json, KeyValues
from handlers.types import Reply

log = logging.getLogger(__name__)

COPY_KEYS = 2_000_000_000  # copies' keys: COPY_KEYS + slot, within the 32-bit card keys the adapters keep
SLOTS = 2**31 - 1 - COPY_KEYS
MAX_COPIES = 10  # copies of one group buy refreshed on each change: the last opened or tapped
KEPT = timedelta(days=14)  # a copy not opened nor tapped for that long is no longer refreshed
PROBES = 4  # slots tried when another copy holds the one a hash gives
NOT_EDITING = frozenset({"wechat"})  # platforms that cannot edit a sent message
ATTEMPTS = 8  # conditional updates of a group buy's list tried while other workers change it


@dataclass(frozen=True)
class Copy:
    """What a copy's key stands for: whose private chat shows it, of which group buy (and listing)."""

    platform: str
    member: str
    chat: str
    group_buy_id: int
    listing_id: int | None
    language: str


def copy_slot(card_of: int) -> int | None:
    """The slot of a copy's key, or None for another card (a group buy's, a note's, a listing's)."""
    return card_of - COPY_KEYS if card_of >= COPY_KEYS else None


def _record_key(slot: int) -> str:
    return f"card_copy:{slot}"


def _list_key(platform: str, group_buy_id: int) -> str:
    return f"card_copies:{platform}:{group_buy_id}"


def _first_slot(platform: str, member: str, group_buy_id: int, listing_id: int | None) -> int:
    who = f"{platform}\n{member}\n{group_buy_id}\n{listing_id or ''}".encode(errors="surrogatepass")
    return int.from_bytes(hashlib.blake2b(who, digest_size=8).digest(), "big") % SLOTS


def _same(value: Json | None, platform: str, member: str, group_buy_id: int, listing_id: int | None) -> bool:
    return (
        isinstance(value, dict)
        and value.get("p") == platform
        and value.get("m") == member
        and value.get("g") == group_buy_id
        and value.get("l") == (listing_id or 0)
    )


async def remember(
    values: KeyValues | None,
    *,
    platform: str,
    member: str,
    chat: str,
    group_buy_id: int,
    listing_id: int | None,
    language: str,
    now: datetime,
) -> int | None:
    """The key of this member's copy of the group buy's card (that listing's, 帮卖) opened in `chat`,
    remembered as the group buy's newest copy; None when it cannot be kept fresh (no shared state, a
    platform that cannot edit, the state unavailable): then it is sent as a plain message."""
    if values is None or platform in NOT_EDITING:
        return None
    record: dict[str, Json] = {
        "p": platform,
        "m": member,
        "c": chat,
        "g": group_buy_id,
        "l": listing_id or 0,  # 0: the group buy's own card
        "lang": language,
    }
    try:
        first = _first_slot(platform, member, group_buy_id, listing_id)
        slot = await take_slot(
            values, first, record, lambda v: _same(v, platform, member, group_buy_id, listing_id)
        )
        if slot is None:
            return None
        await to_front(values, _list_key(platform, group_buy_id), slot, chat, now)
    except Exception:  # the copy is shown all the same, not refreshed
        log.warning("could not remember the card copy of %s", member, exc_info=True)
        return None
    return COPY_KEYS + slot


async def take_slot(
    values: KeyValues, first: int, record: dict[str, Json], same: Callable[[Json | None], bool]
) -> int | None:
    """The slot `record` is kept in: the first free from `first` on, or the one holding the same copy
    (`same`), rewritten (its language, chat and time now); None when `PROBES` slots are taken."""
    ttl = (KEPT + timedelta(days=1)).total_seconds()
    for probe in range(PROBES):
        slot = (first + probe) % SLOTS
        if await values.set_if_absent(_record_key(slot), record, ttl=ttl):
            return slot
        if same(await values.get(_record_key(slot))):
            await values.set(_record_key(slot), record, ttl=ttl)
            return slot
    return None


async def to_front(values: KeyValues, key: str, slot: int, chat: str, now: datetime) -> None:
    """The copy in `slot` first in the list under `key` (a group buy's or a note's copies): a conditional
    update (stored only over the list as read), read again when another worker changed it meanwhile, so
    two copies opened at once on two workers are both kept. Raises when it stays busy for `ATTEMPTS` tries
    (the copy is then shown plain)."""
    for _ in range(ATTEMPTS):
        found = await values.get(key)
        kept = [entry for entry in fresh(found, now) if entry[0] != slot]
        entries: list[Json] = [[slot, now.timestamp(), chat]]
        entries += [[s, at, c] for s, at, c in kept[: MAX_COPIES - 1]]
        if await values.set_if_unchanged(key, found, entries, ttl=KEPT.total_seconds()):
            return
    raise RuntimeError(f"the copies listed under {key} kept changing")


def fresh(found: Json | None, now: datetime) -> list[tuple[int, float, str]]:
    """The copies (slot, when, chat) in the list `found`, within `KEPT`."""
    out: list[tuple[int, float, str]] = []
    for entry in found if isinstance(found, list) else []:
        if not isinstance(entry, list) or len(entry) != 3:
            continue
        slot, at, chat = entry
        fresh = isinstance(at, int | float) and now.timestamp() - at <= KEPT.total_seconds()
        if isinstance(slot, int) and isinstance(chat, str) and isinstance(at, int | float) and fresh:
            out.append((slot, float(at), chat))
    return out


async def touch(
    values: KeyValues | None,
    *,
    platform: str,
    member: str,
    group_buy_id: int,
    listing_id: int | None,
    now: datetime,
) -> None:
    """A button of her copy was tapped: it becomes the group buy's newest copy (it is refreshed first)."""
    if values is None or platform in NOT_EDITING:
        return
    try:
        first = _first_slot(platform, member, group_buy_id, listing_id)
        for probe in range(PROBES):
            slot = (first + probe) % SLOTS
            value = await values.get(_record_key(slot))
            if value is None:
                return
            if _same(value, platform, member, group_buy_id, listing_id):
                chat = value.get("c") if isinstance(value, dict) else None
                if isinstance(chat, str):
                    await to_front(values, _list_key(platform, group_buy_id), slot, chat, now)
                return
    except Exception:
        log.warning("could not keep the card copy of %s", member, exc_info=True)


async def record_of(values: KeyValues | None, card_of: int) -> dict[str, Json] | None:
    """What a copy's slot holds (None: not a copy's key, or forgotten)."""
    slot = copy_slot(card_of)
    if slot is None or values is None:
        return None
    value = await values.get(_record_key(slot))
    return value if isinstance(value, dict) else None


async def copy_of(values: KeyValues | None, card_of: int) -> Copy | None:
    """What a copy's key stands for (None: not a copy's key, or forgotten)."""
    value = await record_of(values, card_of)
    return None if value is None else copy_from(value)


def copy_from(value: dict[str, Json]) -> Copy | None:
    """What a copy's slot holds (`record_of`) as a member's copy of a group buy's card (None: another's)."""
    platform, member, chat = value.get("p"), value.get("m"), value.get("c")
    group_buy_id, listing_id, language = value.get("g"), value.get("l"), value.get("lang")
    if not (isinstance(platform, str) and isinstance(member, str) and isinstance(chat, str)):
        return None
    if not isinstance(group_buy_id, int) or not isinstance(language, str):
        return None
    return Copy(
        platform,
        member,
        chat,
        group_buy_id,
        listing_id if isinstance(listing_id, int) and listing_id > 0 else None,
        language,
    )


async def refreshed(
    values: KeyValues | None, replies: Sequence[Reply], *, platform: str, now: datetime
) -> list[Reply]:
    """`replies` and, for each group buy whose card they change, an edit of its remembered private
    copies (`Reply.refresh`: none posted where none is shown), each once."""
    changed = {
        reply.card_of for reply in replies if reply.card_of is not None and 0 < reply.card_of < COPY_KEYS
    }
    if values is None or not changed or platform in NOT_EDITING:
        return list(replies)
    lists = ((f"group buy {g}", _list_key(platform, g)) for g in sorted(changed))
    return await with_refreshes(values, replies, lists, now)


async def with_refreshes(
    values: KeyValues, replies: Sequence[Reply], lists: Iterable[tuple[str, str]], now: datetime
) -> list[Reply]:
    """`replies` and an edit (`Reply.refresh`) of each copy in the lists (what, key), each once; a list
    that cannot be read is logged (the card it copies is refreshed all the same)."""
    shown = {reply.card_of for reply in replies if reply.card_of is not None and reply.card_of >= COPY_KEYS}
    out = list(replies)
    for what, key in lists:
        try:
            for slot, _, chat in fresh(await values.get(key), now):
                card_of = COPY_KEYS + slot
                if card_of not in shown:
                    shown.add(card_of)
                    out.append(Reply(card_of=card_of, chat_id=chat, refresh=True))
        except Exception:
            log.warning("could not read the copies of %s", what, exc_info=True)
    return out
