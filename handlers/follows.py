"""Follows (关注) in the chat: `/follow @Amy` (`关注 @Amy`), `/unfollow @Amy` (`取消关注 @Amy`), `/following`
(`我的关注`), and `FollowRoundups`, the scheduler's chore that sends each follower one private round-up a
day of what those they follow posted or opened in the chats they share (commerce.domain.follows).

A follow is made in a group, where `@Amy` names a member of that chat (handlers.members: the adapter's
mention, else the chat's members by name). Unfollowing also works in a private chat, by the name
`/following` lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from commerce.domain.errors import DomainError
from commerce.domain.follows import MAX_ITEMS, Follow, News, NewsKind, roundup_day
from commerce.domain.member import identity, name_key
from commerce.ports import Clock, UnitOfWork, UnitOfWorkFactory
from commerce.services import follows as service
from handlers import members
from handlers.chores import Chore
from handlers.config import AppConfig
from handlers.context import Context
from handlers.memo import LanguageMemo
from handlers.payments import Outbox
from handlers.texts import t
from handlers.types import Reply

MAX_SHOWN = 60  # characters of a note's first line in a round-up
MAX_NAME = 32


async def follow(ctx: Context) -> list[Reply]:
    """关注 @Amy (`关注 Amy`): follow a member of this group; told once, nothing changes on a second try;
    a name no member here has is told so, with the form to use."""
    request = ctx.request
    if ctx.is_private:
        raise DomainError("follow_in_group")
    rest = ctx.command.rest.strip()
    if rest and "@" not in rest:  # `关注 Bob`, `/follow Bob`: a member's name without `@`, as `取消关注 Bob`
        rest = "@" + rest
    written = members.names_in(rest)
    if not request.mentions and not written:
        raise DomainError("follow_usage")
    try:
        found = await members.mentioned(ctx.uow, request, rest)
    except DomainError as refusal:
        if refusal.code == "member_unknown":
            raise DomainError("follow_unknown", name=refusal.params["name"]) from refusal
        raise
    if len(found) != 1:
        raise DomainError("follow_usage")
    followed = found[0]
    name = await _name_of(ctx, followed, written[0] if written else followed)
    await service.follow(
        ctx.uow,
        platform=request.platform,
        follower_id=request.user_id,
        followed_id=followed,
        name=name,
        now=ctx.now,
    )
    lang = await ctx.lang()
    return [Reply(text=t(lang, "follow_done", name=name), language=lang)]


async def unfollow(ctx: Context) -> list[Reply]:
    """取消关注 @Amy: by the name `/following` shows (anywhere), or by a member of this group named."""
    request = ctx.request
    rest = ctx.command.rest.strip()
    written = members.names_in(rest) or ([rest] if rest else [])
    if not written and not request.mentions:
        raise DomainError("unfollow_usage")
    mine = await service.following(ctx.uow, request.user_id)
    target = _by_name(mine, written[0]) if written else None
    if target is None and request.mentions:
        target = next((x for x in mine if x.followed_id in request.mentions), None)
    if target is None and not ctx.is_private and rest:
        try:
            named = await members.mentioned(ctx.uow, request, rest)
        except DomainError:
            named = ()
        target = next((x for x in mine if x.followed_id in named), None)
    shown = _clip(written[0] if written else "?")
    if target is None:
        raise DomainError("unfollow_not_following", name=shown)
    await service.unfollow(
        ctx.uow, follower_id=request.user_id, followed_id=target.followed_id, name=target.followed_name
    )
    lang = await ctx.lang()
    return [Reply(text=t(lang, "unfollow_done", name=target.followed_name), language=lang)]


async def show_following(ctx: Context) -> list[Reply]:
    """我的关注: whom the member follows, or how to follow someone."""
    mine = await service.following(ctx.uow, ctx.request.user_id)
    lang = await ctx.lang()
    if not mine:
        return [Reply(text=t(lang, "following_none"), language=lang)]
    lines = [t(lang, "following_head", n=len(mine))]
    lines += [t(lang, "following_line", name=x.followed_name) for x in mine]
    lines.append(t(lang, "following_foot"))
    return [Reply(text="\n".join(lines), language=lang)]


def _by_name(mine: Sequence[Follow], written: str) -> Follow | None:
    key = name_key(written)
    found = [x for x in mine if name_key(x.followed_name) == key]
    return found[0] if len(found) == 1 else None


async def _name_of(ctx: Context, user_id: str, written: str) -> str:
    """The member's display name as last seen, else what was written after `@`."""
    seen = await ctx.uow.members.get(identity(ctx.request.platform, user_id))
    return _clip(seen.display_name if seen is not None and seen.display_name else written)


def _clip(text: str, limit: int = MAX_NAME) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class FollowRoundups(Chore):
    """Each follower's private round-up, once a day from `at` (the chats' timezone): one message with
    what those they follow posted or opened in the chats they share, since the last round-up. The day
    is claimed by a guarded write in the transaction that queues the message, so sweeps, restarts and
    several processes send it once. The scheduler calls it with every sweep."""

    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig,
        outbox: Outbox,
        platform: str,
        at: time,
        memo: LanguageMemo | None = None,
    ) -> None:
        super().__init__(uow_factory=uow_factory, clock=clock, config=config, outbox=outbox, memo=memo)
        self.platform = platform
        self.at = at

    async def __call__(self) -> list[Reply]:
        """The round-ups sent now (written to the outbox when the platform has one), [] when none is due."""
        now = self.clock.now()
        day = roundup_day(now, at=self.at, tz=self.tz, last_day=None)
        if day is None:
            return []
        replies: list[Reply] = []
        async with self.uow_factory() as uow:
            due = await uow.follows.due(self.platform, day.isoformat())
            if not due:
                return []
            # each in the follower's steady language, else their groups' (`members.private_languages`)
            default = self.config.default_language
            langs = await members.private_languages(uow, self.platform, due, default, self.memo)
            for follower in due:
                news = await service.roundup(
                    uow, platform=self.platform, follower_id=follower, day=day, now=now
                )
                if news:
                    replies.append(await self._message(uow, follower, news, day, langs[follower]))
            await self.outbox.queue(uow, replies, None, now)
            await uow.commit()
        if replies:
            self.outbox.queued()
        return replies

    async def _message(
        self, uow: UnitOfWork, follower: str, news: Sequence[News], day: date, lang: str
    ) -> Reply:
        chats = await uow.chat_names.titles(sorted({item.chat_id for item in news}))
        lines = [t(lang, "roundup_head", day=day.isoformat())]
        for item in news[:MAX_ITEMS]:
            chat = chats.get(item.chat_id) or t(lang, "roundup_a_chat")
            text = _clip(item.text.splitlines()[0] if item.text else "", MAX_SHOWN)
            key = "roundup_note" if item.kind is NewsKind.NOTE else "roundup_group_buy"
            name = _clip(item.author_name)
            lines.append(t(lang, key, name=name, chat=chat, id=item.item_id, text=text))
        if len(news) > MAX_ITEMS:
            lines.append(t(lang, "roundup_more", n=len(news) - MAX_ITEMS))
        lines.append(t(lang, "roundup_foot"))
        return Reply(text="\n".join(lines), private_to=follower, language=lang)
