"""The weekly For you use case (commerce.domain.foryou_weekly): a member's message of the week, the week
claimed once (`foryou_weeks`) in the unit of work that queues it.

Cheap by construction: each chat's ranking of the week's notes (`digest.best`, what `/top` shows) is
read once per run however many members share the chat (`WeekNotes`), and each member's picks are one
`recommend.for_member`."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from commerce.domain.asking import asks_itself
from commerce.domain.digest import WEEK, Ranked
from commerce.domain.foryou_weekly import NOTES, PICKS, best_notes
from commerce.domain.member import identity
from commerce.domain.recommend import Pick
from commerce.ports import UnitOfWork
from commerce.services import digest, recommend


@dataclass(frozen=True)
class WeekMessage:
    """What one member's weekly message says: the week's best notes of their groups, and their picks."""

    notes: list[Ranked]
    picks: list[Pick]

    def __bool__(self) -> bool:
        return bool(self.notes or self.picks)


RANKED_READ = 50  # of each chat's ranking kept for the run: the member's own notes are left out of it


class WeekNotes:
    """Each chat's best notes of the week up to `until`, read once and kept for the run."""

    def __init__(self, *, until: datetime, size: int = NOTES) -> None:
        self.since, self.until, self.size = until - WEEK, until, size
        self._by_chat: dict[str, list[Ranked]] = {}

    async def of(self, uow: UnitOfWork, chats: Collection[str], *, reader: str | None = None) -> list[Ranked]:
        """The best `size` notes of `chats`, none written by `reader` (a member's own notes are not
        picked for them) and none that is itself a question (`有人买过吗？`: it asks, it recommends
        nothing; Ask's quotes and For you's reasons skip them alike: `asking.asks_itself`)."""
        for chat in sorted(set(chats) - self._by_chat.keys()):
            ranked = await digest.best(
                uow, chat, since=self.since, until=self.until, size=max(self.size, RANKED_READ)
            )
            self._by_chat[chat] = [r for r in ranked if not asks_itself(r.note.text)]
        rankings = ([r for r in self._by_chat[chat] if r.note.author_id != reader] for chat in chats)
        return best_notes(rankings, size=self.size)


async def week_message(
    uow: UnitOfWork, *, platform: str, user_id: str, week: date, now: datetime, notes: WeekNotes
) -> WeekMessage | None:
    """The member's message of `week` (maybe empty: nothing to send, the week counts anyway; the best
    notes are others', never the member's own), claimed in this unit of work (commit it with the
    message's outbox row). None: For you is off for them (nothing claimed), or that week's message was
    made (by another sweep or process)."""
    picks = await recommend.for_member(uow, platform=platform, user_id=user_id, now=now, limit=PICKS)
    if picks is None:
        return None
    who = identity(platform, user_id)
    best = await notes.of(uow, await uow.follows.member_chats(who), reader=user_id)  # none of their own
    if not await uow.foryou_weeks.claim(who, week=week.isoformat(), at=now):
        return None
    return WeekMessage(best, picks)
