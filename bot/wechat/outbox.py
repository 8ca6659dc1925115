"""What the bot says on WeChat, and when: throttled cards, daily budgets, quiet hours.

WeChat cannot edit a message, and restricts accounts that send too much (bans after a few hundred
automated messages a day are reported). So:

- Answers (to a member's message, private messages) go out at once, in order; but a plain join or leave
  answer in a room (`Reply.reaction_instead`: it says only what the card shows) waits when another went
  to the room within `ack_interval`, and those waiting go together as one message when it opens
  (`ack_due`, `acked`; with the outbox rows they wait as rows: bot/wechat/adapter.py `_fold_acks`).
- A card is posted at most once per `card_interval` per room, and only if its text changed since it was
  last posted there. It is rendered when it is sent, so several changes coalesce into one post; the last
  change is never lost: a pending card is posted when the window opens (or, if sending failed, retried).
  A card a member asked for (`进度`, a new group buy) goes at once if the window is open, else when it
  opens; if it did not change meanwhile it is not posted again when it is still the room's latest card
  (on screen, under 30 s old), but it is when another card (a note's) came after it.
- Through the transactional outbox (`card_row`), a card that must wait stays an outbox row, postponed to
  when it may go; the room's last card time and text are in the shared state, so with Redis a restart
  (or another process) keeps the window and does not post an unchanged card again.
- Each conversation and the account have a daily budget (reset at local midnight; counted in the shared
  state, so with Redis a restart does not reset it), spent by `Priority`: routine card re-posts may
  spend only `routine_share` of either, answers `answer_share`, and the rest is kept for what matters
  (a close's announcement, a final card, an order or a payment message, `Priority.MATTERS`), so it still
  goes at the end of a busy day. What matters and still does not fit is never dropped: its rows wait for
  the next day (`tomorrow`: after the night's quiet hours).
- In quiet hours (default 22:00–07:00) routine re-posts wait for the morning; answers, cards members
  asked for and final cards still go.
- The copies of a card above a new one cannot be edited (Telegram and the playground turn them into a
  pointer): a card a member asked for (`进度`) starts with a line saying the older copies are out of date,
  when one was posted in the room (remembered in the shared state for `POSTED_KEEP_SECONDS`).
- A photo card (the card `Reply` carries the `photo` its group buy was opened with): WeChat has no
  captions, so the photo is posted in the room right before the group buy's first card there, once
  (remembered like the copies), and the card follows as its own message, counted in the budgets; a
  photo that cannot be fetched or sent is left out, never the card. A copy of a photo card sent as an
  answer (opened in a private chat with a share code) has its photo sent right before it, each time.
- A send WeChat does not take (the puppet service unreachable) is logged in full once, then quietly (the
  relay logs a line per row and try) until one goes through, which is said in one line. A private
  message the gateway refuses for good (`Undeliverable`: not the bot's friend, no such conversation) is
  no outage and is not tried again: `attempt` says it was `REFUSED`, and the adapter tells the room.

Time comes from `now` and `flush()` does the work, so tests drive it without sleeping; `run()` is the
loop that calls `flush()` whenever the next pending card is due (cards posted with `post_card`, by the
adapter's `deliver` when replies are not outbox rows).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import Enum
from time import monotonic
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.outbox_relay import GaveUp
from bot.quiet_hours import NIGHTS, QuietHours
from bot.waits import until_set
from bot.wechat import render
from bot.wechat.choices import Choices
from bot.wechat.render import Outgoing
from commerce.state import Counters, SharedState
from handlers.failures import log_failure, summary
from handlers.notes import note_of
from handlers.types import Document, Reply
from storage.state_memory import MemorySharedState

log = logging.getLogger(__name__)

CardRenderer = Callable[[int], Awaitable[Reply]]
PriceNow = Callable[[str, str], Awaitable[str]]  # a join's price line now (`ChatApp.price_now`)
MAX_IDLE_SECONDS = 60.0
TEXT_KEEP_SECONDS = 86_400.0  # an unchanged card is not posted again in the room for a day
POSTED_KEEP_SECONDS = 90 * 86_400.0  # a card posted in a room is an older copy above the next one
OUTAGE_LINE_SECONDS = 60.0  # while WeChat takes no messages: one line a minute at most


class Transport(Protocol):
    """Sends one text message, or one file; the WeChat client (or a test's recording fake) implements it."""

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None: ...

    async def send_file(self, conversation_id: str, document: Document) -> None:
        """The document's file (built from its table when it is sent) as a file message."""
        ...

    async def send_photo(self, conversation_id: str, photo: str) -> None:
        """A photo a member sent (`photo`: its image message id), as an image message here."""
        ...


@dataclass(frozen=True)
class OutboxPolicy:
    card_interval: timedelta = timedelta(seconds=30)
    ack_interval: timedelta = timedelta(seconds=30)  # a room's join acknowledgements: one message at most
    room_daily_budget: int = 150
    account_daily_budget: int = 400
    routine_share: float = 0.8  # routine card re-posts stop first
    answer_share: float = 0.9  # then answers: the rest is kept for what matters (`Priority.MATTERS`)
    quiet_hours: QuietHours | None = NIGHTS
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))


class Priority(Enum):
    """How much of a day's budget a message may use (`OutboxPolicy`'s shares)."""

    ROUTINE = "routine"  # a card re-posted because it changed
    ANSWER = "answer"  # an answer, a card a member asked for
    MATTERS = "matters"  # a close's announcement, a final card, an order, a payment message: never dropped


class DailyBudget:
    """Messages sent today, per conversation and for the account, against the policy's limits.

    Counted in the shared state (`commerce.state.Counters`), keyed by the local day: with Redis the counts
    survive a restart and are shared by every process sending for the account; in memory they start again
    at 0 when the process restarts (so a restart in a busy day can overspend: set TUAN_REDIS_URL). A
    message is reserved before it is sent (concurrent senders never overspend together) and given back
    if WeChat did not take it.
    """

    KEEP_SECONDS = 2 * 86_400  # a day's counters outlive the day, whatever the timezone

    def __init__(self, policy: OutboxPolicy, counters: Counters) -> None:
        self.policy = policy
        self.counters = counters

    def _keys(self, conversation_id: str, now: datetime) -> tuple[str, str]:
        day = now.astimezone(self.policy.timezone).date().isoformat()
        return f"wechat:budget:{day}:room:{conversation_id}", f"wechat:budget:{day}:account"

    def _within(self, room: int, account: int, *, priority: Priority) -> bool:
        policy = self.policy
        share = {
            Priority.ROUTINE: policy.routine_share,
            Priority.ANSWER: policy.answer_share,
            Priority.MATTERS: 1.0,
        }[priority]
        return room < policy.room_daily_budget * share and account < policy.account_daily_budget * share

    async def allows(self, conversation_id: str, now: datetime, *, priority: Priority) -> bool:
        """Whether one more message fits today (a look only: `reserve` is what counts)."""
        room, account = self._keys(conversation_id, now)
        spent = await self.counters.value(room), await self.counters.value(account)
        return self._within(*spent, priority=priority)

    async def reserve(self, conversation_id: str, now: datetime, *, priority: Priority) -> bool:
        """Count one message now if it fits today's budgets (True), else count nothing (False)."""
        room, account = self._keys(conversation_id, now)
        spent_room = await self.counters.incr(room, ttl=self.KEEP_SECONDS)
        spent_account = await self.counters.incr(account, ttl=self.KEEP_SECONDS)
        if self._within(spent_room - 1, spent_account - 1, priority=priority):
            return True
        await self.refund(conversation_id, now)
        return False

    async def refund(self, conversation_id: str, now: datetime) -> None:
        """Give back a message `reserve` counted at `now` that did not go out."""
        for key in self._keys(conversation_id, now):
            await self.counters.incr(key, -1, ttl=self.KEEP_SECONDS)

    def next_day(self, now: datetime) -> datetime:
        local = now.astimezone(self.policy.timezone)
        return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=self.policy.timezone)

    def tomorrow(self, now: datetime) -> datetime:
        """When a message that did not fit today's budget goes: the next day, once its quiet hours end."""
        day = self.next_day(now)
        quiet = self.policy.quiet_hours
        if quiet is not None and quiet.contains(day.time()):
            return quiet.ends_after(day)
        return day


@dataclass
class _Pending:
    """A card that changed and waits for its room's window (or the morning, or tomorrow's budget).

    `asked`: a member asked to see it, so it is an answer (not a routine re-post) when it goes.
    """

    not_before: datetime
    asked: bool = False


@dataclass
class _HeldAcks:
    """A room's join acknowledgements held until `due` (`Outbox.hold_ack`)."""

    due: datetime
    language: str
    messages: list[Outgoing] = field(default_factory=list)


class Undeliverable(Exception):
    """The gateway refused a private message for good (the member is not the bot's friend, or no such
    conversation): trying again would not help (the transport raises it)."""


class RoomGone(Exception):
    """A room refused the bot's message for good: the bot is no longer in it (removed, or the room was
    disbanded). The transport raises it; nothing more is sent there until a message comes from it."""


class Outcome(Enum):
    SENT = "sent"
    OVER_BUDGET = "over budget"
    FAILED = "failed"  # WeChat did not take it: worth trying again
    REFUSED = "refused"  # a private message the gateway refused for good (`Undeliverable`)
    GONE = "gone"  # the room no longer takes the bot's messages (`RoomGone`, or marked `gone`)


class Outbox:
    """Sends answers at once and cards throttled, within the day's budgets."""

    def __init__(
        self,
        *,
        transport: Transport,
        render_card: CardRenderer,
        now: Callable[[], datetime],
        policy: OutboxPolicy | None = None,
        choices: Choices | None = None,
        language: str = "zh",
        state: SharedState | None = None,
        price_now: PriceNow | None = None,
    ) -> None:
        """`price_now`: a join's price line as it stands now (`ChatApp.price_now`), which folded join
        acknowledgements say when they go (None: the price each said when it was written)."""
        self.transport = transport
        self.price_now = price_now
        self.render_card = render_card
        self.now = now
        self.policy = policy or OutboxPolicy()
        self.choices = choices
        self.language = language
        state = state or MemorySharedState()
        self.budget = DailyBudget(self.policy, state.counters)
        self.values = state.values  # the room's last card time and text: see `_card_posted`
        self.closing = False  # shutting down: `card_row` ignores the windows (the last change goes)
        self.failing = 0  # sends WeChat did not take since the last one it took (an outage: `_failed`)
        self.monotonic = monotonic
        self._down_since = 0.0  # when the outage began (`failing` > 0), and when a line last said it
        self._said_at = 0.0
        self._pending: dict[tuple[str, int], _Pending] = {}
        self._acks: dict[str, _HeldAcks] = {}  # join acknowledgements waiting for their room's window
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()

    # -- answers ----------------------------------------------------------------------------------------
    async def send(self, message: Outgoing) -> bool:
        """Send an answer now (if today's budget allows); True if it went out."""
        async with self._lock:
            return await self._send(message, priority=Priority.ANSWER) is Outcome.SENT

    async def take(self, message: Outgoing) -> bool:
        """Send an answer now; False only when WeChat failed to take it (worth trying again). An answer
        over today's budget is dropped (logged), as `send` drops it: retrying would send it tomorrow."""
        return await self.attempt(message) is not Outcome.FAILED

    async def attempt(self, message: Outgoing, *, priority: Priority = Priority.ANSWER) -> Outcome:
        """Send an answer now: SENT, OVER_BUDGET (not sent, logged: what matters waits for `tomorrow`),
        FAILED (worth trying again) or REFUSED (a private message the gateway refused for good: the room
        is to be told)."""
        async with self._lock:
            return await self._send(message, priority=priority)

    # -- join acknowledgements --------------------------------------------------------------------------
    async def ack_due(self, room: str) -> datetime | None:
        """When a join's plain acknowledgement may go to `room`: None now (none went there within
        `ack_interval`, or the process is closing), else when the window opens."""
        last = await self.values.get(self._ack_key(room))
        if not isinstance(last, str) or self.closing:
            return None
        opens = datetime.fromisoformat(last) + self.policy.ack_interval
        return None if opens <= self.now() else opens

    async def acked(self, room: str) -> None:
        """A join acknowledgement went to `room` now (in the shared state: every process keeps the window)."""
        ttl = self.policy.ack_interval.total_seconds() + 60.0
        await self.values.set(self._ack_key(room), self.now().isoformat(), ttl=ttl)

    def hold_ack(self, message: Outgoing, due: datetime, *, language: str) -> None:
        """Keep a join acknowledgement until its room's window opens (`flush` sends those held for a room
        as one message, headed in `language`); without the transactional outbox only: with it, its rows
        wait."""
        held = self._acks.setdefault(message.conversation_id, _HeldAcks(due, language))
        held.messages.append(message)
        held.due = min(held.due, due)
        self._wake.set()

    async def _send_acks(self, current: datetime) -> None:
        for room in [room for room, held in self._acks.items() if held.due <= current or self.closing]:
            held = self._acks.pop(room)
            prices = await self.prices(held.messages)
            merged = render.acks(room, held.messages, language=held.language, prices=prices)
            outcome = await self._send(merged, priority=Priority.ANSWER)
            if outcome is Outcome.SENT:
                await self.acked(room)

    async def prices(self, messages: Sequence[Outgoing]) -> dict[str, str]:
        """The price lines join acknowledgements name (`render.Ack.price_of`), as they stand now; one that
        cannot be read is left out (its line says the price as it was said)."""
        found: dict[str, str] = {}
        if self.price_now is None:
            return found
        for ack in [ack for message in messages for ack in message.acks if ack.price_of]:
            if ack.price_of in found:
                continue
            try:
                found[ack.price_of] = await self.price_now(ack.price_of, ack.language)
            except Exception:
                log.warning("could not read the price of %s now", ack.price_of, exc_info=True)
        return found

    @staticmethod
    def _ack_key(room: str) -> str:
        return f"wechat:ack:at:{room}"

    # -- cards ------------------------------------------------------------------------------------------
    async def post_card(self, conversation_id: str, group_buy_id: int, *, now: bool = False) -> None:
        """A card changed (`now`: a member asked to see it, or it is new: post it as soon as the window
        allows, even in quiet hours)."""
        key = (conversation_id, group_buy_id)
        if now:
            async with self._lock:  # under the lock: the loop may be posting a card in this room
                current = self.now()
                if await self._window_opens(conversation_id, current) <= current:
                    self._pending.pop(key, None)
                    reply = await self.render_card(group_buy_id)
                    outgoing = await self._card(conversation_id, group_buy_id, reply)
                    shown = await self._as_copy(key, outgoing, reply, asked=True)
                    priority = Priority.MATTERS if render.is_final_card(reply) else Priority.ANSWER
                    outcome = await self._send_card(key, shown, reply, priority=priority)
                    if outcome is Outcome.SENT:
                        await self._card_posted(key, outgoing.text)
                    elif outcome is Outcome.FAILED:  # the puppet failed: retry, never lose it
                        retry = current + self.policy.card_interval
                        self._pending[key] = _Pending(not_before=retry, asked=True)
                        self._wake.set()
                    return
        window = await self._window_opens(conversation_id, self.now())
        # A new change is due when the window opens, even if an older one waited for the morning or
        # for tomorrow's budget: the newer card may be a final one (or one asked for), which does not wait.
        pending = self._pending.setdefault(key, _Pending(not_before=window))
        pending.not_before = min(pending.not_before, window)
        pending.asked = pending.asked or now
        self._wake.set()

    def next_due(self) -> datetime | None:
        dues = [p.not_before for p in self._pending.values()] + [held.due for held in self._acks.values()]
        return min(dues, default=None)

    async def flush(self) -> None:
        """Send the join acknowledgements held for rooms whose window opened, as one message a room; post
        every pending card that is due; the rest stay pending with the time they are due."""
        async with self._lock:
            await self._send_acks(self.now())
            for key in sorted(self._pending, key=lambda k: self._pending[k].not_before):
                pending = self._pending[key]
                current = self.now()
                if pending.not_before > current:
                    continue
                window = await self._window_opens(key[0], current)
                if window > current:
                    pending.not_before = window
                    continue
                await self._post_pending(key, pending, current)

    async def _post_pending(self, key: tuple[str, int], pending: _Pending, current: datetime) -> None:
        conversation_id, group_buy_id = key
        try:
            reply = await self.render_card(group_buy_id)
        except Exception as exc:
            log_failure(log, exc, "could not render the card of group buy %s; retrying later", group_buy_id)
            pending.not_before = current + self.policy.card_interval
            return
        outgoing = await self._card(conversation_id, group_buy_id, reply)
        unchanged = await self.values.get(self._text_key(key)) == outgoing.text
        if unchanged and not (pending.asked and not await self._latest(key)):
            del self._pending[key]  # unchanged since it was last posted here (and, asked for, still last)
            return
        priority = _card_priority(reply, asked=pending.asked)
        routine = priority is Priority.ROUTINE
        quiet = self.policy.quiet_hours
        local = current.astimezone(self.policy.timezone)
        if routine and quiet is not None and quiet.contains(local.time()):
            pending.not_before = quiet.ends_after(local)
            return
        if routine and not await self.budget.allows(conversation_id, current, priority=priority):
            log.warning("daily budget spent: the card of group buy %s waits for tomorrow", group_buy_id)
            pending.not_before = self.budget.tomorrow(current)
            return
        shown = await self._as_copy(key, outgoing, reply, asked=pending.asked)
        outcome = await self._send_card(key, shown, reply, priority=priority)
        if outcome is Outcome.SENT:
            del self._pending[key]
            await self._card_posted(key, outgoing.text)
        elif outcome is Outcome.OVER_BUDGET:
            pending.not_before = self.budget.tomorrow(current)
        elif outcome is Outcome.GONE:  # the room no longer takes the bot's messages
            del self._pending[key]
        else:  # the puppet failed: try again when the next window would open
            pending.not_before = current + self.policy.card_interval

    async def card_row(
        self, conversation_id: str, group_buy_id: int, *, asked_at: datetime | None = None
    ) -> datetime | str | None:
        """The outbox rows of one card (room, group buy): post it, rendered now, if it may go. None once
        they are done (posted, or unchanged since it was last posted here), the time they are due again
        (the room's window, the morning, tomorrow's budget), or why WeChat did not take it.

        `asked_at`: when a member asked for it (a new group buy, `进度`): it is then not routine, and if the
        room's window was open then it is posted even if unchanged (else it waited: unchanged, not again).
        """
        key = (conversation_id, group_buy_id)
        async with self._lock:
            current = self.now()
            window = await self._window_opens(conversation_id, current)
            if window > current and not self.closing:
                return window
            reply = await self.render_card(group_buy_id)
            outgoing = await self._card(conversation_id, group_buy_id, reply)
            fresh = asked_at is not None and await self._window_opens(conversation_id, asked_at) <= asked_at
            buried = asked_at is not None and not await self._latest(key)  # a note's card came after it
            if not (fresh or buried) and await self.values.get(self._text_key(key)) == outgoing.text:
                return None  # on screen already
            priority = _card_priority(reply, asked=asked_at is not None)
            routine = priority is Priority.ROUTINE
            quiet = self.policy.quiet_hours
            local = current.astimezone(self.policy.timezone)
            if routine and quiet is not None and quiet.contains(local.time()):
                return quiet.ends_after(local)
            if routine and not await self.budget.allows(conversation_id, current, priority=priority):
                log.warning("daily budget spent: the card of group buy %s waits for tomorrow", group_buy_id)
                return self.budget.tomorrow(current)
            shown = await self._as_copy(key, outgoing, reply, asked=asked_at is not None)
            outcome = await self._send_card(key, shown, reply, priority=priority)
            if outcome is Outcome.OVER_BUDGET:
                log.warning("daily budget spent: the card of group buy %s waits for tomorrow", group_buy_id)
                return self.budget.tomorrow(current)
            if outcome is Outcome.FAILED:
                return f"WeChat did not take the card of group buy {group_buy_id}"
            self._pending.pop(key, None)
            if outcome is Outcome.GONE:
                return GaveUp(f"the room {conversation_id} no longer takes the bot's messages")
            await self._card_posted(key, outgoing.text)
            return None

    async def _card(self, conversation_id: str, card_of: int, reply: Reply) -> Outgoing:
        """A card as a message; a note card's choices numbered after the room's group-buy card's, so
        `1` still joins while the note card is on screen (`回复 5 👍 赞`)."""
        if note_of(card_of) is None or not reply.buttons or self.choices is None:
            return render.card(conversation_id, reply, language=self.language)
        first = await self.choices.side_first(conversation_id, self.now())
        return render.card(conversation_id, reply, language=self.language, first=first, side=True)

    async def shown_before(self, conversation_id: str, group_buy_id: int) -> bool:
        """Whether this card was posted in the room (within `POSTED_KEEP_SECONDS`) or waits to be: a
        refresh (`Reply.refresh`) posts none that never was."""
        key = (conversation_id, group_buy_id)
        return key in self._pending or await self.values.get(self._posted_key(key)) is not None

    async def _window_opens(self, conversation_id: str, current: datetime) -> datetime:
        """When this room may see its next card (`current` if it may now)."""
        last = await self.values.get(self._time_key(conversation_id))
        if not isinstance(last, str):
            return current
        return max(current, datetime.fromisoformat(last) + self.policy.card_interval)

    async def _card_posted(self, key: tuple[str, int], text: str) -> None:
        """In the shared state: another process (or this one after a restart) keeps the window."""
        window = self.policy.card_interval.total_seconds() + 60.0
        await self.values.set(self._time_key(key[0]), self.now().isoformat(), ttl=window)
        await self.values.set(self._text_key(key), text, ttl=TEXT_KEEP_SECONDS)
        await self.values.set(self._posted_key(key), True, ttl=POSTED_KEEP_SECONDS)
        await self.values.set(self._latest_key(key[0]), key[1], ttl=POSTED_KEEP_SECONDS)

    async def _latest(self, key: tuple[str, int]) -> bool:
        """Whether this card is the last card posted in its room (no note's card, nor another group
        buy's, came after it): an unchanged one a member asks for (`进度`) is on screen then."""
        return await self.values.get(self._latest_key(key[0])) == key[1]

    async def _as_copy(self, key: tuple[str, int], card: Outgoing, reply: Reply, *, asked: bool) -> Outgoing:
        """The card as it is posted: one a member asked for, with an older copy above it in the room,
        starts with the line that says the older copies are out of date. (What is remembered as the text
        shown is the card without it, so an unchanged card is still recognised.)"""
        if not asked or await self.values.get(self._posted_key(key)) is None:
            return card
        return render.newer_copy(card, reply.language or self.language)

    async def _send_card(
        self, key: tuple[str, int], card: Outgoing, reply: Reply, *, priority: Priority
    ) -> Outcome:
        """Post a card; a photo card's photo first, the first time its card comes to this room (a photo
        WeChat no longer gives is left out: the card goes all the same)."""
        if reply.photo and await self.values.get(self._photo_key(key)) is None:
            outcome = await self._send_photo(key[0], reply.photo, priority=priority)
            if outcome is Outcome.OVER_BUDGET:
                return outcome
            await self.values.set(self._photo_key(key), True, ttl=POSTED_KEEP_SECONDS)
        return await self._send(card, priority=priority)

    @staticmethod
    def _photo_key(key: tuple[str, int]) -> str:
        return f"wechat:card:photo:{key[0]}:{key[1]}"

    @staticmethod
    def _time_key(conversation_id: str) -> str:
        return f"wechat:card:at:{conversation_id}"

    @staticmethod
    def _text_key(key: tuple[str, int]) -> str:
        return f"wechat:card:text:{key[0]}:{key[1]}"

    @staticmethod
    def _latest_key(conversation_id: str) -> str:
        return f"wechat:card:latest:{conversation_id}"

    @staticmethod
    def _posted_key(key: tuple[str, int]) -> str:
        return f"wechat:card:posted:{key[0]}:{key[1]}"

    # -- sending ----------------------------------------------------------------------------------------
    async def _send(self, message: Outgoing, *, priority: Priority) -> Outcome:
        current = self.now()
        if await self.gone(message.conversation_id):  # tried no more: the adapter told whom it concerns
            return Outcome.GONE
        for photo in message.photos:  # before its text (no captions); one WeChat no longer gives: left out
            sent = await self._send_photo(message.conversation_id, photo, priority=priority)
            if sent is Outcome.OVER_BUDGET:
                return sent
        if message.text:
            outcome = await self._send_text(message, current, priority=priority)
            if outcome is not Outcome.SENT:
                return outcome
        for document in message.files:  # each file a message of its own, counted as one
            outcome = await self._send_file(message.conversation_id, document, priority=priority)
            if outcome is not Outcome.SENT:
                return outcome
        if self.choices is not None and (message.choices or message.asked is None):
            await self.choices.asked(
                message.conversation_id,
                message.asked,
                message.choices,
                current,
                first=message.first,
                labels=message.labels,
                side=message.side,
            )
        return Outcome.SENT

    async def _send_text(self, message: Outgoing, current: datetime, *, priority: Priority) -> Outcome:
        if not await self.budget.reserve(message.conversation_id, current, priority=priority):
            log.warning(
                "daily message budget spent for %s: not sent: %.60r", message.conversation_id, message.text
            )
            return Outcome.OVER_BUDGET
        mentions = message.mention_ids if render.is_room(message.conversation_id) else ()
        try:
            await self.transport.send_text(message.conversation_id, message.text, mentions)
        except RoomGone:
            await self.budget.refund(message.conversation_id, current)
            return Outcome.GONE
        except Undeliverable as exc:
            log.warning("the private message to %s was refused for good: %s", message.conversation_id, exc)
            await self.budget.refund(message.conversation_id, current)
            return Outcome.REFUSED
        except Exception as exc:
            self._failed("a message", message.conversation_id, exc)
            await self.budget.refund(message.conversation_id, current)
            return Outcome.FAILED
        self._took()
        return Outcome.SENT

    async def _send_file(self, conversation_id: str, document: Document, *, priority: Priority) -> Outcome:
        current = self.now()
        if not await self.budget.reserve(conversation_id, current, priority=priority):
            log.warning("daily message budget spent for %s: %s not sent", conversation_id, document.filename)
            return Outcome.OVER_BUDGET
        try:
            await self.transport.send_file(conversation_id, document)
        except RoomGone:
            await self.budget.refund(conversation_id, current)
            return Outcome.GONE
        except Undeliverable as exc:
            log.warning("%s to %s was refused for good: %s", document.filename, conversation_id, exc)
            await self.budget.refund(conversation_id, current)
            return Outcome.REFUSED
        except Exception as exc:
            self._failed(document.filename, conversation_id, exc)
            await self.budget.refund(conversation_id, current)
            return Outcome.FAILED
        self._took()
        return Outcome.SENT

    async def _send_photo(self, conversation_id: str, photo: str, *, priority: Priority) -> Outcome:
        current = self.now()
        if not await self.budget.reserve(conversation_id, current, priority=priority):
            log.warning("daily message budget spent for %s: the photo %s not sent", conversation_id, photo)
            return Outcome.OVER_BUDGET
        try:
            await self.transport.send_photo(conversation_id, photo)
        except RoomGone:
            await self.budget.refund(conversation_id, current)
            return Outcome.GONE
        except Exception:
            if self.failing:  # WeChat takes nothing now: said once already (`_failed`)
                log.debug("could not send the photo %s to %s either", photo, conversation_id)
            else:  # a photo WeChat no longer gives: its own story, not an outage
                log.exception("could not send the photo %s to %s", photo, conversation_id)
            await self.budget.refund(conversation_id, current)
            return Outcome.FAILED
        return Outcome.SENT

    def _failed(self, what: str, conversation_id: str, exc: Exception) -> None:
        """A send WeChat did not take (the puppet service unreachable, restarting...): one story, as a
        database outage is (handlers.failures): one WARNING when it starts (with the traceback), one line
        a minute at most while it lasts, and one "WeChat answers again after N s" (`_took`)."""
        self.failing += 1
        now = self.monotonic()
        if self.failing == 1:
            self._down_since = self._said_at = now
            log.warning(
                "WeChat does not take messages (%s; %s to %s): they are tried again, one line a minute "
                "until it takes them",
                summary(exc),
                what,
                conversation_id,
                exc_info=exc,
            )
        elif now - self._said_at >= OUTAGE_LINE_SECONDS:
            self._said_at = now
            log.warning(
                "WeChat still takes no messages: %d sends failed in %.0f s (%s)",
                self.failing,
                now - self._down_since,
                summary(exc),
            )
        else:
            log.debug("WeChat did not take %s to %s either: %s", what, conversation_id, exc)

    def _took(self) -> None:
        """A send went through: an outage, if there was one, is over (said in one line)."""
        if self.failing:
            log.warning(
                "WeChat answers again after %.0f s (%d sends failed meanwhile)",
                self.monotonic() - self._down_since,
                self.failing,
            )
            self.failing = 0

    # -- rooms the bot is no longer in ---------------------------------------------------------------------
    async def gone(self, conversation_id: str) -> bool:
        """Whether this room no longer takes the bot's messages (`mark_gone`)."""
        if not render.is_room(conversation_id):
            return False
        return await self.values.get(self._gone_key(conversation_id)) is not None

    async def mark_gone(self, room: str) -> bool:
        """The room refused the bot (or its room-leave named the bot): nothing more is tried there, in
        the shared state (every process, a restart). True the first time (whom it concerns is told once)."""
        if await self.gone(room):
            return False
        await self.values.set(self._gone_key(room), self.now().isoformat(), ttl=POSTED_KEEP_SECONDS)
        return True

    async def back(self, room: str) -> datetime | None:
        """A message came from the room, or the bot was added to it: the bot is in it (again). Since when
        it was out (None: it was not), so what the room missed is told there once."""
        if not render.is_room(room):
            return None
        since = await self.values.get(self._gone_key(room))
        if since is None:
            return None
        await self.values.delete(self._gone_key(room))
        try:
            return datetime.fromisoformat(str(since))
        except ValueError:
            return self.now()

    @staticmethod
    def _gone_key(room: str) -> str:
        return f"wechat:room:gone:{room}"

    # -- the loop ---------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Post pending cards as they fall due, until cancelled."""
        while True:
            self._wake.clear()
            try:
                await self.flush()
            except Exception as exc:
                log_failure(log, exc, "posting pending cards failed; retrying")
            due = self.next_due()
            delay = MAX_IDLE_SECONDS
            if due is not None:
                delay = min(max((due - self.now()).total_seconds(), 0.05), MAX_IDLE_SECONDS)
            await until_set(self._wake, delay)


def _card_priority(card: Reply, *, asked: bool) -> Priority:
    """A final card matters; one a member asked for (or a new one) is an answer; else a routine re-post."""
    if render.is_final_card(card):
        return Priority.MATTERS
    return Priority.ANSWER if asked else Priority.ROUTINE
