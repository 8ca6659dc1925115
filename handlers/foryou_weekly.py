"""The weekly For you (commerce.domain.foryou_weekly): `WeeklyForYou`, the scheduler's chore that sends
each member who has For you on one private message a week: the week's best notes of their groups (as
`/top` ranks them) and their picks (as `/foryou` shows them, each with why). Nothing to say: nothing
sent. `/foryou off` (`猜你喜欢 关`) stops it with the picks.
"""

from __future__ import annotations

from datetime import date

from commerce.domain.foryou_weekly import Weekly, due_week
from commerce.domain.note_search import excerpt
from commerce.ports import Clock, UnitOfWork, UnitOfWorkFactory
from commerce.services import foryou_weekly as service
from handlers import members
from handlers.chores import Chore
from handlers.config import AppConfig
from handlers.fit import clip
from handlers.foryou import MAX_TITLE, line
from handlers.payments import Outbox
from handlers.texts import t
from handlers.types import Reply

MAX_NAME = 16
MAX_CHAT = 20
EXCERPT = 40


class WeeklyForYou(Chore):
    """Once a week from `when` (the chats' timezone) until that day's midnight: each member due (seen in
    a group, For you on, not sent this week) gets one private message, claimed in the transaction that
    writes its outbox row, so sweeps, restarts and several processes send it once. The scheduler calls
    it with every sweep."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        outbox: Outbox,
        platform: str,
        when: Weekly,
    ) -> None:
        super().__init__(uow_factory=uow_factory, clock=clock, config=config, outbox=outbox)
        self.platform = platform
        self.when = when

    async def __call__(self) -> list[Reply]:
        """The messages sent now (written to the outbox when the platform has one), [] when none is due."""
        now = self.clock.now()
        week = due_week(now, self.when, tz=self.tz)
        if week is None:
            return []
        async with self.uow_factory() as uow:
            due = await uow.foryou_weeks.due(self.platform, week.isoformat())
        notes = service.WeekNotes(until=now)  # each chat's ranking read once for all its members
        sent: list[Reply] = []
        for user_id in due:  # a unit of work a member: one failing leaves the others sent
            async with self.uow_factory() as uow:
                found = await service.week_message(
                    uow, platform=self.platform, user_id=user_id, week=week, now=now, notes=notes
                )
                if found is None:  # For you off, or sent by another process
                    continue
                message = await self._message(uow, user_id, found, week) if found else None
                if message is not None:
                    await self.outbox.queue(uow, [message], None, now)
                await uow.commit()  # the week is claimed even with nothing to say
            if message is not None:
                sent.append(message)
        if sent:
            self.outbox.queued()
        return sent

    async def _message(self, uow: UnitOfWork, user_id: str, found: service.WeekMessage, week: date) -> Reply:
        default = self.config.default_language  # her steady one, else her groups', else her words, else this
        lang = (await members.private_languages(uow, self.platform, [user_id], default, self.memo))[user_id]
        lines = [t(lang, "weekly_head", week=week.isoformat())]
        if found.notes:
            chats = await uow.chat_names.titles(sorted({r.note.chat_id for r in found.notes}))
            lines.append(t(lang, "weekly_notes_head", count=len(found.notes)))
            for place, ranked in enumerate(found.notes, start=1):
                note = ranked.note
                lines.append(
                    t(
                        lang,
                        "weekly_note",
                        place=place,
                        id=note.id,
                        name=clip(note.author_name, MAX_NAME),
                        mark=t(lang, "digest_verified") if ranked.verified else "",
                        chat=clip(chats.get(note.chat_id) or t(lang, "roundup_a_chat"), MAX_CHAT),
                        text=excerpt(note.text, (), width=EXCERPT),
                        likes=note.likes,
                    )
                )
                if note.group_buy_id is not None:
                    about = await self._about(uow, lang, note.group_buy_id)
                    if about:
                        lines.append(about)
        if found.picks:
            lines.append(t(lang, "weekly_picks_head", count=len(found.picks)))
            picked_in = await uow.chat_names.titles(sorted({pick.candidate.chat_id for pick in found.picks}))
            lines += [line(lang, pick, picked_in) for pick in found.picks]  # each naming its group
        if found.picks:  # the join the foot names is a pick's group buy number, never a note's
            foot = "weekly_foot_join" if found.notes else "weekly_foot_picks"  # no note listed: none to read
            lines.append(t(lang, foot, example=found.picks[0].candidate.group_buy_id))
        else:
            lines.append(t(lang, "weekly_foot"))
        return Reply(text="\n".join(lines), private_to=user_id, language=lang)

    @staticmethod
    async def _about(uow: UnitOfWork, lang: str, group_buy_id: int) -> str:
        """The line under a note about a group buy: its title and number with the join to send while
        it is open (`🛒 草莓（#4）：发 +1 #4 跟团`), or that it has closed (no join offered); "" when it is
        gone. A note's own number is never a group buy's: `+1 #1` joins group buy 1, not note 1's."""
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None:
            return ""
        title = clip(group_buy.terms.title, MAX_TITLE)
        key = "weekly_note_join" if group_buy.is_open else "weekly_note_closed"
        return t(lang, key, title=title, id=group_buy_id)
