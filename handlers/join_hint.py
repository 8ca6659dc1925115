"""A bare `1` / `2` typed in a group just after its card: one hint to the member on how to join.

A number alone stays chatter (too ambiguous to join with; on WeChat a number answering the numbered
choices the bot just showed is a button tap before it gets here). But right after a card was posted
(opened, joined, `进度`), with exactly one group buy open in the chat, it is likely meant as a join: the
member is told how to join (`join_bare_number_hint`), and nothing changes. A member already on the list
is not told. Another bare number within the hour after her hint gets nothing (the hint is still on screen:
`1`, `2`, `3` typed in a row is no reason to answer each); one after that, with a card just shown again, is
a fresh try that would otherwise be lost in silence: the hint again.

`seen_card` notes in the shared state when the chat last showed a card (at most once a minute per chat
and process, so a flood of `+1`s costs no more writes); `hint` reads it before touching storage, so
chatter in a quiet chat costs one shared-state read. Without a shared state there is no hint.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from commerce.ports import UnitOfWork
from commerce.state import KeyValues
from handlers.context import card_language
from handlers.memo import LanguageMemo
from handlers.texts import t
from handlers.types import ChatKind, Reply, Request

log = logging.getLogger(__name__)

RECENT = timedelta(minutes=10)  # a bare number this soon after the card is likely meant as a join
_NOTED_EVERY = timedelta(minutes=1)
HINT_AGAIN_AFTER = timedelta(hours=1)  # a bare number this long after her hint: the hint again
# a bare `1`, or `+!` (`+1` with the shift key still down), `+l` / `+|` (a letter for the 1: rep95
# #14), a group buy's number after it or not, as likely meant
_BARE_NUMBER = re.compile(r"^\s*(?:[1-9]\d?|[+＋]\s*[!！lｌ|])(?:\s*[#＃]\d+)?\s*$")
_MAX_NOTED = 10_000


class JoinHints:
    """When each chat last showed a card, and the one hint per member and group buy."""

    def __init__(self, values: KeyValues | None) -> None:
        self.values = values
        self._noted: dict[str, datetime] = {}  # this process's last write per chat

    async def seen_card(self, request: Request, replies: list[Reply], now: datetime) -> None:
        """The chat showed a card (a new one or an edit): a bare number soon after may get the hint."""
        if self.values is None or request.chat_kind is not ChatKind.GROUP:
            return
        if not any(reply.card_of is not None and reply.private_to is None for reply in replies):
            return
        noted = self._noted.get(request.chat_id)
        if noted is not None and now - noted < _NOTED_EVERY:
            return
        if len(self._noted) > _MAX_NOTED:
            self._noted.clear()
        self._noted[request.chat_id] = now
        try:
            await self.values.set(_card_key(request), now.timestamp(), ttl=RECENT.total_seconds() + 60)
        except Exception:  # no hint then: the bare number stays chatter
            log.warning("could not note the card shown in %s", request.chat_id, exc_info=True)

    async def hint(
        self, request: Request, uow: UnitOfWork, memo: LanguageMemo, now: datetime, *, measured: bool = False
    ) -> list[Reply]:
        """The hint for a bare number sent soon after the card, to a member not on the one group buy open
        here, unless she was told within the hour; else nothing. `measured`: a quantity in a unit word
        alone (`2 boxes please`) the group buy open is not sold in, hinted as a bare number is."""
        if self.values is None or request.chat_kind is not ChatKind.GROUP:
            return []
        if not (measured or _BARE_NUMBER.match(request.text)) or request.button is not None:
            return []
        shown = await self.values.get(_card_key(request))
        if not isinstance(shown, (int, float)) or now.timestamp() - shown > RECENT.total_seconds():
            return []
        open_here = await uow.group_buys.open_in_chat(request.chat_id)
        if len(open_here) != 1 or open_here[0].id is None:
            return []
        group_buy = open_here[0]
        assert group_buy.id is not None
        if await uow.group_buys.joined_among([group_buy.id], request.user_id):
            return []
        key = f"join_hint:{request.platform}:{request.chat_id}:{group_buy.id}:{request.user_id}"
        ttl = HINT_AGAIN_AFTER.total_seconds() + 60  # kept as long as it silences
        if not await self.values.set_if_absent(key, now.timestamp(), ttl=ttl):
            told = await self.values.get(key)  # when; 1 as written before it said when: long ago
            if isinstance(told, (int, float)) and now.timestamp() - told < HINT_AGAIN_AFTER.total_seconds():
                return []  # told just now: the hint is still on screen
            await self.values.set(key, now.timestamp(), ttl=ttl)
        lang = await card_language(uow, group_buy, memo)
        return [Reply(text=t(lang, "join_bare_number_hint"))]


def _card_key(request: Request) -> str:
    return f"card_shown:{request.platform}:{request.chat_id}"
