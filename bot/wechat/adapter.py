"""The WeChat adapter's core: an incoming message through the ChatApp, its replies into the outbox.

Independent of wechaty (the client in `client.py` feeds it `Incoming` messages and implements the
outbox's transport), so tests drive it with a recording fake.

With the transactional outbox (`tuan run wechat`), the ChatApp writes the replies as rows in the
change's transaction and the relay hands them to `send_rows`, which sends each request's rows as
`deliver` would have sent its replies: one merged answer per conversation, then the cards.

A member's image message is no request: it is remembered (bot/wechat/photos.py) and is the `photo` of
that member's next text in the chat, so `接龙 …` sent right after a photo opens a photo card.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol

from bot.outbox_relay import GaveUp
from bot.wechat import render
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, Outcome, Priority
from bot.wechat.photos import RecentPhotos
from bot.wechat.translate import PLATFORM, Incoming, mentioned_names, to_request, transferred
from commerce.domain.outbox import OutboxItem
from commerce.state import SharedState
from handlers import outbox as rows
from handlers.buttons import AnsweredButton, OrderAction, OrderButton
from handlers.cards import ORDER_ORGANISER
from handlers.failures import log_failure
from handlers.guests import GUEST_CODE_IN, GUEST_CODE_OF, deliverable
from handlers.rush import PLAIN_JOIN
from handlers.texts import t
from handlers.types import EDIT_ONLY, LIKES_ONLY, SHARE_CODE, Reply, Request
from storage.state_memory import MemorySharedState

log = logging.getLogger(__name__)

Reachable = Callable[[str], Awaitable[bool]]
NameOf = Callable[[str, str], Awaitable[str | None]]  # (room, member): the name the room knows them by
RoomNames = Callable[[str], Awaitable[dict[str, str]]]  # a room's members now: id -> alias, else name
ChatLanguage = Callable[[str], Awaitable[str | None]]
# the organiser's Received / Not received (/ Only ¥80 received)
_PAYMENT_PROMPT = (OrderAction.CONFIRM, OrderAction.NOT_PAID, OrderAction.SHORT)
LEFT_KEEP_SECONDS = 30 * 24 * 3600.0  # how long a member who left a room is remembered as gone
SCREENSHOT_SECONDS = 60.0  # an image this recent before `转好了` is the screenshot of her payment
PAID_REPORT = "我已付款"  # what `转好了` right after a screenshot is taken as


async def _always(conversation_id: str) -> bool:
    return True


class Chat(Protocol):
    """The part of `handlers.app.ChatApp` the adapter uses."""

    @property
    def queues(self) -> bool:
        """Whether the ChatApp writes its replies to the outbox (the relay sends them: `send_rows`)."""
        ...

    async def handle(self, request: Request) -> list[Reply]: ...

    async def render_card(self, group_buy_id: int) -> Reply: ...

    async def left(
        self, platform: str, chat_id: str, user_ids: Sequence[str], *, tell: bool = False
    ) -> list[Reply]: ...

    async def bot_removed(self, chat_id: str) -> list[Reply]: ...

    async def back_in(self, chat_id: str, *, since: datetime) -> list[Reply]: ...

    async def told_truly(
        self, reply: Reply, out: Callable[[str], Awaitable[bool]], language: str
    ) -> Reply: ...

    async def renamed(self, platform: str, chat_id: str, names: Mapping[str, str]) -> None: ...


class NameBook:
    """Display names (room alias or WeChat name) seen per chat, so a mention can say `@王五`."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], str] = {}
        self._changed: dict[tuple[str, str], str] = {}  # names that replaced another, not yet kept

    def learn(self, chat_id: str, user_id: str, name: str) -> None:
        if name:
            before = self._names.get((chat_id, user_id))
            self._names[(chat_id, user_id)] = name
            if before is not None and before != name:
                self.changed(chat_id, user_id, name)

    def changed(self, chat_id: str, user_id: str, name: str) -> None:
        """The member goes by `name` in `chat_id` now, another than the one her lines may say."""
        self._changed[(chat_id, user_id)] = name

    def changes(self, chat_id: str) -> dict[str, str]:
        """The names members of `chat_id` changed to since last asked (member -> name), forgotten."""
        found = {user: name for (chat, user), name in self._changed.items() if chat == chat_id}
        for user in found:
            del self._changed[(chat_id, user)]
        return found

    def get(self, chat_id: str, user_id: str) -> str | None:
        return self._names.get((chat_id, user_id))

    def find(self, chat_id: str, name: str) -> str | None:
        """The member of `chat_id` known by `name`, if exactly one is."""
        found = {user for (chat, user), known in self._names.items() if chat == chat_id and known == name}
        return found.pop() if len(found) == 1 else None


@dataclass
class _Routed:
    """A request's replies by destination: answers per conversation, cards per (room, group buy, new),
    each with its position among the replies."""

    count: int
    answers: dict[str, list[tuple[int, Reply]]] = field(default_factory=dict)
    cards: dict[tuple[str, int, bool], list[int]] = field(default_factory=dict)
    room: str | None = None  # the room they concern: where a private message that could not go is told
    private: set[int] = field(default_factory=set)  # private messages (an order, a payment): they matter
    moved: dict[int, str] = field(default_factory=dict)  # a private reply posted in the room: its member


class WeChatAdapter:
    """Turns messages into requests (numbers into button taps) and replies into outbox messages."""

    def __init__(
        self,
        *,
        app: Chat,
        outbox: Outbox,
        choices: Choices,
        names: NameBook,
        now: Callable[[], datetime],
        language: str = "zh",
        reachable: Reachable = _always,
        state: SharedState | None = None,
        photos: RecentPhotos | None = None,
        chat_language: ChatLanguage | None = None,
        name_of: NameOf | None = None,
        room_names: RoomNames | None = None,
    ) -> None:
        """`chat_language`: a room's `/lang` (`ChatApp.chat_language`), which the room's note that a
        private message could not be delivered speaks (None: the language of the room's replies).
        `name_of`: the name a room knows a member by (the transport asks WeChat; else the names seen).
        `room_names`: the room's members as WeChat names them now (an `@name` no one spoke under: a
        room alias changed since)."""
        self.app = app
        self.name_of = name_of
        self.room_names = room_names
        self.reachable = reachable
        self.chat_language = chat_language
        self._noted: set[tuple[str, str]] = set()  # (room, member) told a private message did not go
        self.outbox = outbox
        self.choices = choices
        self.names = names
        self.now = now
        self.language = language
        self.bot_id: str | None = None
        # a room's `+N`s waiting together for its turn (`_in_run`), each with what its sender waits on
        self._runs: dict[str, list[tuple[Incoming, asyncio.Future[None] | None]]] = {}
        # Per-chat locks: asyncio locks in memory, one Redis lock per chat when processes share the chats.
        state = state or MemorySharedState()
        self.locks = state.locks
        self.photos = photos or RecentPhotos(state.values)  # members' photos, for their next text
        self.values = state.values  # who left which room (`on_left`), until they speak there again

    def logged_in(self, bot_id: str) -> None:
        self.bot_id = bot_id

    async def request_for(self, incoming: Incoming) -> Request | None:
        """The request a message makes (a bare number answering a question becomes a button tap)."""
        if self.bot_id is None:
            return None
        request = to_request(incoming, bot_id=self.bot_id)
        if request is None:
            return None
        self.names.learn(request.chat_id, request.user_id, request.display_name)
        if incoming.room_id is not None and await self.values.get(
            _left_key(request.chat_id, request.user_id)
        ):
            await self.values.delete(_left_key(request.chat_id, request.user_id))  # back in the room
        photo, sent_at = await self.photos.take_dated(request.chat_id, request.user_id)  # 接龙 … after it
        if photo is not None:
            request = replace(request, photo=photo)
            fresh = sent_at is not None and self.now().timestamp() - sent_at <= SCREENSHOT_SECONDS
            if fresh and transferred(request.text):  # a payment screenshot, then `转好了`: her report
                request = replace(request, text=PAID_REPORT)
        if incoming.room_id is not None and not request.mentions:
            request = replace(request, mentions=await self._mentions_by_name(incoming))
        if incoming.room_id is not None:  # names changed since (李四 became 李四-3栋): her lines say them
            renamed = self.names.changes(request.chat_id)
            if renamed:
                await self.app.renamed(PLATFORM, request.chat_id, renamed)
        button = await self.choices.answer(request.chat_id, request.user_id, request.text, self.now())
        if button is None and incoming.room_id is None:  # in private: a question answered already?
            button = await self._answered_again(request)
        if button is not None:
            request = replace(request, text="", button=button)
        return request

    async def _answered_again(self, request: Request) -> str | None:
        """A bare number of a question the member answered already (`1` after `2` answered the payment
        prompt): told so (of a payment prompt: its order as it stands), not "I did not understand"."""
        chosen = await self.choices.answered_before(
            request.chat_id, request.user_id, request.text, self.now()
        )
        if chosen is None:
            return None
        order = OrderButton.unpack(chosen)
        about = order.order_id if order is not None and order.action in _PAYMENT_PROMPT else 0
        return AnsweredButton(about).pack()

    async def _mentions_by_name(self, incoming: Incoming) -> tuple[str, ...]:
        """Members a message mentions by name only: some puppets send no mention ids (and python-wechaty
        has no fallback), so `已收 @王五` is resolved against the names members spoke under here, else
        as WeChat names the room's members now (王五 became 五哥: `@五哥` is her). All or nothing: one
        unknown name, and the handler explains the right form instead of guessing."""
        names = [n for n in mentioned_names(incoming.text) if n not in incoming.bot_names]
        found = [self.names.find(incoming.chat_id, name) for name in names]
        if None in found and self.room_names is not None:
            try:
                members = await self.room_names(incoming.chat_id)
            except Exception:
                log.warning("could not read the members of %s", incoming.chat_id)
                members = {}
            for member, name in members.items():
                self.names.learn(incoming.chat_id, member, name)
            unknown = [name for name, member in zip(names, found, strict=True) if member is None]
            found = [self.names.find(incoming.chat_id, name) for name in names]
            for typed in unknown:  # known now under a name she never spoke under here (王五 became 五哥)
                who = self.names.find(incoming.chat_id, typed)
                if who is not None:
                    self.names.changed(incoming.chat_id, who, typed)
        if not found or None in found:
            return ()
        return tuple(dict.fromkeys(member for member in found if member is not None))

    async def on_message(self, incoming: Incoming) -> None:
        """Handle one message; a chat's messages one at a time, in the order they came, but a room's plain
        `+N`s that came while the room's turn was taken go to the ChatApp together, in their order, when
        it comes (a flash sale: one batch pass, handlers.rush; `_in_run`)."""
        if incoming.talker_id == self.bot_id:
            return  # the bot's own message, echoed while it may still be sending in this chat
        if incoming.is_image:  # no request: the photo of a group buy its sender may open next
            if self.bot_id is not None and incoming.is_person:
                await self.photos.sent(
                    incoming.chat_id, incoming.talker_id, incoming.message_id, at=self.now()
                )
            return
        if incoming.room_id is not None:  # a message from the room: the bot is in it (again)
            since = await self.outbox.back(incoming.room_id)
            if since is not None:
                await self.back_in(incoming.room_id, since)
        if incoming.room_id is not None and PLAIN_JOIN.fullmatch(incoming.text.strip()) is not None:
            await self._in_run(incoming)
            return
        self._runs.pop(incoming.chat_id, None)  # `+N`s that come after this message go after it
        async with self.locks.lock(f"wechat:chat:{incoming.chat_id}"):
            request = await self.request_for(incoming)
            if request is None:
                return
            replies = await self.app.handle(request)
            if not self.app.queues:  # else they are rows already: the relay sends them (`send_rows`)
                await self.deliver(replies, request=request)

    async def _in_run(self, incoming: Incoming) -> None:
        """A room's plain `+N`: with the others that come while it waits for the room's turn (a run),
        handled together when the turn comes (`ChatApp.handle_together`), in the order they came; a
        message of another kind closes the run, so the `+N`s after it wait for it."""
        chat = incoming.chat_id
        run = self._runs.get(chat)
        if run is not None:  # a run waits for the room's turn: hers goes with it
            answer: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            run.append((incoming, answer))
            await answer
            return
        run = self._runs[chat] = [(incoming, None)]
        try:
            async with self.locks.lock(f"wechat:chat:{chat}"):
                if self._runs.get(chat) is run:
                    del self._runs[chat]  # the room's turn: `+N`s from now on wait for the next one
                await self._handle_run(run)
        except BaseException as exc:
            for _, waiting in run:
                if waiting is None or waiting.done():
                    continue
                if isinstance(exc, Exception):
                    waiting.set_exception(exc)
                else:
                    waiting.cancel()
            raise
        finally:
            if self._runs.get(chat) is run:
                del self._runs[chat]

    async def _handle_run(self, run: list[tuple[Incoming, asyncio.Future[None] | None]]) -> None:
        requests: list[Request] = []
        waiting: list[asyncio.Future[None] | None] = []
        for incoming, answer in run:
            request = await self.request_for(incoming)
            if request is None:
                if answer is not None and not answer.done():
                    answer.set_result(None)
                continue
            requests.append(request)
            waiting.append(answer)
        together = getattr(self.app, "handle_together", None)
        if together is None:  # an app that takes one at a time
            results: list[Any] = []
            for request in requests:
                try:
                    results.append(await self.app.handle(request))
                except Exception as exc:
                    results.append(exc)
        else:
            results = await together(requests)
        first: BaseException | None = None
        for request, answer, result in zip(requests, waiting, results, strict=True):
            if not isinstance(result, BaseException) and not self.app.queues:
                await self.deliver(result, request=request)
            if answer is None:
                first = result if isinstance(result, BaseException) else None
            elif answer.done():  # her sender stopped waiting
                continue
            elif isinstance(result, Exception):
                answer.set_exception(result)
            else:
                answer.set_result(None)
        if first is not None:  # the run's first message's own failure, raised as alone
            raise first

    async def on_left(self, room_id: str, member_ids: Sequence[str]) -> None:
        """Members left the room or were removed from it (python-wechaty's room-leave): no longer its
        members (`ChatApp.left`: the group's `排行` does not name them). The bot itself among them: the room
        is gone for it (`room_gone`)."""
        if self.bot_id is not None and self.bot_id in member_ids:
            await self.room_gone(room_id, "the bot left the room or was removed from it")
        gone = [member for member in dict.fromkeys(member_ids) if member and member != self.bot_id]
        if not gone:
            return
        for member in gone:  # no order of theirs is posted in the room, nor are they mentioned there
            await self.values.set(_left_key(room_id, member), True, ttl=LEFT_KEEP_SECONDS)
        try:  # each organiser of their group buys here is told privately
            replies = await self.app.left(PLATFORM, room_id, gone, tell=True)
        except Exception as exc:  # WeChat sends no event twice: logged, as before
            log_failure(log, exc, "recording that %s left %s failed", gone, room_id)
            return
        if not self.app.queues:
            await self.deliver(replies)

    async def on_joined(self, room_id: str, member_ids: Sequence[str]) -> None:
        """Members were added to the room (python-wechaty's room-join): the bot among them, back in a room
        it had been removed from, says so there, with what it missed (`back_in`)."""
        if self.bot_id is None or self.bot_id not in member_ids:
            return
        since = await self.outbox.back(room_id)
        if since is not None:
            await self.back_in(room_id, since)

    async def back_in(self, room: str, since: datetime) -> None:
        """Back in `room`, out of it since `since`: one line there, the open cards and those of the group
        buys that ended meanwhile posted anew, and their organisers told privately (`ChatApp.back_in`)."""
        log.warning("WeChat room %s takes the bot's messages again (out since %s)", room, since.isoformat())
        try:
            replies = await self.app.back_in(room, since=since)
        except Exception as exc:
            log_failure(log, exc, "could not tell WeChat room %s what it missed", room)
            return
        if replies:
            await self.deliver(replies)

    async def room_gone(self, room: str, why: str) -> None:
        """The room no longer takes the bot's messages (it refused one, or its room-leave named the bot):
        marked so (nothing more is tried there, its rows are given up with the reason), said in one log
        line, and each organiser of a group buy still open there told privately, once."""
        if not await self.outbox.mark_gone(room):
            return
        log.warning(
            "WeChat room %s no longer takes the bot's messages (%s): nothing more goes there", room, why
        )
        try:
            replies = await self.app.bot_removed(room)
        except Exception as exc:
            log_failure(log, exc, "could not tell the organisers of room %s that the bot is gone", room)
            return
        if replies:  # without the outbox rows: sent now
            await self.deliver(replies)

    async def deliver(self, replies: Sequence[Reply], *, request: Request | None = None) -> None:
        """Send replies: one merged answer per conversation first, then the cards (throttled); a 代报
        guest's, as the outbox rows have them, to the organiser who added them, never mentioned."""
        await self._send([deliverable(reply) for reply in replies], request)

    async def send_rows(self, items: Sequence[OutboxItem]) -> dict[int, str | datetime | None]:
        """The outbox relay's batch sink: the due rows, sent as `deliver` sends a request's replies.

        Rows are grouped by what wrote them (the update they answer, or one scheduler job: one
        transaction, one time), in id order, so a member message still gets at most one answer per
        conversation. An answer row is done (None) once WeChat took its message (or dropped it for today's
        budget). The card rows of one (room, group buy) in the batch post one card, rendered then, where
        the first of them comes: done once it was posted (or was unchanged), else postponed to when the
        room's window opens (the morning, tomorrow's budget): they stay rows, due then. A message the
        puppet failed to send fails its rows (the relay retries them), and so does every row of a request
        whose sending raised.
        """
        batches: dict[tuple[object, ...], list[rows.Delivery]] = {}
        for item in items:
            delivery = rows.delivery(item)
            asked = delivery.request
            key = (item.created_at, delivery.update, asked.chat_id if asked is not None else None)
            batches.setdefault(key, []).append(delivery)
        routed: list[tuple[list[rows.Delivery], _Routed | str]] = []
        asked_at: dict[tuple[str, int], datetime | None] = {}  # the last time a member asked for it
        for (created, *_), batch in batches.items():
            replies = [delivery.reply for delivery in batch]
            rooms = [delivery.group for delivery in batch if delivery.group]
            try:
                route = await self._route(replies, batch[0].request, rooms)
            except Exception as exc:
                log_failure(log, exc, "routing the rows %s failed", [delivery.item_id for delivery in batch])
                routed.append((batch, f"{type(exc).__name__}: {exc}"))
                continue
            routed.append((batch, route))
            for conversation, group_buy_id, new in route.cards:
                card = (conversation, group_buy_id)
                when = asked_at.get(card)
                if new:
                    assert isinstance(created, datetime)
                    when = created if when is None else max(when, created)
                asked_at[card] = when
        acks = await self._fold_acks(routed)
        outcomes: dict[int, str | datetime | None] = {}
        cards: dict[tuple[str, int], str | datetime | None] = {}
        for batch, sendable in routed:
            ids = [delivery.item_id for delivery in batch]
            if isinstance(sendable, str):
                outcomes.update(dict.fromkeys(ids, sendable))
                continue
            try:
                done: list[str | datetime | None] = list(await self._answer(sendable, batch[0].request))
                for (conversation, group_buy_id, _), numbers in sendable.cards.items():
                    card = (conversation, group_buy_id)
                    if card not in cards:
                        cards[card] = await self._card_row(card, asked_at.get(card))
                    for n in numbers:
                        done[n] = cards[card]
            except Exception as exc:
                log_failure(log, exc, "sending the rows %s failed", ids)
                done = [f"{type(exc).__name__}: {exc}"] * len(batch)
            outcomes.update(zip(ids, done, strict=True))
        outcomes.update(acks)
        return outcomes

    async def _fold_acks(
        self, routed: list[tuple[list[rows.Delivery], _Routed | str]]
    ) -> dict[int, str | datetime | None]:
        """A room's plain join acknowledgements among the rows (`render.is_ack`), taken out of their
        requests' answers: within the room's window (`Outbox.ack_due`) their rows wait for it; due
        together, they go as one message. One alone and due is left to its request's answer. Returns
        each taken row's outcome."""
        by_room: dict[str, list[tuple[list[rows.Delivery], list[tuple[int, Reply]]]]] = {}
        for batch, route in routed:
            if isinstance(route, str):
                continue
            for conversation, group in route.answers.items():
                if _acks_only(conversation, group):
                    by_room.setdefault(conversation, []).append((batch, group))
        outcomes: dict[int, str | datetime | None] = {}
        for room, parts in by_room.items():
            due = await self.outbox.ack_due(room)
            if due is None and len(parts) == 1:
                continue  # sent as its request's answer, as any other
            for batch, _ in parts:
                route = next(r for b, r in routed if b is batch)
                assert not isinstance(route, str)
                del route.answers[room]
            ids = [batch[n].item_id for batch, group in parts for n, _ in group]
            if due is not None:
                outcomes.update(dict.fromkeys(ids, due))
                continue
            language = _language_of([reply for _, group in parts for _, reply in group]) or self.language
            said = [
                render.answer(room, [r for _, r in group], request=batch[0].request, language=language)
                for batch, group in parts
            ]
            folded = [one for one in said if one is not None]
            prices = await self.outbox.prices(folded)  # as the group buys stand now, not when each joined
            merged = render.acks(room, folded, language=language, prices=prices)
            outcome = await self.outbox.attempt(merged)
            if outcome is Outcome.SENT:
                await self.outbox.acked(room)
            failed = f"WeChat did not take the message to {room}" if outcome is Outcome.FAILED else None
            if outcome is Outcome.GONE:
                await self.room_gone(room, "it refused the bot's message")
                failed = _gone(room)
            outcomes.update(dict.fromkeys(ids, failed))
        return outcomes

    async def _hold_acks(self, route: _Routed, request: Request | None) -> None:
        """Without the outbox rows: a room's plain join acknowledgement within the room's window is held
        by the WeChat outbox, sent with the others held there as one message when it opens."""
        for conversation, group in list(route.answers.items()):
            if not _acks_only(conversation, group):
                continue
            due = await self.outbox.ack_due(conversation)
            if due is None:
                continue
            replies = [reply for _, reply in group]
            language = _language_of(replies) or (request.language if request else None) or self.language
            outgoing = render.answer(conversation, replies, request=request, language=language)
            if outgoing is not None:
                self.outbox.hold_ack(outgoing, due, language=language)
            del route.answers[conversation]

    async def _card_row(self, key: tuple[str, int], asked_at: datetime | None) -> str | datetime | None:
        try:
            outcome = await self.outbox.card_row(*key, asked_at=asked_at)
            if isinstance(outcome, GaveUp):
                await self.room_gone(key[0], "it refused the bot's card")
            return outcome
        except Exception as exc:  # rendering it failed: the rows try again, the answers went
            log_failure(log, exc, "could not post the card of group buy %s", key[1])
            return f"{type(exc).__name__}: {exc}"

    async def _send(
        self, replies: Sequence[Reply], request: Request | None, *, rooms: Sequence[str] = ()
    ) -> list[str | datetime | None]:
        """One merged answer per conversation first, then the cards (throttled by the WeChat outbox,
        pending in its memory); for each reply None once WeChat's outbox took it, else why not."""
        route = await self._route(replies, request, rooms)
        await self._hold_acks(route, request)
        done = await self._answer(route, request)
        for (conversation, group_buy_id, new), numbers in route.cards.items():
            try:
                await self.outbox.post_card(conversation, group_buy_id, now=new)
            except Exception as exc:  # rendering it failed: the answers went
                log_failure(log, exc, "could not post the card of group buy %s", group_buy_id)
                for n in numbers:
                    done[n] = f"{type(exc).__name__}: {exc}"
        try:
            await self.outbox.flush()
        except Exception as exc:  # the cards stay pending: the WeChat outbox's loop posts them
            log_failure(log, exc, "posting the pending cards failed")
        return done

    async def _route(
        self, replies: Sequence[Reply], request: Request | None, rooms: Sequence[str]
    ) -> _Routed:
        """Where each reply goes. `rooms`: the rooms the replies concern (a private message to a member
        who is not the bot's friend goes there; a file or a secret, such as a pickup code, never does:
        the room reads only that it needs the bot as a friend (a 代报 guest's code, sent to the organiser
        who added them: that it is the guest's, and where she reads it); "已私信发给你" is left out for
        them)."""
        route = _Routed(count=len(replies))
        unreachable = await self._unreachable(replies)
        refused: set[tuple[str, str, str]] = set()  # (member, why, guest): told once, needs a friend
        for n, reply in enumerate(replies):
            if reply.says_sent_to is not None and reply.says_sent_to in unreachable:
                continue  # "sent privately": it was not
            conversation = render.destination(reply, request)
            if reply.private_to:
                route.private.add(n)
            if reply.private_to and reply.private_to in unreachable:
                why = "wx_files_need_friend" if reply.document is not None else "wx_code_needs_friend"
                guest = reply.extra.get(GUEST_CODE_OF, "") if reply.document is None else ""
                if guest:  # 代报: a guest's code, for the organiser who added them: said as the guest's
                    why = "wx_guest_code_needs_friend"
                shared = reply.document is None and SHARE_CODE in reply.extra  # her own 分享 code
                if shared:  # hers alone: the room reads only that she must add the bot first
                    why = "wx_share_needs_friend"
                if reply.document is not None or reply.secret or shared:  # never posted in the room
                    if (reply.private_to, why, guest) in refused:
                        continue
                    refused.add((reply.private_to, why, guest))
                    said = {"name": guest, "id": reply.extra.get(GUEST_CODE_IN, "")} if guest else {}
                    text = t(reply.language or self.language, why, **said)
                    reply = replace(reply, text=text, document=None, buttons=(), secret=False, extra={})
                member = reply.private_to
                reply, conversation = self._in_the_room(reply, request, replies, rooms)
                if conversation is not None and await self.values.get(_left_key(conversation, member or "")):
                    reply, conversation = await self._to_organiser(reply, conversation, member or "")
                    if conversation is None:
                        continue
                elif conversation is not None:
                    route.moved[n] = reply.mention[0]
            if conversation is None:
                log.warning("a reply without a chat was dropped: %.60r", reply.text)
                continue
            if reply.card_of is not None and reply.extra.get(LIKES_ONLY):
                continue  # a like: WeChat cannot edit the card, and a copy for a count is noise (done)
            if reply.card_of is not None and reply.extra.get(EDIT_ONLY):
                continue  # the answer beside it says what changed: a copy would say it twice (rep82 #8)
            if reply.card_of is not None:
                if reply.refresh and not await self.outbox.shown_before(conversation, reply.card_of):
                    continue  # a refresh of a card never posted in the room (`Reply.refresh`): done
                route.cards.setdefault((conversation, reply.card_of, reply.new_card), []).append(n)
            else:
                route.answers.setdefault(conversation, []).append((n, reply))
        concerned = [request.chat_id] if request is not None else []
        concerned += [reply.chat_id for reply in replies if reply.chat_id]
        route.room = next((chat for chat in [*concerned, *rooms] if render.is_room(chat)), None)
        await self._name_moved(route)
        return route

    async def _name_moved(self, route: _Routed) -> None:
        """Private messages of several members posted in one room message (two non-friends' orders at
        截单): each block starts with its member's `@name`, else nobody could tell whose order is whose."""
        for conversation, group in route.answers.items():
            members = {route.moved[n] for n, _ in group if n in route.moved}
            if len(members) < 2:
                continue
            for i, (n, reply) in enumerate(group):
                member = route.moved.get(n)
                name = await self._name(conversation, member) if member is not None else None
                if name and reply.text:
                    group[i] = (n, replace(reply, text=f"@{name} {reply.text}"))

    async def _to_organiser(self, reply: Reply, room: str, member: str) -> tuple[Reply, str | None]:
        """A private message to a member who left the room and is not the bot's friend: never posted in
        the room (he cannot read it); his order goes to its organiser, to pass on (anything else: no one)."""
        organiser = reply.extra.get(ORDER_ORGANISER, "")
        if not organiser or reply.secret:
            log.warning("a message to %s, who left %s and is no friend, was dropped", member, room)
            return reply, None
        language = reply.language or self.language
        name = await self._name(room, member) or member
        text = t(language, "wx_order_left_room", name=name, order=reply.text)
        told = Reply(text=text, private_to=organiser, language=language)
        return told, organiser

    async def _name(self, room: str, member: str) -> str | None:
        if self.name_of is not None:
            try:
                found = await self.name_of(room, member)
            except Exception:
                log.warning("could not read the name of %s in %s", member, room)
            else:
                if found:
                    return found
        return self.names.get(room, member)

    async def _unreachable(self, replies: Sequence[Reply]) -> set[str]:
        """The members among the private replies' whom the bot may not message (not its friends)."""
        found: set[str] = set()
        for member in dict.fromkeys(reply.private_to for reply in replies if reply.private_to):
            if not await self.reachable(member):  # a member's private chat is their id
                found.add(member)
        return found

    async def _answer(self, route: _Routed, request: Request | None) -> list[str | datetime | None]:
        """Send one merged answer per conversation; per reply None, or why WeChat did not take it, or
        when it goes: an answer that matters (`_matters`) over today's whole budget waits for tomorrow,
        and so do the answers after it (the organiser's "群里已通知" is never said before the room was)."""
        done: list[str | datetime | None] = [None] * route.count
        language = (request.language if request is not None else None) or self.language
        refused: dict[str, list[Reply]] = {}  # members whose private message the gateway refused for good
        told = {reply.says_sent_to for group in route.answers.values() for _, reply in group}
        # a private answer the room is told of goes first: "已私信发给你" is said only once it went; then
        # the rooms, before the other private messages ("群里已通知" is said only once the room was told)
        ordered = sorted(
            route.answers.items(), key=lambda answer: (answer[0] not in told, not render.is_room(answer[0]))
        )
        waits: datetime | None = None  # what matters did not fit today's budget: the rest waits with it
        for conversation, group in ordered:
            said = [reply for _, reply in group if reply.says_sent_to not in refused]  # "sent": it was not
            said = [await self._told_truly(reply) for reply in said]  # "群里已通知": not where it is gone
            if not said:
                continue
            if waits is not None:
                for n, _ in group:
                    done[n] = waits
                continue
            # numbered after the member's open questions here, under a lock: two prompts to one organiser
            # at once (two buyers' 我已付款) never show the same numbers
            async with self.locks.lock(f"wechat:asking:{conversation}"):
                outgoing = render.answer(conversation, said, request=request, language=language)
                if outgoing is not None and outgoing.choices and outgoing.asked is not None:
                    first = await self.choices.next_number(conversation, outgoing.asked, self.now())
                    if first > 1:
                        outgoing = render.answer(
                            conversation, said, request=request, language=language, first=first
                        )
                outcome = None if outgoing is None else await self.outbox.attempt(outgoing)
                if outcome is Outcome.OVER_BUDGET and await self._matters(route, group):
                    assert outgoing is not None
                    outcome = await self.outbox.attempt(outgoing, priority=Priority.MATTERS)
                    if outcome is Outcome.OVER_BUDGET:  # never dropped: tomorrow, and what it told too
                        waits = self.outbox.budget.tomorrow(self.now())
                        log.warning(
                            "daily budget spent for %s: what matters waits until %s", conversation, waits
                        )
                        for n, _ in group:
                            done[n] = waits
            if outcome is Outcome.SENT and _acks_only(conversation, group):
                await self.outbox.acked(conversation)  # the room's window for the next ones opens now
            if outcome is Outcome.FAILED:
                for n, _ in group:
                    done[n] = f"WeChat did not take the message to {conversation}"
            elif outcome is Outcome.GONE:
                await self.room_gone(conversation, "it refused the bot's message")
                for n, _ in group:
                    done[n] = _gone(conversation)
            elif outcome is Outcome.REFUSED and not render.is_room(conversation):
                refused[conversation] = said  # done: trying again would not help; the room is told
        await self._tell_undelivered(route, refused)
        return done

    async def _told_truly(self, reply: Reply) -> Reply:
        """The organiser's close summary says the group was told (`TELLS_GROUP`): where the bot is no
        longer in that room (or in a room listing it), it says so instead (`ChatApp.told_truly`)."""
        return await self.app.told_truly(reply, self.outbox.gone, self.language)

    async def _matters(self, route: _Routed, group: Sequence[tuple[int, Reply]]) -> bool:
        """Whether an answer may use the budget's reserve (and never be dropped): it carries a private
        message (an order, a payment message; in the room for a member who is not the bot's friend), or
        it comes with a final card (a close's or a call-off's announcement). Asked only once the answer
        is over the ordinary share, so a card is rendered for it only then."""
        if any(n in route.private for n, _ in group):
            return True
        for _, group_buy_id, _ in route.cards:
            if render.is_final_card(await self.outbox.render_card(group_buy_id)):
                return True
        return False

    async def _tell_undelivered(self, route: _Routed, refused: dict[str, list[Reply]]) -> None:
        """The room reads, mentioning each member whose private message the gateway refused for good,
        that it could not be delivered and what to do, never what it said: once per member, but each
        time in place of "已私信发给你" (the answer to what they asked)."""
        room = route.room
        if not refused:
            return
        if room is None:
            log.warning("private messages to %s could not be delivered, with no room to tell", list(refused))
            return
        asked = {reply.says_sent_to for group in route.answers.values() for _, reply in group}
        for member, said in refused.items():
            if member not in asked and (room, member) in self._noted:
                continue
            self._noted.add((room, member))
            language = await self._room_language(room, route, said)
            note = Reply(
                text=t(language, "wx_private_undelivered"), chat_id=room, mention=(member,), language=language
            )
            outgoing = render.answer(room, [note], request=None, language=language)
            if outgoing is not None:
                await self.outbox.attempt(outgoing)

    async def _room_language(self, room: str, route: _Routed, said: Sequence[Reply]) -> str:
        """The room's `/lang`, else the language of what the room reads now, else of what went privately."""
        if self.chat_language is not None:
            try:
                setting = await self.chat_language(room)
            except Exception as exc:
                log_failure(log, exc, "reading the language of room %s failed", room)
            else:
                if setting:
                    return setting
        spoken = [reply.language for _, reply in route.answers.get(room, [])] + [r.language for r in said]
        return next((language for language in spoken if language), self.language)

    @staticmethod
    def _in_the_room(
        reply: Reply, request: Request | None, replies: Sequence[Reply], also: Sequence[str] = ()
    ) -> tuple[Reply, str | None]:
        """A private message to a member the bot cannot message (WeChat lets a bot message only its
        friends) goes to the room it is about instead, mentioning them."""
        rooms = [request.chat_id] if request is not None else []
        rooms += [r.chat_id for r in replies if r.chat_id]
        rooms += also
        room = next((chat for chat in rooms if render.is_room(chat)), None)
        if room is None:
            return reply, None
        assert reply.private_to is not None
        return replace(reply, private_to=None, chat_id=room, mention=(reply.private_to,)), room

    async def deliver_unasked(self, replies: Sequence[Reply]) -> None:
        """The scheduler's replies (a deadline's outcome), which answer no member (with the outbox they
        are rows already: the relay sends them)."""
        if not self.app.queues:
            await self.deliver(replies)


def _gone(room: str) -> GaveUp:
    """The reason kept on a row given up: its room no longer takes the bot's messages."""
    return GaveUp(f"the room {room} no longer takes the bot's messages (removed from it?)")


def _left_key(room: str, member: str) -> str:
    return f"wechat:left:{room}:{member}"


def _acks_only(conversation: str, group: Sequence[tuple[int, Reply]]) -> bool:
    """A room's answer made only of plain join acknowledgements (`render.is_ack`)."""
    return render.is_room(conversation) and bool(group) and all(render.is_ack(reply) for _, reply in group)


def _language_of(replies: Sequence[Reply]) -> str | None:
    return next((reply.language for reply in replies if reply.language), None)
