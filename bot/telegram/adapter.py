"""The Telegram adapter's core: an update through the ChatApp, its replies out through the outbox.

The routers (bot/telegram/routers/) call one method per kind of update. A chat's updates are handled one
at a time, in the order they came (so answers keep their order): a lock per chat in the shared state, so
with Redis one at a time across bot processes too. A tap is answered as soon as the ChatApp has answered
it, never behind queued sends. An update Telegram delivers twice changes nothing the second
time (the ChatApp keys on its id) and its answer is not posted again (`TelegramStore.first_delivery`);
a tap delivered twice is answered once (`_once`: Telegram refuses a second answer, QUERY_ID_INVALID).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramMigrateToChat
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import (
    CallbackQuery,
    ChatMemberUpdated,
    Message,
    MessageReactionUpdated,
    PreCheckoutQuery,
    ReactionTypeEmoji,
    ReactionTypeUnion,
)

from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Outbox, Outgoing, is_group, split_text
from bot.telegram.render import destination
from bot.telegram.translate import (
    PLATFORM,
    NameBook,
    callback_chat,
    callback_request,
    chat_kind,
    display_name,
    message_request,
    reaction_request,
)
from bot.waits import within
from commerce.domain.outbox import OutboxItem
from commerce.state import Json, KeyValues, SharedState
from handlers import outbox
from handlers.app import ChatApp
from handlers.buttons import NoteAction, NoteButton
from handlers.cards import ABOUT, NOTE_ROUND
from handlers.edited import edited_notice
from handlers.fit import TOAST_LIMIT, clip, units
from handlers.notes import note_of
from handlers.parsing.commands import parse_button, parse_text
from handlers.referrals import share_message
from handlers.registry import VOCABULARY
from handlers.sharing import private_share_link_payload, share_link_payload, share_refused
from handlers.texts import normalize_language, t
from handlers.types import TELLS_GROUP, ChatKind, Reaction, Reply, Request
from storage.state_memory import MemorySharedState

log = logging.getLogger(__name__)

SHARE_WAIT_SECONDS = 10.0
MAX_MENTIONS = 50  # Telegram takes up to 100 entities a message
PAY_WAIT_SECONDS = 5.0  # a Pay tap's answer waits so long to learn whether the invoice arrived
_OUTSIDE = frozenset({"left", "kicked"})  # a `chat_member` status outside the group
# Commands anyone may give: no `getChatMember` for them (any other command asks, new ones included).
NEVER_ADMIN = frozenset(
    {
        "join",
        "leave",
        "status",
        "list",
        "help",
        "orders",
        "pay",
        "start",
        "unknown",
        "invalid",
        "hint",
        "stale",
        "note",
        "like",
        "unlike",
        "like_tap",
        "comment",
        "search",
        "top",
    }
)
PRE_CHECKOUT_SECONDS = 8.0  # Telegram gives 10 s


class Delivered(Protocol):
    async def first_delivery(self, update_key: str) -> bool: ...


CHAT_TURN_SECONDS = 15.0
ANSWERED_SECONDS = 3600.0  # how long a tap's answer is remembered (a repeat of it is not answered)
GROUP_TOLD_WAIT_SECONDS = 10.0  # a close summary waits this long for its group's announcement to go
OUT_KEEP_SECONDS = 90 * 86_400.0  # how long a group the bot was removed from is remembered as such
MOVED_KEEP_SECONDS = 90 * 86_400.0  # how long a group's upgrade (old id -> new id) is remembered
# How long this process trusts what it read of a group's state (the bot out of it, its upgrade): a
# group's sends read it once in that time, not once each. What this process marks or clears itself it
# knows at once; another process's mark is seen within this time (a send meanwhile meets Telegram's
# answer and is handled as before).
GROUP_STATE_SECONDS = 3.0
GROUP_STATES_KEPT = 10_000  # groups whose state this process remembers (then it forgets them all)


class NotTogether(Exception):
    """Updates handled together did not all go through (`TelegramAdapter.on_messages_together`)."""


class TelegramAdapter:
    def __init__(
        self,
        *,
        app: ChatApp,
        bot: Bot,
        outbox: Outbox,
        delivered: Delivered,
        admins: AdminCache,
        bot_username: str,
        default_language: str = "zh",
        names: NameBook | None = None,
        state: SharedState | None = None,
        groups: KeyValues | None = None,
    ) -> None:
        self.app = app
        self.bot = bot
        self.outbox = outbox
        self.delivered = delivered
        self.admins = admins
        app.chat_admins = admins  # `/flags` in private: the groups Telegram says the member administers
        self.bot_username = bot_username
        self.default_language = default_language
        # Per-chat locks (and, when shared, the names): asyncio locks in memory, one Redis lock per chat
        # when several processes share the chats.
        self.state = state or MemorySharedState()
        self.names = names or NameBook(self.state.values if self.state.shared else None)
        # What is known of a group (the bot out of it, its upgrade): the shared state's values, or, for
        # several workers without Redis, the database's (bot/telegram/run.py `group_values`).
        self.groups: KeyValues = groups if groups is not None else self.state.values
        outbox.group_gone = self.group_gone  # a send refused as by a group without the bot: marked out
        outbox.chat_migrated = self.chat_migrated  # a send answered with the group's new id: moved
        outbox.group_state = self.before_group_send  # an upgrade another process met: sent there at once
        self._groups: dict[str, tuple[float, Json | None]] = {}  # group -> (read at, out since)
        admins.chat_migrated = self.met_upgrade  # so an admin check: moved, and asked at the new id

    async def _with_admin(self, request: Request) -> Request:
        """The request with `is_admin` set: asked of Telegram only for a group command that may need it.
        A group upgraded to a supergroup (the check met its new id, or a send did before): the request
        is the new chat's, where its group buys moved."""
        ask = request.chat_kind is ChatKind.GROUP and self._may_need_admin(request)
        is_admin = await self.admins.is_admin(request.chat_id, request.user_id, ask=ask)
        chat = self.outbox.migrated.get(request.chat_id, request.chat_id)
        if is_admin == request.is_admin and chat == request.chat_id:
            return request
        return replace(request, is_admin=is_admin, chat_id=chat)

    async def _handled(self, request: Request) -> tuple[Request, list[Reply]]:
        """The request handled in its chat's turn (admin checked), its replies delivered unless queued;
        a group found upgraded to a supergroup by the check is handled in the new chat's turn."""
        async with self._lock(request.chat_id):
            checked = await self._with_admin(request)
            if checked.chat_id == request.chat_id:
                return checked, await self._answered(checked)
        async with self._lock(checked.chat_id):
            return checked, await self._answered(checked)

    async def _answered(self, request: Request) -> list[Reply]:
        replies = list(await self.app.handle(request))
        if not self.app.queues:
            await self.deliver(replies, request=request)
        return replies

    def _may_need_admin(self, request: Request) -> bool:
        """Whether the ChatApp may check `is_admin` for this (parsing is cheap and touches no storage)."""
        if request.button is not None:
            command = parse_button(request.button)
        else:
            command = parse_text(request.text, vocabulary=VOCABULARY, bot_username=self.bot_username)
        return command is not None and command.name not in NEVER_ADMIN

    def _lock(self, chat_id: str) -> AbstractAsyncContextManager[None]:
        """The chat's turn; its lease is short, so a worker killed while holding it holds up the chat's
        next update (Telegram sends it again) for seconds, not a minute. A turn that outlives it (a slow
        close) may overlap the next one: the database's guards still hold, only the answers' order may not."""
        return self.state.locks.lock(f"telegram:chat:{chat_id}", lease=CHAT_TURN_SECONDS)

    def _language(self, code: str | None) -> str:
        return normalize_language(code) or self.default_language

    # -- messages and taps -----------------------------------------------------------------------------
    async def on_message(self, message: Message, *, update_id: int) -> None:
        """A member wrote in a group or in private (`/start <payload>` included). A forwarded message is
        someone else's words, never its forwarder's command (a forwarded `+1` joins nobody): not read."""
        await self._learn_names(message)
        if message.forward_origin is not None or message.is_automatic_forward:
            return
        request = message_request(message, update_id=update_id, names=self.names)
        if request is None:
            return
        if request.chat_kind is ChatKind.PRIVATE:  # she wrote to the bot: it may write to her now
            self.outbox.refused.discard(request.user_id)
        await self._handled(request)

    async def on_messages_together(self, messages: Sequence[tuple[Message, int]]) -> None:
        """Members' plain `+N`s of one group that the poller had queued together (bot/telegram/polling.py),
        each read as `on_message` reads it, handled in their order in one turn of the chat, so the ChatApp
        answers them in one batch pass (`ChatApp.handle_together`, handlers.rush). Raises `NotTogether`
        when any of them failed (or the chat moved): the poller then handles each on its own, which the
        update claims make safe for those that went through."""
        requests: list[Request] = []
        for message, update_id in messages:
            await self._learn_names(message)
            if message.forward_origin is not None or message.is_automatic_forward:
                continue
            request = message_request(message, update_id=update_id, names=self.names)
            if request is not None:
                requests.append(request)
        if not requests:
            return
        chat_id = requests[0].chat_id
        async with self._lock(chat_id):
            checked = [await self._with_admin(request) for request in requests]
            if any(request.chat_id != chat_id for request in checked):
                raise NotTogether(f"chat {chat_id} moved")  # upgraded to a supergroup: each on its own
            answers = await self.app.handle_together(checked)
        failed = next((answer for answer in answers if isinstance(answer, BaseException)), None)
        if not self.app.queues:
            for request, answer in zip(checked, answers, strict=True):
                if not isinstance(answer, BaseException):
                    await self.deliver(answer, request=request)
        if failed is not None:
            raise NotTogether(f"{type(failed).__name__}: {failed}") from failed

    async def on_edited(self, message: Message) -> None:
        """A member edited a message (`edited_message`): never read as a command (its first reading
        counted). One edited into a command that would change something tells its author, once per
        message, that edits are not read and what to send instead (handlers/edited.py)."""
        user = message.from_user
        kind = chat_kind(message.chat)
        text = message.text or message.caption or ""
        if user is None or user.is_bot or kind is None or not text or message.forward_origin is not None:
            return
        chat = str(message.chat.id)
        lang = await self.app.chat_language(chat) if kind is ChatKind.GROUP else None
        notice = edited_notice(
            text,
            name=display_name(user),
            lang=lang or self._language(user.language_code),
            bot_username=self.bot_username,
            private=kind is ChatKind.PRIVATE,
        )
        if notice is None or not await self.delivered.first_delivery(
            f"telegram:edited:{chat}:{message.message_id}"
        ):
            return
        _ = self.outbox.send(Outgoing(chat_id=chat, text=notice, reply_to=str(message.message_id)))

    async def on_member_left(self, message: Message) -> None:
        """A member left the group or was removed from it (Telegram's service message): no longer its
        member (`ChatApp.left`: the group's `排行` does not name them). A bot's leaving changes nothing."""
        gone = message.left_chat_member
        if gone is None or gone.is_bot or chat_kind(message.chat) is not ChatKind.GROUP:
            return
        await self.app.left(PLATFORM, str(message.chat.id), [str(gone.id)])

    async def on_migrated(self, message: Message) -> None:
        """A basic group became a supergroup (Telegram's service messages: `migrate_to_chat_id` in the old
        chat, `migrate_from_chat_id` in the new one; either may come first, or alone): its group buys,
        orders, members and settings move to the new chat id (`ChatApp.moved`, once: the other notice
        finds nothing left to move), and the cards of those open that show none there yet are posted
        there, the old chat's messages being out of reach."""
        if message.migrate_to_chat_id is not None:
            old, new = str(message.chat.id), str(message.migrate_to_chat_id)
        elif message.migrate_from_chat_id is not None:
            old, new = str(message.migrate_from_chat_id), str(message.chat.id)
        else:
            return
        self.outbox.migrated[old] = new  # what is sent to the old id from now on goes to the new one
        await self.chat_migrated(old, new)

    async def met_upgrade(self, old: str, new: str) -> None:
        """A call to group `old` other than a send (an admin check, a reaction) met Telegram's answer
        that it is supergroup `new` now (400 `migrate_to_chat_id`): sends go there from now on and the
        chat moves, as the service message moves it (the first time: one WARNING line; once known,
        nothing more)."""
        if self.outbox.migrated.get(old) == new:
            return
        log.warning("group %s was upgraded to a supergroup, now chat %s: its messages go there", old, new)
        self.outbox.migrated[old] = new
        await self.chat_migrated(old, new)

    async def chat_migrated(self, old: str, new: str) -> None:
        """Group `old` is chat `new` now (a service message said so, or Telegram answered a send to `old`
        with its new id: `Outbox.chat_migrated`): everything kept under `old` moves to `new`
        (`ChatApp.moved`, once: a second notice finds nothing left to move, in any worker), the forum
        topics they were opened in with them (`CardMap.move_threads`), and the cards of the group buys
        open there that show none there yet are posted there, each in its topic. The move is kept in
        the shared state first (`group_state`), so every process sends to `new` from now on; then what
        the shared state keeps under `old` (a question asked there, the group's rate windows) is kept
        under `new` (`SharedState.move_chat`: Redis, or this process's memory), as the database's
        `shared_values` are in the chat's move."""
        self.outbox.migrated[old] = new
        self._groups.pop(old, None)
        try:
            await self.groups.set(_moved_key(old), new, ttl=MOVED_KEEP_SECONDS)
        except Exception as exc:  # the others then meet Telegram's answer once each, as before
            log.warning("could not keep group %s's move to chat %s in the shared state: %s", old, new, exc)
        try:  # the topics its group buys were opened in: theirs in the new chat (`Outbox.topic`)
            await self.outbox.cards.move_threads(old, new)
        except Exception:  # read at the old id meanwhile, by this process
            log.exception("could not move the forum topics of group %s to chat %s", old, new)
        async with self._lock(new):
            for card in await self.app.moved(old, new):
                if await self.outbox.cards.get(new, card) is None:  # not shown there yet
                    _ = self.outbox.card(new, card)
        try:  # the shared state's keys of the old id (a question asked there, its rate windows): the new's
            await self.state.move_chat(old, new)
        except Exception as exc:  # kept under the old id, read by nobody: they expire on their own
            log.warning("could not move group %s's shared state to chat %s: %s", old, new, exc)

    async def on_member_changed(self, changed: ChatMemberUpdated) -> None:
        """A member's status in the group changed (`chat_member`, sent to a bot that is an admin of the
        group, when asked): to `left` or `kicked` from any status inside the group, he is its member no
        longer, as with the service message, which Telegram leaves out in large groups. Anything else
        (joined, promoted, restricted) changes nothing here."""
        gone = changed.new_chat_member.user
        inside = changed.old_chat_member.status not in _OUTSIDE
        if gone.is_bot or chat_kind(changed.chat) is not ChatKind.GROUP:
            return
        if inside and changed.new_chat_member.status in _OUTSIDE:
            await self.app.left(PLATFORM, str(changed.chat.id), [str(gone.id)])

    async def on_bot_changed(self, changed: ChatMemberUpdated) -> None:
        """The bot's own status in a group changed (`my_chat_member`). Removed (to `left` or `kicked`):
        each organiser with a group buy still open there is told privately which ones and how to go on
        (`ChatApp.bot_removed`), and the group is marked out (`is_out`: a close summary says it was not
        told). Added back: one short line in the group, in its language, naming the group buys still open
        there and those that ended while it was out, their cards (final or open) posted anew below it, and
        each organiser of one that ended told privately (`ChatApp.back_in`; a first add, to a group that
        never had a group buy, says nothing). Each once: a repeated update is claimed already."""
        if chat_kind(changed.chat) is not ChatKind.GROUP:
            return
        chat = str(changed.chat.id)
        was_in = changed.old_chat_member.status not in _OUTSIDE
        is_in = changed.new_chat_member.status not in _OUTSIDE
        if was_in == is_in:
            return  # promoted, restricted: still in
        moment = int(changed.date.timestamp())
        if not await self.delivered.first_delivery(f"telegram:bot-in:{chat}:{moment}:{is_in}"):
            return
        if not is_in:
            await self._mark_out(chat, self.app.clock.now())
            return
        since = await self._back_in(chat)
        async with self._lock(chat):
            if since is not None:  # what it missed while out: the closes, their final cards, organisers told
                await self.deliver(await self.app.back_in(chat, since=since))
                return
            line, cards = await self.app.bot_back(chat)
            if line is None:
                return
            _ = self.outbox.send(Outgoing(chat_id=chat, text=line.text, language=line.language))
            for card in cards:
                _ = self.outbox.card(chat, card, new=True)

    async def _mark_out(self, chat: str, since: datetime) -> None:
        """The bot is out of the group since `since`: marked (`is_out`: its sends are skipped, a close
        summary says it was not told), and each organiser with a group buy open there told privately,
        once (`ChatApp.bot_removed`): a group marked out already (a refused send found it first, or
        `my_chat_member` did) is left as it is."""
        marked = since.isoformat()
        first = await self.groups.set_if_absent(_out_key(chat), marked, ttl=OUT_KEEP_SECONDS)
        if not first:
            self._groups.pop(chat, None)  # marked by another process: read again when asked
            return
        self._remember(chat, marked)
        replies = await self.app.bot_removed(chat)
        if replies and not self.app.queues:
            await self.deliver(replies)

    async def group_gone(self, chat: str, about: int | None) -> None:
        """Telegram refused a send to the group as it refuses one that no longer has the bot (a 403 "bot was
        kicked from the group chat", "bot is not a member of the supergroup chat", "the group chat was
        deleted": `GroupGone`), with no `my_chat_member` seen (missed, or not sent): the group is marked out
        as that update marks it. Out since now, or since the close of the group buy the refused message
        was about (`about`: its close announcement or final card), so that close is posted when the bot
        is back (`ChatApp.back_in`)."""
        if not is_group(chat):
            return
        since = self.app.clock.now()
        if about is not None:
            closed_at = await self.app.closed_at(about)
            if closed_at is not None:
                since = min(since, closed_at)
        log.warning("group %s no longer has the bot (a send was refused): marked out until it is back", chat)
        await self._mark_out(chat, since)

    async def _group_heard(self, reply: Reply) -> None:
        """Before a close summary says the group was told (`TELLS_GROUP`): what was queued for that group
        before it (the close's announcement and card) went, or was refused (a group without the bot is
        then marked out, and the summary says so), waited for up to `GROUP_TOLD_WAIT_SECONDS`."""
        told = reply.extra.get(TELLS_GROUP)
        waiting = None if not told else self.outbox.settled(told.partition(":")[2])
        if waiting is None:
            return
        try:
            await within(asyncio.shield(waiting), GROUP_TOLD_WAIT_SECONDS)
        except Exception:  # still queued (a 429), or the Bot API unreachable: nothing refused it yet
            return

    async def _skipped(self, chat: str) -> bool:
        """Whether a message or card for this chat goes nowhere: a group the bot is out of (`is_out`), where
        Telegram would refuse it."""
        if not await self.is_out(chat):
            return False
        log.info("group %s is one the bot is out of: a message for it is not sent", chat)
        return True

    async def is_out(self, chat: str) -> bool:
        """Whether the bot was removed from the group and not added back (`my_chat_member`)."""
        return is_group(chat) and await self.group_state(chat) is not None

    async def before_group_send(self, chat: str) -> None:
        """The outbox is about to call Telegram for the group: a basic group (the only kind that can be
        upgraded to a supergroup, at a new id) is read fresh, so an upgrade another process met sends
        this message to the new id, with no call to the old one; a supergroup's state as cached."""
        await self.group_state(chat, fresh=_basic_group(chat))

    async def group_state(self, chat: str, *, fresh: bool = False) -> Json | None:
        """Since when the bot is out of the group (None: it is in), read of the shared state at most once
        in `GROUP_STATE_SECONDS` unless `fresh` (one read for both: the bot out, the group upgraded); a
        group another process found upgraded to a supergroup is learnt here (`Outbox.migrated`: its sends
        go to the new id) and the new chat's state is given."""
        chat = self.outbox.migrated.get(chat, chat)
        now = time.monotonic()
        known = self._groups.get(chat)
        if known is not None and now - known[0] < GROUP_STATE_SECONDS and not fresh:
            return known[1]
        try:
            out, moved = await self.groups.get_many([_out_key(chat), _moved_key(chat)])
        except Exception as exc:  # the database (no Redis) not answering: Telegram's answer says it
            log.warning(
                "could not read the state of group %s (%s): what was last read of it stands", chat, exc
            )
            return None if known is None else known[1]
        if isinstance(moved, str) and moved and moved != chat and moved not in self.outbox.migrated:
            self.outbox.migrated[chat] = moved  # met by another process: sent there from now on
            return await self.group_state(moved)
        self._remember(chat, out, now)
        return out

    def _remember(self, chat: str, out: Json | None, at: float | None = None) -> None:
        if len(self._groups) >= GROUP_STATES_KEPT:
            self._groups.clear()
        self._groups[chat] = (time.monotonic() if at is None else at, out)

    async def _back_in(self, chat: str) -> datetime | None:
        """The group takes the bot again: since when it was out (None: not marked out), unmarked."""
        since = await self.groups.get(_out_key(chat))
        self._remember(chat, None)  # in from now on, as this process knows at once
        if since is None:
            return None
        await self.groups.delete(_out_key(chat))
        try:
            return datetime.fromisoformat(str(since))
        except ValueError:
            return self.app.clock.now()

    async def on_callback(self, query: CallbackQuery) -> None:
        """A button tap, answered with the reply's toast."""
        answer = await self.tap_answer(query)
        if answer is not None:
            await self._call_answer(answer)

    async def tap_answer(self, query: CallbackQuery) -> AnswerCallbackQuery | None:
        """Handle a button tap; the answer (its toast) to give Telegram, None when this tap was answered
        already (Telegram delivered it again: a second answer is refused, QUERY_ID_INVALID). The router
        returns it: on a webhook it rides in the HTTP answer to Telegram's POST (no call of its own),
        and when polling aiogram calls it at once."""
        request = callback_request(query)
        if request is None:
            return await self._once(self._callback_answer(query.id, None))
        await self.names.remember(query.from_user)
        watched = self.outbox.watch(request.user_id)  # a Pay tap's invoice: does it arrive?
        try:
            request, replies = await self._handled(request)
            told = next((reply for reply in replies if reply.toast), None)
            if told is not None and await self._invoice_refused(replies, request.user_id, watched):
                alert = t(self._language(told.language), "tg_pay_start_me_alert", bot=self.bot_username)
                return await self._once(self._callback_answer(query.id, alert, alert=True))
        finally:
            self.outbox.unwatch(request.user_id, watched)
        return await self._once(self._callback_answer(query.id, None if told is None else told.toast))

    async def _invoice_refused(
        self, replies: Sequence[Reply], user_id: str, watched: asyncio.Future[bool]
    ) -> bool:
        """Whether a tap's invoice (Pay) cannot reach the member: a refusal seen before, or its own now
        (waited for as Share's link is; still queued after that: it will arrive)."""
        if not any(r.invoice is not None and r.private_to == user_id for r in replies):
            return False
        if user_id in self.outbox.refused:
            return True
        try:
            return not await within(asyncio.shield(watched), PAY_WAIT_SECONDS)
        except Exception:  # still queued, or the Bot API unreachable: nothing refused it
            return False

    async def _once(self, answer: AnswerCallbackQuery) -> AnswerCallbackQuery | None:
        """The answer, unless its tap was answered already (the shared state keeps which were, an hour:
        Telegram takes an answer within seconds); a shared state that cannot say lets it go."""
        key = f"telegram:answered:{answer.callback_query_id}"
        try:
            first = await self.state.values.set_if_absent(key, True, ttl=ANSWERED_SECONDS)
        except Exception as exc:
            log.info("could not tell whether tap %s was answered (%s)", answer.callback_query_id, exc)
            return answer
        if not first:
            log.info("tap %s was delivered again: it is not answered twice", answer.callback_query_id)
            return None
        return answer

    async def on_reaction(self, reaction: MessageReactionUpdated, *, update_id: int) -> None:
        """A reaction put on or taken off a message: on a note card, a like or its taking back (any
        emoji; one swapped for another changes nothing). Telegram sends these only to a bot that is an
        admin of the group, and only when asked (`message_reaction` in allowed_updates: the router's
        handler makes the dispatcher ask)."""
        had, has = bool(reaction.old_reaction), bool(reaction.new_reaction)
        if had == has:
            return
        card = await self.outbox.cards.card_at(str(reaction.chat.id), reaction.message_id)
        note_id = None if card is None else note_of(card)
        if note_id is None:  # a reaction on anything but a note's live card
            return
        data = NoteButton(NoteAction.REACT if has else NoteAction.UNREACT, note_id).pack()
        request = reaction_request(reaction, update_id=update_id, data=data)
        if request is None or reaction.user is None:
            return
        await self.names.remember(reaction.user)
        async with self._lock(request.chat_id):
            replies = await self.app.handle(request)
            if not self.app.queues:
                await self.deliver(replies, request=request)

    async def on_share(self, query: CallbackQuery, group_buy_id: int, signature: str | None = None) -> None:
        """Share: the member gets their own signed link in private; if Telegram forbids it, an alert says
        how. Only the Share button of the group buy's card in its chat, or of a listing's card (帮卖: that
        group's link), or of the copy a link or code opened in her private chat (`signature`: signed for
        her; the listing's link when the copy was that listing's) gives a link."""
        user_id = str(query.from_user.id)
        await self.names.remember(query.from_user)
        lang = self._language(query.from_user.language_code)
        chat = callback_chat(query)
        shared_from = "" if chat is None else str(chat.id)
        payload = None
        if signature is not None:  # her private copy's Share
            found = await private_share_link_payload(
                self.app.uow_factory,
                secret=self.app.config.payment_secret,
                group_buy_id=group_buy_id,
                sharer_id=user_id,
                signature=signature,
            )
            if found is not None:
                payload, shared_from = found
        elif chat is not None:
            payload = await share_link_payload(
                self.app.uow_factory,
                secret=self.app.config.payment_secret,
                group_buy_id=group_buy_id,
                chat_id=str(chat.id),
                sharer_id=user_id,
            )
        if payload is None:  # not this chat's group buy: as stale as a button of one that is gone
            await self._answer_callback(query.id, t(lang, "button_stale"))
            return
        refused = await share_refused(self.app.uow_factory, group_buy_id, lang)
        if refused is not None:  # closed (a stale keyboard), or sold out: no link a friend could buy with
            await self._answer_callback(query.id, refused)
            return
        if not await self.delivered.first_delivery(f"telegram:share:{query.id}"):
            await self._answer_callback(query.id, t(lang, "tg_share_sent"))  # a repeat: sent already
            return
        link = f"https://t.me/{self.bot_username}?start={payload}"
        text = await share_message(  # what typed /share says: the product, her code, how, the rate
            self.app.uow_factory,
            secret=self.app.config.payment_secret,
            group_buy_id=group_buy_id,
            chat_id=shared_from,
            sharer_id=user_id,
            link=link,
            lang=lang,
            now=self.app.clock.now(),
        )
        text = text or t(lang, "tg_share_link", id=group_buy_id, link=link)
        sent = self.outbox.send(Outgoing(chat_id=user_id, text=text, language=lang))
        try:
            delivered = await within(asyncio.shield(sent), SHARE_WAIT_SECONDS)
        except TimeoutError:
            delivered = True  # still queued: it will arrive
        if delivered:
            await self._answer_callback(query.id, t(lang, "tg_share_sent"))
        else:
            await self._answer_callback(
                query.id, t(lang, "tg_start_me_alert", bot=self.bot_username), alert=True
            )

    @staticmethod
    def _callback_answer(query_id: str, toast: str | None, *, alert: bool = False) -> AnswerCallbackQuery:
        text = None if toast is None else clip(toast, TOAST_LIMIT)  # Telegram takes 200 at most
        return AnswerCallbackQuery(callback_query_id=query_id, text=text, show_alert=alert)

    async def _answer_callback(self, query_id: str, toast: str | None, *, alert: bool = False) -> None:
        answer = await self._once(self._callback_answer(query_id, toast, alert=alert))
        if answer is not None:
            await self._call_answer(answer)

    async def _call_answer(self, answer: AnswerCallbackQuery) -> None:
        """Answer a tap (not rate-limited, never queued); a repeat's answer may be refused: no matter."""
        try:
            await self.bot(answer)
        except Exception as exc:
            log.info("answerCallbackQuery %s: %s", answer.callback_query_id, exc)

    # -- payments ----------------------------------------------------------------------------------------
    async def on_pre_checkout(self, query: PreCheckoutQuery) -> None:
        """Answer within Telegram's 10 s: ok only if the checkout says so; else its reason."""
        lang = self._language(query.from_user.language_code)
        try:
            async with asyncio.timeout(PRE_CHECKOUT_SECONDS):
                reason = await self.app.checkout.pre_checkout(
                    user_id=str(query.from_user.id),
                    payload=query.invoice_payload,
                    currency=query.currency,
                    total_amount=query.total_amount,
                    language=query.from_user.language_code,
                )
        except Exception:
            log.exception("pre-checkout %s failed", query.id)
            reason = t(lang, "unexpected_error")
        await self.bot.answer_pre_checkout_query(
            pre_checkout_query_id=query.id, ok=reason is None, error_message=reason
        )

    async def on_payment(self, message: Message, *, update_id: int) -> None:
        """A successful payment: recorded once (keyed on Telegram's charge id), then the replies."""
        payment = message.successful_payment
        await self._learn_names(message)
        request = message_request(message, update_id=update_id, names=self.names)
        if payment is None or request is None:
            return
        async with self._lock(request.chat_id):
            replies = await self.app.checkout.payment_succeeded(
                request,
                payload=payment.invoice_payload,
                currency=payment.currency,
                total_amount=payment.total_amount,
                charge_id=payment.telegram_payment_charge_id,
                provider_charge_id=payment.provider_payment_charge_id,
            )
            key = f"telegram:payment:{payment.telegram_payment_charge_id}"
            if not self.app.queues:
                await self.deliver(replies, request=request, key=key)

    # -- replies -----------------------------------------------------------------------------------------
    async def deliver(
        self, replies: Sequence[Reply], *, request: Request | None = None, key: str | None = None
    ) -> None:
        """Queue the replies: cards refreshed always (idempotent), messages only on the first delivery."""
        if not replies:
            return
        if key is None and request is not None and request.update_id is not None:
            key = f"{request.platform}:{request.chat_id}:{request.update_id}"
        messages = [r for r in replies if r.card_of is None and _says_something(r)]
        first = not messages or key is None or await self.delivered.first_delivery(key)
        if not first:
            log.info("update %s was delivered again: its answer is not sent twice", key)
        group = _group_of(replies, request)
        notes = outbox.announced(replies)  # "sent you the answer privately": once the answer arrived
        carried = set(notes.values())
        for n, reply in enumerate(replies):  # in the handler's order: "Group buy #3 is open", then its card
            await self._group_heard(reply)
            reply = await self.app.told_truly(reply, self.is_out, self.default_language)  # 群里已通知?
            if reply.card_of is not None:
                chat = reply.chat_id or (request.chat_id if request is not None else None)
                if chat is not None and not await self._skipped(chat):
                    await self._opened_in_topic(reply, chat, request)
                    _ = self.outbox.card(chat, reply.card_of, new=reply.new_card, refresh=reply.refresh)
            elif first and _says_something(reply) and n not in carried:
                chat = destination(reply, request)
                if chat is None:
                    log.warning("a reply without a chat was dropped: %.60r", reply.text)
                    continue
                if await self._skipped(chat):
                    continue
                instead = _reaction_instead(reply, chat)
                if instead is not None and await self.react(chat, instead, refused_says=True):
                    continue  # a typed `+1` in a group: 👌 on it, the card's edit says the rest
                note = replies[notes[n]] if n in notes else None
                told = None if note is None else await self._told(note, destination(note, request), request)
                self._send(
                    reply,
                    chat,
                    group,
                    told=told,
                    thread=await self._thread(reply, chat, request),
                    group_thread=None if group is None else await self._thread(reply, group, request),
                    reply_to=_replied(reply, chat, request),
                )
            if reply.reaction is not None:  # a typed like's 👍 on the member's message
                chat = destination(reply, request)
                if chat is not None:
                    await self.react(chat, reply.reaction)

    async def _thread(self, reply: Reply, chat: str, request: Request | None) -> int | None:
        """The forum topic a group message goes to: for a message about a group buy (its close, a
        reminder: `ABOUT`), the topic it was opened in; else the one the member wrote (or tapped) in, for
        an answer in that chat; None: the chat's General (or a group without topics)."""
        if not is_group(chat):
            return None
        about = reply.extra.get(ABOUT)
        opened_in = None if not about else await self.outbox.topic(chat, int(about))  # upgraded: new id's
        if opened_in is not None:
            return opened_in
        if request is not None and request.thread_id and self._same_chat(request.chat_id, chat):
            return int(request.thread_id)
        return None

    def _same_chat(self, one: str, other: str) -> bool:
        """Whether the two ids are one chat: the same, or a group and the supergroup it became."""
        migrated = self.outbox.migrated
        return migrated.get(one, one) == migrated.get(other, other)

    async def _opened_in_topic(self, reply: Reply, chat: str, request: Request | None) -> None:
        """A card first posted in answer to a member belongs to the topic she wrote in (0: General): its
        later copies, close notice and reminders go there (`telegram_topics`, kept as first set, so a
        `进度` typed in another topic later does not move it)."""
        if reply.card_of is None or not reply.new_card or request is None:
            return
        if is_group(chat) and self._same_chat(request.chat_id, chat):  # an upgraded group: at its new id
            chat = self.outbox.migrated.get(chat, chat)
            await self.outbox.cards.set_thread(chat, reply.card_of, int(request.thread_id or 0))

    def _send(
        self,
        reply: Reply,
        chat: str,
        group: str | None,
        *,
        told: Outgoing | None = None,
        thread: int | None = None,
        group_thread: int | None = None,
        reply_to: str | None = None,
    ) -> list[asyncio.Future[bool]]:
        """Queue one message reply (in parts past 4096 characters, an invoice after its text). `told`:
        the group's note that it went privately, sent once its last part was delivered (refused: the
        group is asked to let the bot write to the member instead, by the outbox)."""
        user = reply.private_to
        name = (self.names.name(user) if user else None) or ""
        base = Outgoing(
            chat_id=chat,
            language=reply.language,
            note_round=reply.extra.get(NOTE_ROUND),  # a close: a refusal is named at each close
            thread=thread,
            group_thread=group_thread,
            reply_to=reply_to,
            group_chat=None if told is not None else group,  # refused: `told`'s group hears it, once
            user_id=user,
            name=name,
            about=int(about) if (about := reply.extra.get(ABOUT, "")).isdigit() else None,
        )
        parts: list[Outgoing] = []
        if reply.document is not None:  # one message: the file, its text as the caption
            parts.append(replace(base, text=reply.text, document=reply.document))
        else:
            if reply.text:
                *first, last = split_text(reply.text)
                parts.extend(replace(base, text=part, mentions=self._mentions(reply, part)) for part in first)
                parts.append(
                    replace(base, text=last, buttons=reply.buttons, mentions=self._mentions(reply, last))
                )
            if reply.invoice is not None:
                parts.append(replace(base, invoice=reply.invoice))
        if told is not None and parts:
            parts[-1] = replace(parts[-1], told=told)
        return [self.outbox.send(part) for part in parts]

    def _mentions(self, reply: Reply, text: str) -> tuple[tuple[int, int, str, str], ...]:
        """The members a group message names (`Reply.mention`: 催款's debtors), each at the first place
        the text shows their name, as Telegram counts (UTF-16 units), so Telegram notifies them."""
        if reply.private_to is not None or not reply.mention:
            return ()
        found = []
        for user in reply.mention[:MAX_MENTIONS]:
            name = self.names.name(user)
            at = text.find(name) if name else -1
            if name and at >= 0:
                found.append((units(text[:at]), units(name), user, name))
        return tuple(found)

    async def _told(self, note: Reply, chat: str | None, request: Request | None) -> Outgoing | None:
        """The group's note that a private message went (`Reply.says_sent_to`), as the outbox sends it
        (in the topic the member asked in)."""
        if chat is None:
            return None
        thread = await self._thread(note, chat, request)
        return Outgoing(chat_id=chat, text=note.text, language=note.language, thread=thread)

    async def send_row(self, item: OutboxItem) -> None:
        """The outbox relay's sink: queue one row's reply, then wait until Telegram took it (a refusal
        that cannot change, such as a member who never started the bot, counts as done: the group is
        told). The row is queued before the first wait, so rows keep their order in each chat."""
        delivery = outbox.delivery(item)
        if delivery.carried:  # "sent you the answer privately": the answer's row says it once it went
            return
        if await self._skipped(delivery.chat):
            return  # done: Telegram would refuse it (sent again when the bot is back: `ChatApp.back_in`)
        await self._group_heard(delivery.reply)
        reply = await self.app.told_truly(delivery.reply, self.is_out, self.default_language)  # 群里已通知?
        instead = _reaction_instead(reply, delivery.chat)
        if reply.card_of is not None:
            await self._opened_in_topic(reply, delivery.chat, delivery.request)
            waits = [
                self.outbox.card(delivery.chat, reply.card_of, new=reply.new_card, refresh=reply.refresh)
            ]
        elif instead is not None and await self.react(delivery.chat, instead, refused_says=True):
            waits = []  # a typed `+1` in a group: 👌 on it, the card's edit says the rest
        else:
            note = delivery.told
            asked, group = delivery.request, delivery.group
            told = None if note is None else await self._told(note, delivery.told_chat, asked)
            waits = self._send(
                reply,
                delivery.chat,
                group,
                told=told,
                thread=await self._thread(reply, delivery.chat, asked),
                group_thread=None if group is None else await self._thread(reply, group, asked),
                reply_to=_replied(reply, delivery.chat, asked),
            )
        if reply.reaction is not None:
            await self.react(delivery.chat, reply.reaction)
        await asyncio.gather(*waits)

    async def react(self, chat_id: str, reaction: Reaction, *, refused_says: bool = False) -> bool:
        """Put the reply's reaction on the member's message (`setMessageReaction`; an empty emoji takes
        the bot's off); False when it was not put. An acknowledgement, as a tap's toast is: not queued
        behind the chat's messages. If Telegram refuses it, it is logged; where a text could say it
        instead (`refused_says`: a typed join's 👌), a refusal that stays (reactions off in that chat,
        the emoji not allowed there: a Bad Request) returns False, so the caller sends the text, while a
        passing one (a 429, the network) counts as done, adding no message to a busy chat. A group
        upgraded to a supergroup: the reaction is dropped quietly (the old chat's message ids are not the
        new chat's), counted done, the chat moved the first time (`met_upgrade`)."""
        kinds: list[ReactionTypeUnion] = [ReactionTypeEmoji(emoji=reaction.emoji)] if reaction.emoji else []
        if chat_id in self.outbox.migrated:  # an old group's message: no such message id in the new chat
            log.info(
                "setMessageReaction %s/%s: dropped, the group is a supergroup now",
                chat_id,
                reaction.message_id,
            )
            return True
        try:
            await self.bot.set_message_reaction(
                chat_id=int(chat_id), message_id=int(reaction.message_id), reaction=kinds
            )
        except TelegramMigrateToChat as exc:  # the group is a supergroup now: moved, the reaction dropped
            await self.met_upgrade(chat_id, str(exc.migrate_to_chat_id))
        except TelegramBadRequest as exc:
            log.info("setMessageReaction %s/%s: %s", chat_id, reaction.message_id, exc)
            return not refused_says
        except Exception as exc:
            log.info("setMessageReaction %s/%s: %s", chat_id, reaction.message_id, exc)
        return True

    async def deliver_unasked(self, replies: Sequence[Reply]) -> None:
        """The scheduler's replies (a deadline's outcome, a reminder), which answer no update (with the
        outbox they are rows already: the relay sends them)."""
        if not self.app.queues:
            await self.deliver(replies)

    async def forbidden_note(self, language: str | None, group: str, user_id: str, name: str) -> str:
        """What the group reads when the bot may not write to a member in private, naming them (asked
        of Telegram when this process has not seen them: a deadline after a restart), in the group's
        `/lang`, else its newest card's language, else `language` (the member's)."""
        return await self._group_note("tg_start_me_group", language, group, user_id, name)

    async def undelivered_note(self, language: str | None, group: str, user_id: str, name: str) -> str:
        """What the group reads when a private message to a member failed for good otherwise (a
        deactivated account, an error Telegram gives no way round): that it could not be delivered and
        what to do, never what it said."""
        return await self._group_note("tg_private_undelivered_group", language, group, user_id, name)

    async def _group_note(self, key: str, language: str | None, group: str, user_id: str, name: str) -> str:
        name = name or await self.names.name_of(user_id) or await self._member_name(group, user_id)
        try:  # the group reads it: its `/lang`, else its card's, not the member's
            language = await self.app.group_language(group) or language
        except Exception:
            log.exception("reading the language of chat %s failed", group)
        return t(self._language(language), key, name=name, bot=self.bot_username)

    async def _member_name(self, group: str, user_id: str) -> str:
        try:
            group = self.outbox.migrated.get(group, group)  # an upgraded group is asked of at its new id
            member = await self.bot.get_chat_member(chat_id=int(group), user_id=int(user_id))
        except Exception as exc:
            log.info("getChatMember %s/%s: %s", group, user_id, exc)
            return user_id
        await self.names.remember(member.user)
        return display_name(member.user)

    async def _learn_names(self, message: Message) -> None:
        """The sender into the name book (shared with other processes), and the `@username`s the message
        mentions out of it, before the message is translated."""
        if message.from_user is not None and not message.from_user.is_bot:
            await self.names.remember(message.from_user)
        await self.names.recall(message)


def _out_key(chat: str) -> str:
    return f"telegram:bot-out:{chat}"


def _moved_key(chat: str) -> str:
    return f"telegram:moved:{chat}"


def _basic_group(chat: str) -> bool:
    """A basic group's id (negative, above -10^12); supergroups' and channels' are -100 and 10 digits."""
    try:
        return -1_000_000_000_000 < int(chat) < 0
    except ValueError:
        return False


def _reaction_instead(reply: Reply, chat: str) -> Reaction | None:
    """The reaction that says a reply in its place (`Reply.reaction_instead`: a typed join's answer that
    only says what the card's edit shows), in a group only; None: the reply is sent as it is."""
    if reply.reaction_instead is None or reply.private_to is not None or not is_group(chat):
        return None
    return reply.reaction_instead


def _replied(reply: Reply, chat: str, request: Request | None) -> str | None:
    """The member's message a group reply answers by replying to it (`outbox.REPLIES_TO_MEMBER`: a
    question to her, a 问 answer), so she is notified and the group sees whom it asks."""
    if request is None or not request.message_id or request.chat_id != chat:
        return None
    return request.message_id if reply.extra.get(outbox.REPLIES_TO_MEMBER) else None


def _says_something(reply: Reply) -> bool:
    return bool(reply.text) or reply.invoice is not None or reply.document is not None


def _group_of(replies: Sequence[Reply], request: Request | None) -> str | None:
    """The group where a refused private message is explained: the request's, else the card's."""
    if request is not None and request.chat_kind is ChatKind.GROUP:
        return request.chat_id
    for reply in replies:
        if reply.card_of is not None and reply.chat_id is not None and is_group(reply.chat_id):
            return reply.chat_id
    for reply in replies:
        if reply.chat_id is not None and is_group(reply.chat_id):
            return reply.chat_id
    return None
