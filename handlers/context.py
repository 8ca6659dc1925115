"""What a handler gets: the request, its parsed command, the open unit of work, the time, and the language.

The answer's language: in a private chat with a `/lang` setting, that setting; else the language of the
words the member used (`接龙` -> zh, `/join sweet` -> en; a slash command alone in a group, `/close`,
`/refund 1-1 5`: the chat's `/lang`, else the sender's own, else its word's); for language-neutral input
(`+1`, a button, an ASCII command word with no English after it: `/join`, `/join 甜的`, `share`) the
chat's setting (`/lang`), else the member's platform language, else the language the group buy was
opened in (in a private chat, as the messages sent there about it: the member's own language as last
seen, else its group's `/lang`, or for a card a code or link made in a 帮卖 group opened, that group's
language rule; a tapped button's group buy is looked up; with none, as `+1` alone there: the member's
own as last seen, else their groups' `/lang`), else the command word's language (`share` alone where
nothing is known), else the app's default. Only what is needed is queried.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from commerce.domain.group_buy import GroupBuy
from commerce.domain.listings import Listing
from commerce.domain.member import identity
from commerce.ports import ChatAdmins, NoteReranker, StarRefunds, UnitOfWork
from commerce.state import Json, KeyValues
from handlers.config import AppConfig
from handlers.memo import LanguageMemo
from handlers.parsing.commands import Command, courtesy_only, slash_alone
from handlers.texts import normalize_language

if TYPE_CHECKING:
    from handlers.organiser_notices import OrganiserNotice
from handlers.types import ChatKind, Request

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# slash commands alone whose answer lists what the group holds (`/notes`: its notes, command `top`): from
# a member nothing is known of, answered in the group's language rather than the slash word's
_GROUPS_OWN = frozenset({"top"})
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")  # `large`, `gate`: a word in English letters (not `B` alone)
GROUPS_ASKED = 10  # a private `+1`'s language: the `/lang` of the sender's groups last seen, at most these


@dataclass
class Context:
    request: Request
    command: Command
    uow: UnitOfWork
    now: datetime
    config: AppConfig
    tz: ZoneInfo
    memo: LanguageMemo = field(default_factory=LanguageMemo)
    after_commit: list[Callable[[], Awaitable[None]]] = field(default_factory=list)  # run once committed
    star_refunds: StarRefunds | None = None  # the platform's Stars refund, where it has one
    reranker: NoteReranker | None = None  # Ask's re-ranking of notes by meaning (the `ai` extra)
    values: KeyValues | None = None  # the shared state (handlers.last_opened); None: nothing kept
    # Where a card's counted taps are kept (handlers.taps): `values`, unless the app was given another
    # (several workers on PostgreSQL without Redis: the database's, so a double tap counts once there too)
    taps: KeyValues | None = None
    # Keys of `values` read with the sender's sighting, in its round trip (`MemberMemo.due`'s `also`):
    # a key absent was not read, so whoever needs it reads it
    prefetched: dict[str, Json | None] = field(default_factory=dict)
    # A caller who reads the command's answer elsewhere, in their own language (the console's REST API:
    # Accept-Language), while the chat is told in its own: `shown` renders the answer again for them.
    page_lang: str | None = None
    page_text: str | None = None
    # a refund's sentences on the commission it took back, in `page_lang` (`分享人 Mei 的佣金 ¥15 已扣回。`):
    # the console's own answer to a refund names it as the chat's answer does
    page_commission: str | None = None
    # The same page's word on an open payout the refund leaves uncovered (`refund_payout_blocked`: asked for,
    # not paid out, never "owes"), as the chat's answer says it to whoever refunded (s39)
    page_blocked: str | None = None
    # Group buys whose close left orders to write after the commit, a batch per unit of work
    # (`ChatApp.finish_orders`).
    pending_orders: list[int] = field(default_factory=list)
    # In a private chat: the 帮卖 group whose card a share code or link opened there, which the command
    # acts on (handlers.sharing, handlers.referrals): what is said about it speaks that group's language
    # when the member's own is not known.
    listing_chat: str | None = None
    # The language of the message a tapped button is on, where its handler read it (a note card's: its
    # chat's `/lang`, else its group buy's card's, else the note's): the tap is answered in it.
    tapped_lang: str | None = None
    # The console's batch (each ticked order its own command): what an admin's 已收, refund or 撤销已收
    # did to an organiser's orders, kept here instead of told to her: her one notice of the batch says
    # it, written in this order's transaction (bot/console/batch_notices.py)
    organisers_told_later: list[OrganiserNotice] | None = None
    # The console's refund form's Amount field (部分退款; "" empty: the whole order): its reason is then the
    # reason alone, never read for an amount; None in a chat, where `退款 1-2 ¥78` types it after the number
    refund_amount: str | None = None
    # A console admin acting by the organiser's name (the chat is told hers): their console login, which
    # the organiser's own notice names (`管理员 dan`); None otherwise
    acting_admin: str | None = None
    # The platform's word on a group's admins, asked from a private chat (`/flags` there); None where the
    # platform cannot tell (WeChat) or the playground, whose admins are the bot's own (TUAN_ADMINS)
    chat_admins: ChatAdmins | None = None

    def shown(self, render: Callable[[str], str]) -> None:
        """The command's answer as its caller reads it (`page_lang`), rendered by `render(lang)`."""
        if self.page_lang is not None:
            self.page_text = render(self.page_lang)

    @property
    def is_private(self) -> bool:
        return self.request.chat_kind is ChatKind.PRIVATE

    async def chat_language(self) -> str | None:
        """The chat's `/lang` setting (remembered for a short while, so `+1` needs no query for it)."""
        return await chat_setting(self.uow, self.request.chat_id, self.memo)

    def _option_only_chinese(self) -> bool:
        """Whether a leave's only Chinese words are the option it names (`-1 中盒`, `-1 #2 小盒`)."""
        option, text = self.command.option, self.request.text or ""
        return (
            self.command.name == "leave"
            and bool(option)
            and option in text
            and not _CJK.search(text.replace(option, " ", 1))
        )

    async def lang(self, group_buy: GroupBuy | None = None, *, guess: bool = False) -> str:
        """The language to answer in; with `guess`, the chat's group buy is looked up if it decides."""
        if group_buy is not None and group_buy.chat_id == self.request.chat_id:
            self.memo.remember_group_buy(group_buy.chat_id, group_buy.lang)
        if self.is_private:  # a private chat's `/lang` is its member's own choice: it wins over the words
            chat = await self.chat_language()
            if chat:
                return chat
            if self.command.name == "start" and not self.command.tap:  # the same word for everyone
                return await self._start_language(group_buy)
        if self.command.heard:  # `count me in`, `+2 small box`, `how much?`: the words' own, as typed
            if not self.is_private and courtesy_only(self.request.text or ""):
                # `2 please` in a Chinese room: a courtesy tells only her language; the group reads it
                return await self._group_spoken(group_buy) or self.command.heard
            return self.command.heard
        if self._slash_alone_in_private:
            # `/orders`, `/help`, `/list #1` (a menu's tap) in private: her `/lang` (above), else her own
            # language (her app's, the words she typed before, her groups'), never the slash word's but for
            # someone nothing is known of (rep95 #2); her groups only when they speak one language
            hint = normalize_language(self.request.language)
            known = hint or await self._own_language()
            if not known and self.request.platform:
                member = identity(self.request.platform, self.request.user_id)
                known = await groups_agree(self.uow, member, self.memo)
            if known:
                return known
        if self.slash_alone_in_group:
            # `/cancelorder 1-1`, `/flags` (a menu's tap): the chat's `/lang`, else the sender's own
            # language (her app's, else the words she typed before: `开团 …` zh, `count me in` en; never a
            # slash word's, which records none), the word's only when none is known; never the group buy's
            known = (
                await self.chat_language()
                or normalize_language(self.request.language)
                or await self._own_language()
            )
            if known:
                return known
            # nothing known of her, a listing of the group's own (`/notes`): the group's, as its card speaks
            group = await self._group_spoken(group_buy) if self.command.name in _GROUPS_OWN else None
            if group:
                return group
        if (self.command.pasted or self._option_only_chinese()) and not self.is_private:
            # a `#接龙` list pasted back (its words the list's, never hers), `-1 中盒` (an option's name
            # tells no language, as in `中盒 -1`): a group's `/lang en` wins (s38)
            chat = await self.chat_language()
            if chat:
                return chat
        if self.command.spoken:  # `/join`, `/join 甜的`, `share`: no words to go by (`Command.wordless`)
            return self.command.spoken
        chat = await self.chat_language()
        if chat:
            return chat
        if self.command.tap and not self.is_private:  # a tap in a group: as the card it is on speaks,
            on_card = await self._card_spoken(group_buy)  # whatever the tapper's app says
            if on_card:
                return on_card
        hint = normalize_language(self.request.language)
        if hint:
            return hint
        tapped = self.tapped_lang or self.command.shown_in  # a note card's 👍, an order's Received: as
        if self.command.tap and tapped:  # the message it is on speaks, whatever she wrote since
            return tapped
        if group_buy is None and (self.command.tap or (guess and self.is_private)):
            group_buy = await self._tapped()  # or a private join's (`+1 团12-K7QM`): its card's language
        if group_buy is not None and self.is_private:  # as what it sent here about it: hers, or its group's
            # words typed with it (`取消 12-3`): hers as last seen, these words; none (a share code alone,
            # `+1 4-C3YR`, a tap): her steady language (her app's as stored), else its group's, never the
            # words she typed before (rep80 #5: one `笔记 1` turned an English group's code card Chinese)
            own = await self._own_language(from_app=not self.command.typed)
            return own or await self._private_card_language(group_buy)
        if group_buy is None and self.is_private and not self.command.tap:  # `+1` alone there: no words
            own = await self._own_language() or await self._groups_language()
            if not own and not (self.command.typed or self.command.lang or self._words_language()):
                # nothing typed tells it: as her groups speak (all alike, else the one she was last seen
                # in): `+1` from Dan, whose only group speaks English though he wrote only `+1` there
                own = await self._groups_spoken()
            if own:
                return own
        if group_buy is not None and group_buy.chat_id != self.request.chat_id and group_buy.listings:
            return await language_in(self.uow, group_buy, self.request.chat_id, self.memo)  # 帮卖 here
        guessed = group_buy.lang if group_buy is not None else await self._guess() if guess else None
        # last the language typed (`/note 烟台苹果很甜`: zh, not its ASCII word's), else the word's
        typed = self.command.typed or self.command.lang
        if not normalize_language(guessed) and not typed and not self.is_private and not self.command.tap:
            # a group nothing of whose tells its language (no `/lang`, no group buy of its own: `+1 #1`
            # in a new group, naming another's): as the sender speaks, last seen, as `2 please` is
            own = await self._own_language()
            if own:
                return own
            words = self._words_language()  # `+1 large` where no group buy ever was: its word's (rep71 #9)
            if words:
                return words
        return normalize_language(guessed) or typed or self.config.default_language

    async def _private_card_language(self, group_buy: GroupBuy) -> str:
        """The language of `group_buy`'s card in a private chat: its group's (a card a code made in a 帮卖
        group opened: that group's)."""
        if self.listing_chat is not None:
            return await language_in(self.uow, group_buy, self.listing_chat, self.memo)
        return await card_language(self.uow, group_buy, self.memo)

    async def group_language(self) -> str | None:
        """The language of the group the command was typed in (`_group_spoken`: its `/lang`, else as its
        latest card speaks here); None in private, or when nothing tells."""
        return None if self.is_private else await self._group_spoken(None)

    async def _group_spoken(self, group_buy: GroupBuy | None) -> str | None:
        """The group's language as what it reads speaks: its `/lang`, else as the card of `group_buy`
        (when it is listed here), else of its latest group buy, speaks here; None when nothing tells."""
        chat = await self.chat_language()
        if chat:
            return chat
        here = self.request.chat_id
        if group_buy is None or (group_buy.chat_id != here and not group_buy.listings):
            group_buy = await self.uow.group_buys.latest_in_chat(here)
        if group_buy is None:
            return None
        return normalize_language(await language_in(self.uow, group_buy, here, self.memo)) or None

    async def _start_language(self, group_buy: GroupBuy | None) -> str:
        """`/start` in a private chat (the welcome; a share link's card: `group_buy`): its word is the one
        every app sends, so it tells nothing: the member's app language (this request's, else as stored);
        a link's card then the card's (a 帮卖 group's link: that group's), as a share code typed alone
        opens it, never a word she typed before (rep80 #5); the welcome then her own as last seen, else
        the app's default."""
        app = normalize_language(self.request.language)
        if group_buy is not None:
            own = app or await self._own_language(from_app=True)
            return own or await self._private_card_language(group_buy)
        return app or await self._own_language() or self.config.default_language

    def _words_language(self) -> str | None:
        """The language of the words a join carries, `+1 large`: en, `+1 大盒`: zh (Chinese characters
        win), None for none (`+1`, `+1 502`)."""
        words = " ".join(part for part in (self.command.option, self.command.note) if part)
        if _CJK.search(words):
            return "zh"
        return "en" if _LATIN_WORD.search(words) else None

    @property
    def slash_alone_in_group(self) -> bool:
        """A slash command with no words after it typed in a group (`/close`, `/refund 1-1 5`, a menu's
        tap): answered in the sender's language (`lang`), telling nothing of the group's."""
        return bool(
            self.command.spoken
            and not self.is_private
            and self.command.heard is None
            and slash_alone(self.request.text or "")  # not `/ask #9 还有吗`: Chinese words
        )

    @property
    def _slash_alone_in_private(self) -> bool:
        """A slash command with no words after it typed in private (`/orders`, `/list #1`, a menu's tap),
        not a button nor `/start`: answered in the sender's own language, as one typed in a group."""
        return bool(
            self.command.spoken
            and self.is_private
            and not self.command.tap
            and self.command.heard is None
            and slash_alone(self.request.text or "")
        )

    async def room_lang(self, group_buy: GroupBuy | None, lang: str) -> str:
        """What the group reads of an answer to a slash command alone typed there (`/paid 2-2 2-3`, which
        tells nothing of the group's): the group's language, its `/lang`, else as `group_buy`'s card speaks
        here, never the sender's own (rep71 #3); `lang` otherwise (words typed, in private, none known)."""
        if not self.slash_alone_in_group:
            return lang
        chat = await self.chat_language()
        if chat:
            return chat
        if group_buy is None:
            return lang
        return await language_in(self.uow, group_buy, self.request.chat_id, self.memo)

    async def group_lang(self, group_buy: GroupBuy) -> str:
        """What the bot posts to the whole group about `group_buy` (the close announcement, the call-off):
        sent from a private chat, or by a slash command alone (`/close`: it tells only its sender's
        language), as its card speaks (`card_language`); else in the words typed there (`截单`)."""
        if self.is_private or self.slash_alone_in_group:
            return await card_language(self.uow, group_buy, self.memo)
        return await self.lang(group_buy)

    async def heard_by_group(self, lang: str, group_buy: GroupBuy | None = None) -> str:
        """A line the whole group reads of an answer whose substance went to the sender privately (`我的团`,
        `did my payment arrive`) or of a comment's notice: the room's `/lang`, else as the card of
        `group_buy` (the one it is about; none: its latest group buy) speaks here, else `lang` (rep73 #8);
        in a private chat `lang`, unchanged."""
        if self.is_private:
            return lang
        chat = await self.chat_language()
        if chat:
            return chat
        latest = group_buy or await self.uow.group_buys.latest_in_chat(self.request.chat_id)
        if latest is None:
            return lang
        return await language_in(self.uow, latest, self.request.chat_id, self.memo)

    async def known_language(self) -> str | None:
        """A language the sender is known to read, the words typed aside: the chat's `/lang`, their app's,
        the words they last used, else their groups' (`groups_spoken`: their `/lang`, else as their cards
        speak); None for someone the bot knows nothing of."""
        hint = normalize_language(self.request.language)
        known = await self.chat_language() or hint or await self._own_language()
        # her groups': their `/lang`, else as their cards speak (rep95 #2: only `+1 小盒` in a Chinese group)
        return known or await groups_spoken(self.uow, self.request.platform, self.request.user_id, self.memo)

    async def private_lang(self, fallback: str) -> str:
        """The language of a private copy of an answer typed in a group (a refund's amount, a payment
        report's): its reader's, her private chat's `/lang`, else her app's (this request's, else as
        stored from her app: `Member.language_from`), else `fallback` (the group's answer's); never a
        guess from the words she typed (session 34), as her other private notices (her order, what she
        owes: `handlers.members.steady_languages`). In her private chat the answer is `lang`'s."""
        if self.is_private:
            return fallback
        me = self.request.user_id
        setting = normalize_language((await self.uow.chats.languages([me])).get(me))
        told = normalize_language(self.request.language)
        known = setting or told or await self._own_language(from_app=True)
        return known or fallback

    async def own_language(self) -> str | None:
        """The sender's own language as last seen (her platform's, else the words she last used)."""
        return await self._own_language()

    async def _own_language(self, *, from_app: bool = False) -> str | None:
        """The sender's own language as last seen (their platform's, else the words they last used;
        `from_app`: their platform's only)."""
        own = identity(self.request.platform, self.request.user_id)
        return normalize_language((await self.uow.members.languages([own], from_app=from_app)).get(own))

    async def _groups_language(self) -> str | None:
        """The `/lang` of the groups the sender was last seen in (the most recent one that has one)."""
        own = identity(self.request.platform, self.request.user_id)
        chats = [chat.chat_id for chat in await self.uow.chat_names.of_member(own, limit=GROUPS_ASKED)]
        settings = await self.uow.chats.languages(chats) if chats else {}
        return next((normalize_language(settings[c]) for c in chats if settings.get(c)), None)

    async def _groups_spoken(self) -> str | None:
        """The language of the groups the sender was last seen in, by their `/lang`, else as their cards
        speak: the one they all speak (`groups_agree`), else the most recent that tells one."""
        platform = self.request.platform
        if not platform:
            return None
        own = identity(platform, self.request.user_id)
        agreed = await groups_agree(self.uow, own, self.memo)
        return agreed or await groups_spoken(self.uow, platform, self.request.user_id, self.memo)

    async def _card_spoken(self, group_buy: GroupBuy | None) -> str | None:
        """The language of the group's message a tap was on: what the button says (`od:confirm:7:en`, a
        note card's), else its group buy's card here (a 帮卖 group's own); none here (no group buy on it, or
        another group's): as this group speaks; None when nothing tells."""
        tapped = self.tapped_lang or self.command.shown_in
        if tapped:
            return tapped
        on = group_buy or await self._tapped()
        if on is None or (on.chat_id != self.request.chat_id and not on.listings):
            # `aq:1` (no group buy on it), a Join forwarded from another group: as this group speaks
            return await self._group_spoken(None)  # (rep104 #7)
        if on.chat_id != self.request.chat_id:
            return await language_in(self.uow, on, self.request.chat_id, self.memo)
        return normalize_language(await card_language(self.uow, on, self.memo))

    async def _tapped(self) -> GroupBuy | None:
        """The group buy of a tapped button (a card's, or an order's: Pay, Received, Not received), so
        the tap is answered in the language of the message it is on, even once it is used or stale; in
        a private chat, the one a refused join names (`+1 团12-K7QM`), answered as its card speaks."""
        group_buy_id = self.command.group_buy_id
        if group_buy_id is None and self.command.order_id is not None:
            order = await self.uow.orders.get(self.command.order_id)
            group_buy_id = order.group_buy_id if order is not None else None
        return None if group_buy_id is None else await self.uow.group_buys.get(group_buy_id)

    async def _guess(self) -> str | None:
        """The language of the group buy the command is about: the one named, else (none named, or one of
        another chat: a share code typed here) the chat's latest, as `+1` is answered."""
        chat_id, group_buy_id = self.request.chat_id, self.command.group_buy_id
        if group_buy_id is not None:
            named = await self.uow.group_buys.get(group_buy_id)
            if named is not None and named.chat_id == chat_id:
                return named.lang
            if named is not None and named.listings:  # 帮卖: as its card listed here speaks, if it is
                listed = await self.uow.listings.in_chat(group_buy_id, chat_id)
                if listed is not None:
                    return await listing_language(self.uow, named, listed, self.memo)
        remembered = self.memo.group_buy_language(chat_id)
        if remembered:
            return remembered
        found = await self.uow.group_buys.latest_open_in_chat(chat_id)
        if found is not None:
            return found.lang
        # a group that only lists another's (帮卖): its refusals speak as its `+1`'s answer does, as the
        # card listed here speaks (an English group's `+2` over the limit was refused in Chinese)
        listed_here = await self.uow.group_buys.latest_in_chat(chat_id)
        if listed_here is not None and listed_here.chat_id != chat_id:
            return await language_in(self.uow, listed_here, chat_id, self.memo)
        return None


async def groups_spoken(
    uow: UnitOfWork, platform: str | None, user_id: str, memo: LanguageMemo
) -> str | None:
    """The language of the groups `user_id` was last seen in: the most recent of the last
    `GROUPS_ASKED` that tells one, by its `/lang`, else as its latest group buy's card speaks there
    (rep79 #1: Ivy, all Chinese in a Chinese group with no `/lang`); None: none tells (or no `platform`
    to know her by)."""
    if not platform:
        return None
    own = identity(platform, user_id)
    for chat in await uow.chat_names.of_member(own, limit=GROUPS_ASKED):
        setting = await chat_setting(uow, chat.chat_id, memo)
        if setting:
            return setting
        latest = await uow.group_buys.latest_in_chat(chat.chat_id)
        if latest is not None:
            spoken = normalize_language(await language_in(uow, latest, chat.chat_id, memo))
            if spoken:
                return spoken
    return None


async def groups_agree(uow: UnitOfWork, own: str, memo: LanguageMemo) -> str | None:
    """The language the groups member `own` was last seen in (the last `GROUPS_ASKED`) speak, each by its
    `/lang`, else as its latest group buy's card speaks there, when those that tell one all tell the same;
    None when none tells or they disagree (a Chinese group and an English one)."""
    spoken: set[str] = set()
    for chat in await uow.chat_names.of_member(own, limit=GROUPS_ASKED):
        setting = await chat_setting(uow, chat.chat_id, memo)
        if not setting:
            latest = await uow.group_buys.latest_in_chat(chat.chat_id)
            if latest is not None:
                setting = normalize_language(await language_in(uow, latest, chat.chat_id, memo))
        if setting:
            spoken.add(setting)
    return spoken.pop() if len(spoken) == 1 else None


async def chat_setting(uow: UnitOfWork, chat_id: str, memo: LanguageMemo) -> str | None:
    """The chat's `/lang` setting (None: none), as the memo knows it (with several workers: as every
    worker does, handlers.memo), else from the database."""
    known, language = await memo.recall(chat_id)
    if not known:
        language = normalize_language(await uow.chats.language(chat_id))
        await memo.learned(chat_id, language)
    return language


async def card_language(uow: UnitOfWork, group_buy: GroupBuy, memo: LanguageMemo) -> str:
    """A card (and what is sent about a group buy to its buyers) speaks the chat's language, else the
    language the group buy was opened in."""
    return await chat_setting(uow, group_buy.chat_id, memo) or group_buy.lang


async def listing_language(uow: UnitOfWork, group_buy: GroupBuy, listing: Listing, memo: LanguageMemo) -> str:
    """帮卖: the card in a chat that lists the group buy (and what that chat is told about it) speaks the
    chat's language, else the language its help-seller listed it in, else the group buy's."""
    setting = await chat_setting(uow, listing.chat_id, memo)
    return setting or normalize_language(listing.lang) or group_buy.lang


async def language_in(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str, memo: LanguageMemo) -> str:
    """The language of `group_buy`'s card and announcements in `chat_id`: its own chat's (`card_language`)
    or, in a chat that lists it, that listing's (`listing_language`)."""
    if chat_id != group_buy.chat_id and group_buy.listings and group_buy.id is not None:
        listing = await uow.listings.in_chat(group_buy.id, chat_id)
        if listing is not None:
            return await listing_language(uow, group_buy, listing, memo)
    return await chat_setting(uow, chat_id, memo) or group_buy.lang
