"""Chats by name: the name a group chat shows its members (a Telegram group's title, a WeChat room's
topic, a playground chat's name), kept as last seen, so a member's orders say which chat each lives in
and `/copy #12 to 家庭群` finds the chat the organiser means.

A name is kept as people see it, without what nobody can see (`commerce.domain.text.clean_text`), cut
at `MAX_TITLE` characters. Names are compared by `chat_name_key` (NFKC, spaces collapsed, casefolded):
`Family  Group`, `family group` and `ＦＡＭＩＬＹ group` are one name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from commerce.domain.text import clean_text

MAX_TITLE = 128  # Telegram's own limit for a group's title; a WeChat topic may be longer: cut


@dataclass(frozen=True)
class ChatName:
    """A chat a member was seen in, and its name (None: never told, as for a chat last heard from
    before names were kept)."""

    chat_id: str
    title: str | None = None

    @property
    def shown(self) -> str:
        """How a text names the chat: its name, else its id."""
        return self.title or self.chat_id


def clean_title(title: str | None) -> str | None:
    """The name to keep: visible characters only, at most `MAX_TITLE`; None for nothing visible."""
    if title is None:
        return None
    return clean_text(title)[:MAX_TITLE].strip() or None


def chat_name_key(name: str) -> str:
    """How names are compared: `家庭群`, `Family Group` and `family  group` (full-width too) alike."""
    return " ".join(unicodedata.normalize("NFKC", clean_text(name)).split()).casefold()


def chats_named(chats: Sequence[ChatName], written: str) -> list[ChatName]:
    """The chats `written` names: those whose name is it (after `chat_name_key`); when none is, those
    whose name contains it (`芒果` for `芒果团购群`). Several: the writer must say which."""
    key = chat_name_key(written)
    if not key:
        return []
    keyed = [(chat, chat_name_key(chat.title)) for chat in chats if chat.title]
    exact = [chat for chat, name in keyed if name == key]
    return exact or [chat for chat, name in keyed if key in name]
