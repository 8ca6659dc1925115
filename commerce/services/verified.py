"""Whether a note's author bought what it is about (✅), for many notes at once: digests and searches
read each group buy and each author's purchases once (commerce.services.notes.view reads one note's)."""

from __future__ import annotations

from commerce.domain.group_buy import GroupBuy
from commerce.domain.notes import Bought, Note, bought_first
from commerce.ports import UnitOfWork


class Verifier:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self._group_buys: dict[int, GroupBuy | None] = {}
        self._bought: dict[str, list[Bought]] = {}

    async def verified(self, note: Note) -> bool:
        """A paid or picked-up order of the linked group buy, or of an earlier one of the same product,
        made before the note was written; never for an ad (flagged for a contact to buy through, kept
        or not: `NoteFlag.advert`)."""
        if note.group_buy_id is None:
            return False
        if note.group_buy_id not in self._group_buys:
            self._group_buys[note.group_buy_id] = await self.uow.group_buys.get(note.group_buy_id)
        group_buy = self._group_buys[note.group_buy_id]
        if group_buy is None:
            return False
        if note.author_id not in self._bought:
            self._bought[note.author_id] = await self.uow.notes.bought_titles(note.author_id)
        if not bought_first(
            self._bought[note.author_id], group_buy.id or 0, group_buy.terms.title, note.created_at
        ):
            return False
        flag = await self.uow.moderation.flag(note.id or 0)  # read for a buyer's notes only
        return flag is None or not flag.advert
