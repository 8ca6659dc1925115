"""Copies of a note's card quoted on request (`笔记 3` / `/note 3`: the note with its comments), kept
fresh as the card is, so the 👍 count it quotes moves with a like (the card's own copy only did).

A quoted copy is a card (`Reply.card_of`) in the private copies' key space (handlers.card_copies: a key
from `COPY_KEYS` up, a slot chosen by a hash), its slot holding what the copy is (`"n"`: the note, the
chat it is in, its language, whether it is read in a private chat, and the group a helping group's copy
is read from), so any process renders it (`ChatApp.render_card`). Each note remembers its last
`MAX_COPIES` quoted copies for `KEPT`, as a group buy remembers its private copies; a change of the
note's card (a like, a comment) refreshes them (`Reply.refresh`: none posted where none is shown). On a
platform that cannot edit a message it sent (WeChat) a copy stays a plain message and says how to see
the current count (`note_count_then`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from commerce.state import Json, KeyValues
from handlers.card_copies import COPY_KEYS, NOT_EDITING, SLOTS, take_slot, to_front, with_refreshes
from handlers.types import Reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuotedNote:
    """What a quoted copy's key stands for: which note, shown in which chat, how."""

    note_id: int
    chat: str  # the chat whose note it is read as (the note's own, read in a private chat)
    language: str
    private: bool
    home: str  # 帮卖: the note's own group, for a copy read in a helping group ("" otherwise)
    shown_in: str = ""  # the chat the copy is in ("": `chat`)
    viewer: str = ""  # a private copy's reader: a sold-out note says all of it is hers, when it is

    @property
    def where(self) -> str:
        return self.shown_in or self.chat


def _list_key(platform: str, note_id: int) -> str:
    return f"note_copies:{platform}:{note_id}"


def _first_slot(platform: str, chat: str, note_id: int) -> int:
    who = f"note\n{platform}\n{chat}\n{note_id}".encode(errors="surrogatepass")
    return int.from_bytes(hashlib.blake2b(who, digest_size=8).digest(), "big") % SLOTS


def _same(value: Json | None, chat: str, note_id: int) -> bool:
    return isinstance(value, dict) and value.get("n") == note_id and value.get("in") == chat


async def remember(
    values: KeyValues | None, *, platform: str, quoted: QuotedNote, now: datetime
) -> int | None:
    """The key of the copy of the note quoted in `quoted.chat`, remembered as the note's newest copy;
    None when it cannot be kept fresh (no shared state, a platform that cannot edit, the state
    unavailable): then it is sent as a plain message."""
    if values is None or platform in NOT_EDITING:
        return None
    record: dict[str, Json] = {
        "n": quoted.note_id,
        "c": quoted.chat,
        "lang": quoted.language,
        "private": quoted.private,
        "home": quoted.home,
        "in": quoted.where,
        "who": quoted.viewer,
    }
    try:
        first = _first_slot(platform, quoted.where, quoted.note_id)
        slot = await take_slot(values, first, record, lambda v: _same(v, quoted.where, quoted.note_id))
        if slot is None:
            return None
        await to_front(values, _list_key(platform, quoted.note_id), slot, quoted.where, now)
    except Exception:  # the copy is shown all the same, not refreshed
        log.warning("could not remember the quoted copy of note %s", quoted.note_id, exc_info=True)
        return None
    return COPY_KEYS + slot


def quoted_from(value: dict[str, Json]) -> QuotedNote | None:
    """What a copy's slot holds (`card_copies.record_of`) as a quoted note (None: another copy's)."""
    note_id, chat, lang = value.get("n"), value.get("c"), value.get("lang")
    private, home, where, who = value.get("private"), value.get("home"), value.get("in"), value.get("who")
    if not (isinstance(note_id, int) and isinstance(chat, str) and isinstance(lang, str)):
        return None
    home = home if isinstance(home, str) else ""
    where = where if isinstance(where, str) else ""
    return QuotedNote(note_id, chat, lang, private is True, home, where, who if isinstance(who, str) else "")


async def refreshed(
    values: KeyValues | None, replies: Sequence[Reply], *, platform: str, now: datetime
) -> list[Reply]:
    """`replies` and, for each note whose card they change, an edit of its remembered quoted copies
    (`Reply.refresh`: none posted where none is shown), each once."""
    from handlers.notes import note_of  # handlers.notes quotes notes through this module

    changed = {
        note_id
        for reply in replies
        if reply.card_of is not None and (note_id := note_of(reply.card_of)) is not None
    }
    if values is None or not changed or platform in NOT_EDITING:
        return list(replies)
    return await with_refreshes(
        values, replies, ((f"note {n}", _list_key(platform, n)) for n in sorted(changed)), now
    )
