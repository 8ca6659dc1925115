"""Members: recording who sent a request (cheaply), and finding whom `@name` means, from the database.

Every command records its sender in `uow.members` in its own unit of work, so `已收 @名字` and
`/refund @name` find people on any worker and after a restart. It must not cost `+1` a write per
message: `MemberMemo` remembers what was last written for a member in a chat (by this process, or with
several workers by any of them, through the shared state), and a request writes only when a name or
the language changed or an hour went by (`SEEN_REFRESH`); the storage's upserts change no row in that
case either. A plain message in a group
(`大家好`, no command) records its sender too, but only the first time this process sees them in that
chat (`MemberMemo.first`), in its own unit of work. The ChatApp records a command's sender before
the command, in its unit of work; the storage's fast path holds the upserts back to travel with the
command's own writes, costing no trip of their own (storage.direct.defer). A refusal rolls it back, and
the member's next command records them.

The group chat's name (`Request.chat_title`) travels with the sighting the same way: the memo
remembers the name it last wrote per chat, so a request writes it only when the chat was renamed (or
an hour went by), and the storage's upsert changes no row when the name is the one stored.

A mention is what the adapter resolved (`Request.mentions`: Telegram's mention entities, WeChat's
mention ids, names it saw this run); without them the names after `@` are looked up among the chat's
members by display name, username or room alias. An unknown or ambiguous name is refused with one
message; a name with spaces (WeChat names may have them) is matched longest first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from commerce.domain.chats import clean_title
from commerce.domain.errors import DomainError
from commerce.domain.member import APP_LANGUAGE, SEEN_REFRESH, WORDS_LANGUAGE, identity
from commerce.ports import UnitOfWork
from commerce.state import Json, KeyValues
from handlers.context import groups_spoken
from handlers.memo import LanguageMemo
from handlers.texts import normalize_language
from handlers.types import ChatKind, Request

log = logging.getLogger(__name__)

MAX_ENTRIES = 50_000
MAX_NAME_WORDS = 4
MAX_SHOWN_NAME = 32
_SEPARATORS = ",，、;；"  # between names: `@Dan、@Cat`
_WORDS = re.compile(r"[\s，、;；]+")


@dataclass(frozen=True)
class Sighting:
    """What one request says about its sender, to be written in its unit of work."""

    platform: str
    user_id: str
    display_name: str
    username: str | None
    language: str | None
    chat_id: str | None  # None in a private chat: a membership there would name nobody
    alias: str | None
    at: datetime
    chat_title: str | None = None  # the group chat's name to write (None: nothing to write)
    language_from: str | None = None  # APP_LANGUAGE (the platform's) or WORDS_LANGUAGE (guessed)

    @property
    def spoken(self) -> str | None:
        """The language with where it came from, as the memo remembers it: `en/app`; None: none said."""
        return None if self.language is None else f"{self.language}/{self.language_from or ''}"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.platform, self.user_id, self.chat_id or "")

    @property
    def member_key(self) -> tuple[str, str]:
        return (self.platform, self.user_id)

    @property
    def chat_key(self) -> tuple[str, str]:
        return (self.platform, self.chat_id or "")

    @property
    def names(self) -> tuple[str, str | None, str | None, str | None]:
        return (self.display_name, self.username, self.alias, self.language)

    async def record(self, uow: UnitOfWork) -> None:
        await uow.members.seen(
            platform=self.platform,
            user_id=self.user_id,
            display_name=self.display_name,
            username=self.username,
            language=self.language,
            chat_id=self.chat_id,
            alias=self.alias,
            at=self.at,
            language_from=self.language_from,
        )
        if self.chat_id is not None and self.chat_title is not None:
            await uow.chat_names.name(self.chat_id, self.chat_title, self.at)


def sighting(request: Request, now: datetime, spoken: str | None = None) -> Sighting:
    """`spoken`: the language the command's words show (`提现`: zh), the member's own when their
    platform does not say (the playground, WeChat): a private notice to them speaks it (`own_languages`),
    kept as guessed (`WORDS_LANGUAGE`), which an organiser's notices never follow."""
    private = request.chat_kind is ChatKind.PRIVATE
    language = request.language or spoken or None
    return Sighting(
        platform=request.platform,
        user_id=request.user_id,
        display_name=request.display_name,
        username=request.username or None,
        language=language,
        chat_id=None if private else request.chat_id,
        alias=request.alias or None,
        at=now,
        chat_title=None if private else clean_title(request.chat_title),
        language_from=None if language is None else APP_LANGUAGE if request.language else WORDS_LANGUAGE,
    )


class MemberMemo:
    """What was last written about each member in each chat, and when: this process's memory, or with
    `values` (the shared state, Redis when configured) what every worker wrote, so a language switch
    one worker wrote is seen by the others (a `/list` on worker A after B wrote `进度`'s zh writes en
    again). Entries in the shared state are forgotten after `refresh`; one that cannot be read is as
    if unknown (written again), one that cannot be stored is logged and forgotten.

    A write that was rolled back is not remembered (`remember` is called after the commit), so the next
    request tries again. Bounded: when full it forgets everything, which costs one write per member.
    The chats' names are remembered per chat alongside, on the same terms. The language is the
    member's, whichever chat it was spoken in (`own_languages` reads one per member): it is remembered
    per member, so `进度` in one chat after `/list` in another writes it again.

    With `values`, chatter (`first`) from a member this process wrote or read as written in that chat
    within `refresh` reads nothing from the shared state (its entry lives that long); a command (`due`)
    still reads it, as another worker may have written other names or another language since.
    """

    def __init__(
        self,
        *,
        refresh: timedelta = SEEN_REFRESH,
        max_entries: int = MAX_ENTRIES,
        values: KeyValues | None = None,
    ) -> None:
        self.refresh = refresh
        self.max_entries = max_entries
        self.values = values
        self._written: dict[tuple[str, str, str], tuple[tuple[str | None, ...], datetime]] = {}
        self._titles: dict[tuple[str, str], tuple[str, datetime]] = {}
        self._languages: dict[tuple[str, str], str] = {}  # the language last written, by member

    async def due(
        self,
        request: Request,
        now: datetime,
        spoken: str | None = None,
        *,
        also: dict[str, Json | None] | None = None,
    ) -> Sighting | None:
        """The sighting to write for `request`, or None when the same was written recently (the chat's
        name in it only when that is due). A request that says no language (`+1`) keeps the one
        written (the storage keeps it too): it is no change. One that says another language than was
        last written for the member, in any chat, is one.

        `also`: other keys of the shared state the command will read, read in the same round trip and
        filled in (`handlers.which_question`: whether she was asked which group buy); left out of it when
        they could not be read, or when there is no shared state here."""
        seen = sighting(request, now, spoken)
        known, title, language = await self._recall(seen, language=seen.language is not None, also=also)
        title_due = seen.chat_title is not None and self._title_due(title, seen, now)
        said = seen.spoken is not None and seen.spoken != language
        same = known is not None and known[0][:3] == seen.names[:3] and now - known[1] < self.refresh
        if not title_due and not said and same:
            return None
        if title_due or seen.chat_title is None:
            return seen
        return replace(seen, chat_title=None)  # the chat's name only when that is due

    async def first(self, request: Request, now: datetime) -> Sighting | None:
        """A group member's plain message (`大家好`): the sighting to write only when this member was not
        written in this chat at all (a command refreshes it as `due` says), else None; a private
        chat's, None. Chatter costs one write per member and chat (per process, without `values`)."""
        seen = sighting(request, now)
        if seen.chat_id is None:
            return None
        if self.values is not None and self._written_lately(seen, now):
            return None  # no Redis read: what any worker wrote within `refresh` is still there
        known, title, _ = await self._recall(seen, language=False)
        if known is not None:
            if self.values is not None:
                self._keep_written(seen.key, known)
            return None
        return seen if self._title_due(title, seen, now) else replace(seen, chat_title=None)

    def _written_lately(self, seen: Sighting, now: datetime) -> bool:
        """With `values`: whether this process wrote or read a sighting of this member in this chat
        within `refresh`; the shared entry, kept that long from its write, says so too (chatter then
        needs no Redis read). Only `first` asks it: `due` compares names and languages another worker
        may have written since, so it reads the shared state."""
        known = self._written.get(seen.key)
        return known is not None and now - known[1] < self.refresh

    def _keep_written(self, key: tuple[str, str, str], written: _Written) -> None:
        if len(self._written) >= self.max_entries:
            self._written.clear()
        self._written[key] = written

    def _title_due(self, known: tuple[str, datetime] | None, seen: Sighting, now: datetime) -> bool:
        return known is None or known[0] != seen.chat_title or now - known[1] >= self.refresh

    async def _recall(
        self, seen: Sighting, *, language: bool, also: dict[str, Json | None] | None = None
    ) -> tuple[_Written | None, _Title | None, str | None]:
        """What was last written for `seen`'s member in its chat, its chat's name, and (with `language`)
        the member's language; with `also`, the values of its keys, filled in (`due`)."""
        titled = seen.chat_title is not None
        extra = list(also or ())
        if also is not None:
            also.clear()  # filled in only once read
        if self.values is None:
            return (
                self._written.get(seen.key),
                self._titles.get(seen.chat_key) if titled else None,
                self._languages.get(seen.member_key) if language else None,
            )
        keys = [
            _written_key(seen),
            *([_title_key(seen)] if titled else []),
            *([_language_key(seen)] if language else []),
        ]
        try:
            found = await self.values.get_many([*keys, *extra])  # one round trip
        except Exception:  # as if nothing was written: the sighting is written again
            log.warning("could not read what was written for %s", seen.user_id, exc_info=True)
            return None, None, None
        if also is not None:
            also.update(zip(extra, found[len(keys) :], strict=True))
        written = _stamped(found[0], "names")
        title = _stamped(found[1], "title") if titled else None
        spoken = found[len(keys) - 1] if language else None
        return (
            None if written is None else _names(written[0], written[1]),
            None if title is None or not isinstance(title[0], str) else (title[0], title[1]),
            spoken if isinstance(spoken, str) else None,
        )

    async def remember(self, seen: Sighting) -> None:
        self._keep_written(seen.key, (seen.names, seen.at))  # with `values`: for `first` only
        if self.values is not None:
            await self._share(seen)
            return
        if seen.spoken is not None:
            if len(self._languages) >= self.max_entries:
                self._languages.clear()
            self._languages[seen.member_key] = seen.spoken
        if seen.chat_title is not None:
            if len(self._titles) >= self.max_entries:
                self._titles.clear()
            self._titles[seen.chat_key] = (seen.chat_title, seen.at)

    async def forget(self, platform: str, chat_id: str, user_id: str) -> None:
        """The member left the chat (`ChatApp.left`): what was written of them there is forgotten, here
        and in the shared state, so their next message there (back in the group) writes them again: a
        command on any worker, chatter on this one (on another, once its own memory of them, kept
        `refresh` long, runs out)."""
        self._written.pop((platform, user_id, chat_id), None)
        if self.values is None:
            return
        try:
            await self.values.delete(_seen_key(platform, user_id, chat_id))
        except Exception:  # kept until it expires: their return is written once it has
            log.warning("could not forget what was written for %s", user_id, exc_info=True)

    async def _share(self, seen: Sighting) -> None:
        assert self.values is not None
        ttl, at = self.refresh.total_seconds(), seen.at.isoformat()
        names: list[Json] = [name or "" for name in seen.names]  # JSON without null: "" is none
        writes: dict[str, Json] = {_written_key(seen): {"names": names, "at": at}}
        if seen.spoken is not None:
            writes[_language_key(seen)] = seen.spoken
        if seen.chat_title is not None:
            writes[_title_key(seen)] = {"title": seen.chat_title, "at": at}
        try:
            await self.values.set_many(writes, ttl=ttl)  # one round trip
        except Exception:  # the next request writes it again: a write more, nothing lost
            log.warning("could not remember what was written for %s", seen.user_id, exc_info=True)


_Written = tuple[tuple[str | None, ...], datetime]
_Title = tuple[str, datetime]


def _written_key(seen: Sighting) -> str:
    return _seen_key(seen.platform, seen.user_id, seen.chat_id or "")


def _seen_key(platform: str, user_id: str, chat_id: str) -> str:
    return f"member:seen:{platform}:{user_id}:{chat_id}"


def _title_key(seen: Sighting) -> str:
    return f"member:title:{seen.platform}:{seen.chat_id or ''}"


def _language_key(seen: Sighting) -> str:
    return f"member:language:{seen.platform}:{seen.user_id}"


def _names(value: Json, at: datetime) -> _Written | None:
    """The names `MemberMemo._share` stored ("" for none), as `Sighting.names` has them."""
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        return None
    return tuple(name or None for name in value if isinstance(name, str)), at


def _stamped(value: Json | None, field: str) -> tuple[Json, datetime] | None:
    """(`value[field]`, `value["at"]`) as `MemberMemo._share` stored them; None for anything else."""
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return None
    try:
        at = datetime.fromisoformat(str(value["at"]))
    except ValueError:
        return None
    return (value[field], at) if field in value else None


def names_in(text: str) -> list[str]:
    """What follows each `@` in `text` (up to the next `@`), stripped, with the list's separator after
    it: `@Amy Wang @Bob`, `@Amy、@Bob` -> two."""
    names = (part.strip().rstrip(_SEPARATORS).strip() for part in text.split("@")[1:])
    return [name for name in names if name]


async def mentioned(
    uow: UnitOfWork,
    request: Request,
    text: str,
    *,
    chats: Sequence[str] = (),
    also: Callable[[str], Awaitable[Sequence[str]]] | None = None,
) -> tuple[str, ...]:
    """User ids of the members the request names: the adapter's, else each `@name` in `text` looked up
    among the chat's members (refused with `member_unknown` or `member_ambiguous`). () when none.
    In private, `chats` are where to look instead (`listed_in`: the chats of the group buy the command
    names); without them a private chat has no members. In a group, `chats` are where to look after
    the chat itself, for a name nobody in it has (the help-seller of a 帮卖 group, named a helper from
    the organiser's group). `also`: whom a name nobody in the chat has may mean besides (the
    organiser's help-sold buyers, `handlers.orders.help_sold_named`)."""
    if request.mentions:
        return tuple(dict.fromkeys(request.mentions))
    private = request.chat_kind is ChatKind.PRIVATE
    where = list(chats) if private and chats else [request.chat_id]
    elsewhere = [] if private else [chat for chat in dict.fromkeys(chats) if chat != request.chat_id]
    found = [await _one_or_elsewhere(uow, request, name, where, elsewhere, also) for name in names_in(text)]
    return tuple(dict.fromkeys(found))


async def _one_or_elsewhere(
    uow: UnitOfWork,
    request: Request,
    written: str,
    chats: Sequence[str],
    elsewhere: Sequence[str],
    also: Callable[[str], Awaitable[Sequence[str]]] | None,
) -> str:
    """`_one` in `chats`; a name none of them has, in `elsewhere` (refused as unknown here if none)."""
    try:
        return await _one(uow, request, written, chats, also)
    except DomainError as unknown:
        if unknown.code != "member_unknown" or not elsewhere:
            raise
        try:
            return await _one(uow, request, written, elsewhere)
        except DomainError as there:
            if there.code == "member_unknown":
                raise unknown from there
            raise


async def listed_in(uow: UnitOfWork, group_buy_id: int | None, actor: str) -> list[str]:
    """The chats group buy `group_buy_id` is in (its own, then those it is help-sold in), when `actor`
    organises it: whom a private `设置帮手 #12 @Ivy` may name. [] otherwise (nobody else learns who is
    in them)."""
    group_buy = await uow.group_buys.get(group_buy_id) if group_buy_id is not None else None
    if group_buy is None or group_buy.id is None or group_buy.organiser_id != actor:
        return []
    listed = await uow.listings.of_group_buy(group_buy.id)
    return list(dict.fromkeys([group_buy.chat_id, *(listing.chat_id for listing in listed)]))


async def _one(
    uow: UnitOfWork,
    request: Request,
    written: str,
    chats: Sequence[str],
    also: Callable[[str], Awaitable[Sequence[str]]] | None = None,
) -> str:
    words = _WORDS.split(written.strip())  # `@Bob，谢谢`: Bob, as `@Bob 谢谢`
    for count in range(min(len(words), MAX_NAME_WORDS), 0, -1):
        name = " ".join(words[:count])
        here: dict[str, None] = {}  # one member in several of the chats is one
        for chat_id in chats:
            for member in await uow.members.find_in_chat(chat_id, name):
                if member.platform == request.platform:
                    here[member.user_id] = None
        if not here and also is not None:
            here = dict.fromkeys(await also(name))
        if len(here) > 1:
            raise DomainError("member_ambiguous", name=name)
        if here:
            return next(iter(here))
    if request.chat_kind is ChatKind.PRIVATE:  # a private chat has no members to name: say what to write
        raise DomainError("member_unknown_private", name=_shown(words[0]))
    raise DomainError("member_unknown", name=_shown(words[0]))  # `@Eve thanks`: Eve


async def own_languages(
    uow: UnitOfWork, platform: str | None, user_ids: Iterable[str], fallback: str, *, from_app: bool = False
) -> dict[str, str]:
    """The language to tell each member something privately in, by user id: the one rule of every
    private message to a member. Their private chat's `/lang` setting (a private chat's id is its
    member's), else their own language as last seen (their platform's, or the words they last used),
    else `fallback` (the card's, the chat's). Two queries for any number of members. Without a
    `platform` (a scheduler's close with no outbox platform configured) only the setting is known.
    `from_app`: their app's language only, never one guessed from their words (an organiser's notices)."""
    ids = list(dict.fromkeys(user_ids))
    if not ids:
        return {}
    chosen = {
        user_id: normalize_language(language)
        for user_id, language in (await uow.chats.languages(ids)).items()
    }
    unset = [identity(platform, user_id) for user_id in ids if not chosen.get(user_id)] if platform else []
    seen = await uow.members.languages(unset, from_app=from_app) if unset else {}
    return {
        user_id: chosen.get(user_id)
        or (normalize_language(seen.get(identity(platform, user_id))) if platform else None)
        or fallback
        for user_id in ids
    }


# platforms whose requests never carry the member's app language: the language stored of a member there
# is only the words she typed last (`sighting`), which an organiser's notices do not follow
# (`handlers.recipients.organiser_language`)
NO_APP_LANGUAGE = frozenset({"wechat", "playground"})


async def steady_languages(
    uow: UnitOfWork, platform: str | None, user_ids: Iterable[str], fallback: str
) -> dict[str, str]:
    """The language of a member's own private notices about her orders and group buys (her order at the
    close, 已收, a refund, what she owes, a lapse; an organiser's close summary), by user id: one steady
    language, her private chat's `/lang`, else her app's where her platform tells one, else `fallback`
    (the group's), never just the words she last typed: one English line in a Chinese group leaves her
    notices Chinese (`Member.language_from`; where the platform never tells an app language,
    `NO_APP_LANGUAGE`, nothing stored is read)."""
    told = None if platform in NO_APP_LANGUAGE else platform
    return await own_languages(uow, told, user_ids, fallback, from_app=True)


async def private_languages(
    uow: UnitOfWork, platform: str, user_ids: Iterable[str], default: str, memo: LanguageMemo | None = None
) -> dict[str, str]:
    """The language of a private message about no one group buy (the weekly For you, the follow
    round-up), by user id: the steady rule of a member's private notices (`handlers.recipients`): her
    private chat's `/lang`, else her app's where her platform tells one (`steady_languages`), else the
    language of the groups she was last seen in (`groups_spoken`: their `/lang`, else as their latest
    card speaks there), else the words she last typed (`own_languages`), else `default`. One English
    line in a Chinese group with no `/lang` leaves her round-up Chinese."""
    ids = list(dict.fromkeys(user_ids))
    langs = await steady_languages(uow, platform, ids, "")
    unknown = [user_id for user_id in ids if not langs[user_id]]
    typed = await own_languages(uow, platform, unknown, "") if unknown else {}
    memo = memo or LanguageMemo()
    for user_id in unknown:
        langs[user_id] = await groups_spoken(uow, platform, user_id, memo) or typed[user_id] or default
    return langs


def _shown(name: str) -> str:
    return name if len(name) <= MAX_SHOWN_NAME else name[: MAX_SHOWN_NAME - 1] + "…"
