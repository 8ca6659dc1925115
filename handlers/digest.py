"""Digest mode (commerce.domain.digest): `/digest on|off` (`摘要 开|关`), `/digest` (`摘要`: the last 24
hours' best notes now), `/top` (`精选`: the week's), and the evening digest the scheduler's sweep sends
(`NoteDigests`): one message a day in each chat in digest mode, with a 👍 button per note.

In digest mode a note is not posted as a card: its author is told privately it was taken (`posted`),
so the chat hears of new notes once a day; likes, comments and payments still refresh the cards shown
before the mode was switched on, and post none that never was (`Reply.refresh`, handlers.notes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta

from commerce.domain.digest import DAY, WEEK, Ranked, due_day, window
from commerce.domain.errors import DomainError
from commerce.domain.note_search import excerpt
from commerce.domain.notes import Note
from commerce.ports import Clock, UnitOfWork, UnitOfWorkFactory
from commerce.services import digest as service
from handlers import no_buttons
from handlers.buttons import NoteAction, NoteButton
from handlers.chat_names import title_of
from handlers.chores import Chore
from handlers.config import AppConfig
from handlers.context import Context, chat_setting
from handlers.fit import clip
from handlers.memo import LanguageMemo
from handlers.parsing.digest_words import switch
from handlers.parsing.notes import posting
from handlers.payments import Outbox
from handlers.texts import t
from handlers.types import Button, Reply

MAX_NAME = 16
EXCERPT = 40
BUTTONS_A_ROW = 3
LATER = timedelta(seconds=1)  # `/digest` counts a note posted this very second


# -- commands -------------------------------------------------------------------------------------------
async def digest(ctx: Context) -> list[Reply]:
    """`/digest`: the last 24 hours' best notes now; `/digest on|off`: the chat's digest mode."""
    rest = ctx.command.rest.strip()
    if ctx.is_private:
        raise DomainError("digest_in_group")
    if rest:
        on = switch(rest)
        if on is None:
            raise DomainError("digest_usage")
        return await _set_mode(ctx, on)
    here = ctx.request.chat_id
    ranked = await service.best_here(  # 帮卖: the home groups' notes on what this group sells too
        ctx.uow, here, since=ctx.now - DAY, until=ctx.now + LATER, size=ctx.config.digest_size
    )
    lang = await ctx.lang()
    if not ranked:
        return [Reply(text=t(lang, "digest_empty"), language=lang)]
    sellers = await sellers_of(ctx.uow, ranked, here)
    return [render(ranked, lang, head="digest_head_now", platform=ctx.request.platform, sellers=sellers)]


async def top(ctx: Context) -> list[Reply]:
    """`/top` (`精选`): the week's best notes."""
    if ctx.command.rest.strip():
        raise DomainError("top_usage")
    if ctx.is_private:
        raise DomainError("digest_in_group")
    here = ctx.request.chat_id
    ranked = await service.best_here(
        ctx.uow, here, since=ctx.now - WEEK, until=ctx.now + LATER, size=ctx.config.digest_size
    )
    lang = await ctx.lang()
    if not ranked:
        return [Reply(text=t(lang, "top_empty"), language=lang)]
    sellers = await sellers_of(ctx.uow, ranked, here)
    return [render(ranked, lang, head="top_head", platform=ctx.request.platform, sellers=sellers)]


async def sellers_of(uow: UnitOfWork, ranked: Sequence[Ranked], here: str) -> dict[int, str]:
    """帮卖: each note of the seller's group listed in `here`, by id, with its group buy's organiser: its
    author named as Ask quotes it (`Lan（来自团长 Amy 的群）`)."""
    sellers: dict[int, str] = {}
    for found in ranked:
        if found.note.chat_id != here and found.note.group_buy_id is not None:
            group_buy = await uow.group_buys.get(found.note.group_buy_id)
            if group_buy is not None:
                sellers[found.note.id or 0] = group_buy.organiser_name
    return sellers


async def _set_mode(ctx: Context, on: bool) -> list[Reply]:
    """A chat's admins may, and whoever has organised a group buy in it (open or closed: the newest
    `MAX_OPEN_LISTED` and `MAX_CLOSED_LISTED`); a plain member may not (a buyer must not switch how
    everyone hears of notes) and is told who may."""
    request = ctx.request
    if not request.is_admin:
        chat_id = request.chat_id
        ran = [
            *await ctx.uow.group_buys.open_in_chat(chat_id),
            *await ctx.uow.group_buys.closed_in_chat(chat_id),
        ]
        organisers = {g.organiser_id: g.organiser_name for g in ran}
        if request.user_id not in organisers:
            if not organisers:
                raise DomainError("digest_admins_only")
            names = t(await ctx.lang(), "list_separator").join(dict.fromkeys(organisers.values()))
            raise DomainError("digest_not_yours", organisers=names)
    was = await service.is_on(ctx.uow, request.chat_id)
    await ctx.uow.digests.set_mode(request.chat_id, on)  # kept as chosen, whatever the chat's size
    lang = await ctx.lang()
    at = ctx.config.digest_at.strftime("%H:%M")
    if was == on:  # sent twice: said so, as `猜你喜欢 关` is, not announced again
        said = t(lang, "digest_already_on", at=at) if on else t(lang, "digest_already_off")
        return [Reply(text=said, language=lang)]
    said = t(lang, "digest_on", at=at, size=ctx.config.digest_size) if on else t(lang, "digest_off")
    return [Reply(text=said, language=lang)]


# -- notes in digest mode -----------------------------------------------------------------------------
async def quiet(ctx: Context) -> bool:
    """Whether this chat hears of notes by its digest only (no note cards)."""
    return not ctx.is_private and await service.is_on(ctx.uow, ctx.request.chat_id)


async def posted(ctx: Context, note: Note) -> list[Reply]:
    """A note taken in digest mode: its author is told so privately, the group named (a private chat
    has no "this chat"); the chat hears nothing now. In her own language (`ctx.private_lang`), else the
    chat's."""
    lang = await ctx.private_lang(await ctx.lang())
    at = ctx.config.digest_at.strftime("%H:%M")
    chat = await title_of(ctx.uow, ctx.request.chat_id, said=ctx.request.chat_title)
    if chat is None:
        said = t(lang, "digest_note_taken", id=note.id, at=at)
    else:
        said = t(lang, "digest_note_taken_in", id=note.id, at=at, chat=chat)
    return [Reply(text=said, private_to=ctx.request.user_id, language=lang)]


async def refused_privately(
    ctx: Context, replies: list[Reply], said_in: Callable[[str], list[Reply]] | None = None
) -> list[Reply]:
    """A note refused in a chat in digest mode (over the day's cap, a repeat, a muted member) is told
    to its author privately, as a taken one is: a flooder's refusals would otherwise be the chat's
    busiest messages (bench/community.py). Anything else, and any refusal outside digest mode, as it was.
    Told in her own language (`ctx.private_lang`: her private `/lang`, else her app's, else the chat's):
    `said_in` renders the refusal in another."""
    if ctx.command.name != "note" or ctx.is_private or posting(ctx.request.text).show is not None:
        return replies
    if not await quiet(ctx):
        return replies
    lang = next((reply.language for reply in replies if reply.language), None) or await ctx.lang()
    mine = await ctx.private_lang(lang)
    if said_in is not None and mine != lang:
        replies = said_in(mine)
    return await told_privately(ctx, replies)


async def told_privately(ctx: Context, replies: Sequence[Reply]) -> list[Reply]:
    """What the chat would have heard about a note (a refusal: "你今天在本群已经发了…"; which group buy
    it may mean), told to its author privately instead, headed by the group's name where it is known:
    in a private chat "本群" / "this chat" is no group. `replies` are in her own language already
    (`refused_privately`, `handlers.notes`)."""
    chat = await title_of(ctx.uow, ctx.request.chat_id, said=ctx.request.chat_title)
    told = []
    for reply in replies:
        if chat is not None and reply.text:
            lang = reply.language or await ctx.lang()
            reply = replace(reply, text=t(lang, "said_of_group", chat=chat, text=reply.text))
        told.append(replace(reply, private_to=ctx.request.user_id))
    return told


# -- the message ----------------------------------------------------------------------------------------
def render(
    ranked: Sequence[Ranked],
    lang: str,
    *,
    head: str,
    chat_id: str | None = None,
    platform: str | None = None,
    sellers: Mapping[int, str] | None = None,
) -> Reply:
    """A head, a line per note (`1. #3 Bob ✅ 已购买：… 👍 2 · 💬 1`), how to read one, a 👍 per note.
    On a platform without buttons (WeChat) the foot says to send `赞 3`: the 👍 are numbered choices
    there, which expire long before an evening digest is read (handlers.no_buttons). `sellers`: the
    organiser of each note of another group listed (帮卖, by note id): its author named as from her group."""
    lines = [t(lang, head, count=len(ranked))]
    buttons: list[Button] = []
    for place, found in enumerate(ranked, start=1):
        note = found.note
        mark = t(lang, "digest_verified") if found.verified else ""
        name = clip(note.author_name, MAX_NAME)
        if sellers and (note.id or 0) in sellers:
            name = t(lang, "ask_friend_from_seller_group", name=name, organiser=sellers[note.id or 0])
        lines.append(
            t(
                lang,
                "digest_line",
                place=place,
                id=note.id,
                name=name,
                mark=mark,
                text=excerpt(note.text, (), width=EXCERPT),
                likes=note.likes,
                comments=note.comments,
            )
        )
        data = NoteButton(NoteAction.LIKE, note.id or 0).pack()
        buttons.append(Button(t(lang, "btn_digest_like", id=note.id, likes=note.likes), data))
    lines.append(t(lang, no_buttons.text_key("digest_foot", platform), id=ranked[0].note.id))
    rows = tuple(tuple(buttons[i : i + BUTTONS_A_ROW]) for i in range(0, len(buttons), BUTTONS_A_ROW))
    return Reply(text="\n".join(lines), buttons=rows, chat_id=chat_id, language=lang)


class NoteDigests(Chore):
    """The evening digest: from `config.digest_at` (the chats' timezone) until midnight, each chat in
    digest mode with notes of the day gets one message, once however many sweeps or processes run it
    (`uow.digests.claim`, in the transaction of the message's outbox row). The scheduler's sweep calls
    it (bot/bootstrap.py)."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        outbox: Outbox,
        memo: LanguageMemo | None = None,
    ) -> None:
        super().__init__(uow_factory=uow_factory, clock=clock, config=config, outbox=outbox, memo=memo)

    async def __call__(self) -> list[Reply]:
        """The digests sent now (written to the outbox when the platform has one), [] when none is due."""
        now = self.clock.now()
        day = due_day(now, at=self.config.digest_at, tz=self.tz)
        if day is None:
            return []
        since, until = window(day, at=self.config.digest_at, tz=self.tz)
        async with self.uow_factory() as uow:
            chats = await uow.digests.chats_with_notes(since=since, until=until)
            chats += await service.helping_chats(uow, chats, since=since, until=until)  # 帮卖
        sent: list[Reply] = []
        for chat_id in chats:  # a unit of work a chat: one chat failing leaves the others sent
            async with self.uow_factory() as uow:
                size = self.config.digest_size
                ranked = await service.due(uow, chat_id, day=day, since=since, until=until, size=size)
                if not ranked:
                    continue
                lang = await chat_setting(uow, chat_id, self.memo) or self.config.default_language
                # sent by this process's platform (its outbox rows), so written as that platform shows it
                platform = self.config.outbox_platform
                sellers = await sellers_of(uow, ranked, chat_id)
                message = render(
                    ranked, lang, head="digest_head", chat_id=chat_id, platform=platform, sellers=sellers
                )
                await self.outbox.queue(uow, [message], None, now)
                await uow.commit()
            sent.append(message)
        if sent:
            self.outbox.queued()
        return sent
