"""Every message and edit the Telegram bot makes goes through here, within Telegram's limits.

Telegram allows about 1 message a second in a chat, 20 a minute in a group (edits included) and about 30
a second for the whole bot; beyond that it answers 429 with `retry_after` (seen as long as 237 s). So:

- Each chat has its own queue and worker, first in first out; a worker waits for the chat's slot (and, in
  a group, the group's one-every-3-seconds slot) and the bot's before each call. The slots come from a
  `RateGate` (bot/telegram/rate_gate.py): this process's buckets by default, or claims in the shared
  state (Redis), so several bot processes together keep within the same limits.
- A card is a job that says only "group buy N changed": it is rendered when its slot comes
  (`render_card`), so joins that arrive while it waits coalesce into one edit with the latest text. A
  change after the render has started queues another job, so the last state is never lost. An edit that
  would show what is already shown is skipped: what a card shows is kept in the `CardMap` with it
  (`card_view`), so this holds after a restart and across workers too.
- Texts waiting in a group's queue merge into one message (a busy group gets one "joined" message
  instead of twenty), up to Telegram's 4096 characters (counted as UTF-16 units: handlers.fit).
- A 429 is obeyed: the chat's worker sleeps `retry_after` and retries the same job (a card re-rendered);
  the gate tells every other sender to that chat to wait as long.
  "message is not modified" is success; a card message that was deleted is posted anew.
- When a card is posted anew (`进度`), the copy that was live is edited, as its own job in the chat's
  queue, to a one-line pointer without buttons (`render_pointer`: handlers/card_moved.py), so no older
  copy keeps live-looking buttons. Each copy is pointed when the next one replaces it, so only the live
  one needs remembering (`CardMap`). An older copy Telegram will no longer edit (deleted, too old) is
  logged and forgotten.
- A photo card (a group buy opened with a photo: the card `Reply` carries its `photo`) is posted with
  `sendPhoto`, the card as its caption, and edited with `editMessageCaption` (its copies' pointers too):
  Telegram will not edit the text of a photo, which has none. A photo Telegram refuses to send leaves
  the card a text (never no card), and an edit of the wrong kind is made as the other kind.
- When a private message is refused (the member never started the bot or blocked it: a 403, 400 "chat
  not found", PEER_ID_INVALID), the group is told once, in the chat's language, to /start the bot
  (`forbidden_note`). Any other permanent failure of a private send (a deactivated account, any error
  that is not a 429 nor an unreachable Bot API) tells the group once that a private message could not
  be delivered and what to do (`undelivered_note`), never what it said: once per member and kind of
  note. A private answer the group is told of (`Outgoing.told`: "答案已私信发给你") is told only once
  it was delivered; refused or undelivered, the group reads the note in its place, every time (it is
  the answer to what the member asked). A 429 or an unreachable Bot API is no failure of the message:
  it is tried again (a 429 until it goes, an unreachable API by the relay's back-off), and nothing is
  told meanwhile.
- A Bot API that cannot be reached (`Unreachable`: network error, timeout, 5xx) refuses nothing: the
  job's future raises `Unreachable` (the relay's sink then leaves its row unsent, tried again after a
  back-off), and so do the chat's jobs queued behind it, so none overtakes it. It is logged in full
  once, then nothing more until the Bot API answers again (the relay's rows: one story of their own,
  bot/outbox_relay.py).
  Only other errors drop a job (logged, its future False).
- A group that no longer has the bot (a 403 "bot was kicked from the group chat", "bot is not a member
  of the supergroup chat", "the group chat was deleted": `GroupGone`) drops that job and the chat's
  queued ones, and `group_gone` is told (the adapter marks the group out, as `my_chat_member` does).
- A group upgraded to a supergroup has a new chat id, and Telegram answers a send to the old one with
  400 "group chat was upgraded to a supergroup chat" and its new id (`ChatMigrated`): that job and the
  chat's queued ones go to the new id (each sent once, a card posted there, an older copy's pointer
  dropped: the old chat's messages are out of reach), later sends to the old id go there too
  (`migrated`), and `chat_migrated` is told (the adapter moves the chat as Telegram's service message
  does). One WARNING line names the old and new ids.

Answers to button taps and pre-checkout queries do not come here: they are not rate-limited and must not
wait behind sends. The outbox is independent of aiogram: `Transport` (bot/telegram/transport.py) makes
the calls and turns Telegram's errors into the exceptions below, so tests drive it with a fake.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple, Protocol

# `Limits` and `is_group` live with the gate; also importable from here, where callers found them first.
from bot.telegram.rate_gate import Limits as Limits
from bot.telegram.rate_gate import MemoryRateGate, RateGate
from bot.telegram.rate_gate import is_group as is_group
from handlers.fit import TEXT_LIMIT, units
from handlers.fit import split_text as split_text  # Telegram's 4096 a message: longer texts in parts
from handlers.types import Button, Document, Invoice, Reply

log = logging.getLogger(__name__)

ButtonRows = tuple[tuple[Button, ...], ...]
CardRenderer = Callable[[int], Awaitable[Reply]]
# (language, group chat id, member's user id, name if known) -> the note the group reads
ForbiddenNote = Callable[[str | None, str, str, str], Awaitable[str]]
START, UNDELIVERED = "start", "undelivered"  # the kinds of note a group reads about a private message


# -- what the transport raises -------------------------------------------------------------------------
class RetryAfter(Exception):
    """Telegram's 429: wait `seconds`, then try again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Forbidden(Exception):
    """The bot may not write to this chat (a member who never started it, a group that removed it)."""


class GroupGone(Forbidden):
    """A group refuses the bot because it is no longer in it (removed, or the group deleted): Telegram's 403
    "bot was kicked from the group chat", "bot is not a member of the supergroup chat", "the group chat
    was deleted"."""


# (group chat id, the group buy the refused message was about, if known) -> None
GroupGoneHook = Callable[[str, int | None], Awaitable[None]]


class ChatMigrated(Exception):
    """The group was upgraded to a supergroup: Telegram takes nothing more at its old id and names its new
    one (400 "group chat was upgraded to a supergroup chat", `parameters.migrate_to_chat_id`)."""

    def __init__(self, new_chat_id: str, message: str = "", *, known: bool = False) -> None:
        super().__init__(message or f"the group is now chat {new_chat_id}")
        self.new_chat_id = new_chat_id
        self.known = known  # learnt before the call (`Outbox.migrated`): none was made to the old id


# (old group chat id, its new one) -> None: the chat moved, as Telegram's service message moves it
ChatMigratedHook = Callable[[str, str], Awaitable[None]]
# (group chat id) -> None: learn what other bot processes know of the group (an upgrade they met goes
# into `Outbox.migrated`), read at most once in a few seconds per group (the adapter's `group_state`)
GroupStateHook = Callable[[str], Awaitable[object]]


class Undeliverable(Exception):
    """Telegram will never deliver this message to this chat, and /start alone may not help (a deactivated
    account): the group is told it could not be delivered."""


class NotModified(Exception):
    """An edit that changes nothing: the message already shows it."""


class MessageGone(Exception):
    """The message to edit no longer exists (deleted by an admin)."""


class Unreachable(Exception):
    """The Bot API could not be reached or failed to answer (connection refused or reset, a timeout, DNS,
    a 5xx): nothing was refused, the message is tried again later (the outbox relay's back-off)."""


class PhotoRefused(Exception):
    """Telegram will not send this photo (a file_id it no longer knows, an image it cannot take)."""


class WrongKind(Exception):
    """A text edit of a photo, or a caption edit of a text: the message is the other kind."""


class Transport(Protocol):
    """The Bot API calls the outbox makes."""

    async def send_text(
        self,
        chat_id: str,
        text: str,
        buttons: ButtonRows,
        *,
        reply_to: str | None = None,
        thread: int | None = None,
        mentions: tuple[tuple[int, int, str, str], ...] = (),
    ) -> int: ...

    async def edit_text(self, chat_id: str, message_id: int, text: str, buttons: ButtonRows) -> None: ...

    async def send_photo(
        self, chat_id: str, photo: str, caption: str, buttons: ButtonRows, *, thread: int | None = None
    ) -> int:
        """A photo (by the platform's file_id) with its caption and buttons (in forum topic `thread`)."""
        ...

    async def edit_caption(
        self, chat_id: str, message_id: int, caption: str, buttons: ButtonRows
    ) -> None: ...

    async def send_invoice(self, chat_id: str, invoice: Invoice) -> int: ...

    async def send_document(
        self, chat_id: str, document: Document, caption: str, *, thread: int | None = None
    ) -> int: ...


class LiveCard(NamedTuple):
    """The message that is a card's live copy in a chat, and what it shows (`card_view`; None: not known,
    a card kept before migration 0062)."""

    message_id: int
    shown: str | None


def card_view(text: str, buttons: ButtonRows) -> str:
    """A digest of what a card message shows: equal for equal text and buttons, in every process, so a
    bot started again (or another worker) knows an edit would change nothing."""
    return hashlib.sha256(repr((text, buttons)).encode()).hexdigest()[:32]


class CardMap(Protocol):
    """Which message is the live card of group buy N in chat C, and what it shows (kept across restarts)."""

    async def get(self, chat_id: str, group_buy_id: int) -> int | None: ...

    async def live(self, chat_id: str, group_buy_id: int) -> LiveCard | None: ...

    async def put(self, chat_id: str, group_buy_id: int, message_id: int, shown: str | None = None) -> None:
        """Message `message_id` is the live card now, showing `shown` (`card_view`)."""
        ...

    async def thread(self, chat_id: str, group_buy_id: int) -> int | None:
        """The forum topic group buy N's card is posted in, in chat C (None: the chat's General, or
        not known)."""
        ...

    async def set_thread(self, chat_id: str, group_buy_id: int, thread: int) -> None:
        """Group buy N's card goes to this forum topic of chat C (it was opened there; 0: General); a
        topic kept already stays."""
        ...

    async def move_threads(self, old: str, new: str) -> None:
        """Group `old` is chat `new` now (upgraded to a supergroup): the topics kept under `old` are
        `new`'s too (one `new` has already of the same group buy stays; `old`'s stay, for a message made
        for the old id before its upgrade was known); again, nothing more changes."""
        ...

    async def card_at(self, chat_id: str, message_id: int) -> int | None:
        """Which card message `message_id` of `chat_id` is (a reaction on it), or None: not a live card."""
        ...


class MemoryCardMap:
    """A `CardMap` in a dict: tests, and the benchmark's baseline."""

    def __init__(self) -> None:
        self.cards: dict[tuple[str, int], int] = {}
        self.shown: dict[tuple[str, int], str | None] = {}
        self.threads: dict[tuple[str, int], int] = {}

    async def get(self, chat_id: str, group_buy_id: int) -> int | None:
        return self.cards.get((chat_id, group_buy_id))

    async def live(self, chat_id: str, group_buy_id: int) -> LiveCard | None:
        key = (chat_id, group_buy_id)
        return LiveCard(self.cards[key], self.shown.get(key)) if key in self.cards else None

    async def thread(self, chat_id: str, group_buy_id: int) -> int | None:
        return self.threads.get((chat_id, group_buy_id)) or None

    async def set_thread(self, chat_id: str, group_buy_id: int, thread: int) -> None:
        self.threads.setdefault((chat_id, group_buy_id), thread)

    async def move_threads(self, old: str, new: str) -> None:
        for chat, card in [key for key in self.threads if key[0] == old and old != new]:
            self.threads.setdefault((new, card), self.threads[(chat, card)])

    async def put(self, chat_id: str, group_buy_id: int, message_id: int, shown: str | None = None) -> None:
        self.cards[(chat_id, group_buy_id)] = message_id
        self.shown[(chat_id, group_buy_id)] = shown

    async def card_at(self, chat_id: str, message_id: int) -> int | None:
        return next(
            (card for (chat, card), shown in self.cards.items() if (chat, shown) == (chat_id, message_id)),
            None,
        )


# -- what goes in -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outgoing:
    """One message to send. `group_chat` and `name`: where to ask the member to /start the bot if this
    private message is refused."""

    chat_id: str
    text: str = ""
    buttons: ButtonRows = ()
    invoice: Invoice | None = None
    document: Document | None = None  # a file (its table: the transport builds it); `text` is its caption
    reply_to: str | None = None
    language: str | None = None
    group_chat: str | None = None
    user_id: str | None = None
    name: str = ""
    told: Outgoing | None = None  # the group's note that this private message went: sent once it did
    thread: int | None = None  # the forum topic it goes to (None: the chat's General, or no topics)
    group_thread: int | None = None  # the topic of `group_chat` where a refusal is told
    # members named in the text, notified (text_mention): (offset, length in UTF-16 units, user id, name)
    mentions: tuple[tuple[int, int, str, str], ...] = ()
    note_round: str | None = None  # refused, the group is told once in this round (a close), else once
    about: int | None = None  # the group buy it is about (a close, a reminder), if any: `group_gone`

    @property
    def mergeable(self) -> bool:
        return (
            self.invoice is None
            and self.document is None
            and not self.buttons
            and self.reply_to is None
            and self.told is None
            and not self.mentions
        )


@dataclass
class _Text:
    outgoing: Outgoing
    done: asyncio.Future[bool]
    started: bool = False


@dataclass
class _Card:
    group_buy_id: int
    new: bool = False
    refresh: bool = False  # only an edit of the live card: none shown, nothing posted (`Reply.refresh`)
    # Resolved once the card shows a state at least as new as each change that asked for it.
    waiters: list[asyncio.Future[bool]] = field(default_factory=list)


@dataclass
class _Pointer:
    """Edit message `message_id`, an older copy of group buy N's card, to the pointer to the new one."""

    group_buy_id: int
    message_id: int


@dataclass
class _Chat:
    jobs: deque[_Text | _Card | _Pointer] = field(default_factory=deque)
    pending_cards: set[int] = field(default_factory=set)
    worker: asyncio.Task[None] | None = None


@dataclass
class OutboxStats:
    sent: int = 0
    edits: int = 0
    skipped_edits: int = 0
    retries: int = 0
    failed: int = 0
    pointers: int = 0  # older copies of a card edited to point to the new one


class Outbox:
    def __init__(
        self,
        *,
        transport: Transport,
        render_card: CardRenderer,
        cards: CardMap,
        limits: Limits | None = None,
        forbidden_note: ForbiddenNote | None = None,
        undelivered_note: ForbiddenNote | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        gate: RateGate | None = None,
        render_pointer: CardRenderer | None = None,
    ) -> None:
        """`gate`: where the slots come from (default: this process's buckets, with `limits`); a gate
        brings its own limits. `render_pointer`: what an older copy of a card becomes once a new copy is
        posted (None: older copies are left as they are). `forbidden_note`: what the group reads when a
        member never started the bot; `undelivered_note`: when a private message failed otherwise (None:
        the `forbidden_note`)."""
        if gate is not None and limits is not None and limits != gate.limits:
            raise ValueError("give the limits to the gate: the outbox and its gate would disagree")
        self.transport = transport
        self.render_card = render_card
        self.render_pointer = render_pointer
        self.cards = cards
        self.gate = gate if gate is not None else MemoryRateGate(limits)
        self.limits = self.gate.limits
        self.forbidden_note = forbidden_note
        self.undelivered_note = undelivered_note
        self.sleep = sleep
        self.stats = OutboxStats()
        self._chats: dict[str, _Chat] = {}
        self._noted: set[tuple[str, str, str]] = set()  # (group, member, kind of note) told already
        self._noted_rounds: set[tuple[str, str, str, str]] = set()  # ... in a round (a close): once in it
        self._watching: dict[str, list[asyncio.Future[bool]]] = {}  # private chat -> its next send's fate
        self.refused: set[str] = set()  # members whose private chat refused the bot (until they write)
        self._idle = asyncio.Event()
        self._idle.set()
        self.group_gone: GroupGoneHook | None = None  # a group found without the bot (the adapter's)
        self.chat_migrated: ChatMigratedHook | None = None  # a group found at a new id (the adapter's)
        self.migrated: dict[str, str] = {}  # old group chat id -> its new one (met here, or elsewhere)
        self.group_state: GroupStateHook | None = None  # before a group's job: an upgrade met elsewhere
        self._down_since: int | None = None  # the Bot API could not be reached since (logged once)
        self._down_calls = 0  # calls that failed so since

    # -- what the adapter calls ------------------------------------------------------------------------
    def send(self, outgoing: Outgoing) -> asyncio.Future[bool]:
        """Queue a message; the future says whether it was delivered (False: refused or failed), or
        raises `Unreachable`: the Bot API could not be reached, worth trying again."""
        if outgoing.chat_id in self.migrated:  # a group upgraded to a supergroup: its new id
            outgoing = replace(outgoing, chat_id=self.migrated[outgoing.chat_id])
        chat = self._chat(outgoing.chat_id)
        done = _future()
        last = chat.jobs[-1] if chat.jobs else None
        if (
            is_group(outgoing.chat_id)
            and isinstance(last, _Text)
            and not last.started
            and last.outgoing.mergeable
            and outgoing.mergeable
            and last.outgoing.thread == outgoing.thread
            and units(last.outgoing.text) + 1 + units(outgoing.text) <= TEXT_LIMIT
        ):
            merged = replace(last.outgoing, text=f"{last.outgoing.text}\n{outgoing.text}")
            last.outgoing = merged
            last.done.add_done_callback(lambda first: _copy_result(first, done))
        else:
            chat.jobs.append(_Text(outgoing, done))
        self._wake(outgoing.chat_id, chat)
        return done

    def settled(self, chat_id: str) -> asyncio.Future[bool] | None:
        """The chat's last queued job's fate (True: it went; False, or an exception: it did not), or None
        when nothing is queued there: what a close summary waits for before it says the group was told."""
        chat = self._chats.get(self.migrated.get(chat_id, chat_id))
        if chat is None or not chat.jobs:
            return None
        last = chat.jobs[-1]
        if isinstance(last, _Text):
            return last.done
        if isinstance(last, _Card):
            waiter = _future()
            last.waiters.append(waiter)
            return waiter
        return None

    def watch(self, chat_id: str) -> asyncio.Future[bool]:
        """Whether the next message sent to this private chat arrives (False: refused or undeliverable);
        a Pay tap's answer waits on it (`unwatch` once done with it)."""
        done = _future()
        self._watching.setdefault(chat_id, []).append(done)
        return done

    def unwatch(self, chat_id: str, done: asyncio.Future[bool]) -> None:
        waiting = self._watching.get(chat_id, [])
        if done in waiting:
            waiting.remove(done)
        if not waiting:
            self._watching.pop(chat_id, None)

    def _sent_privately(self, chat_id: str, delivered: bool) -> None:
        """A private send's fate: remembered (a refusal, until it is delivered again) and told to watchers."""
        if is_group(chat_id):
            return
        if delivered:
            self.refused.discard(chat_id)
        else:
            self.refused.add(chat_id)
        for waiter in self._watching.pop(chat_id, []):
            if not waiter.done():
                waiter.set_result(delivered)

    def card(
        self, chat_id: str, group_buy_id: int, *, new: bool = False, refresh: bool = False
    ) -> asyncio.Future[bool]:
        """Group buy N changed: show its card in the chat (edit the live one, or post it if `new`/none;
        `refresh`: edit only, post none where none is live).

        The future says when the card shows this change (True) or could not be shown (False); it
        raises `Unreachable` when the Bot API could not be reached.
        """
        chat_id = self.migrated.get(chat_id, chat_id)  # a group upgraded to a supergroup: its new id
        chat = self._chat(chat_id)
        done = _future()
        waiting = self._waiting_card(chat, group_buy_id)
        if waiting is not None and not new:
            waiting.waiters.append(done)  # it renders the latest state when its slot comes
            waiting.refresh = waiting.refresh and refresh  # a posting merged in still posts
            return done
        waiters = [done]
        if new:  # the new card replaces every queued one: it shows a newer state than they would
            mine = [j for j in chat.jobs if isinstance(j, _Card) and j.group_buy_id == group_buy_id]
            waiters.extend(waiter for job in mine for waiter in job.waiters)
            chat.jobs = deque(j for j in chat.jobs if not any(j is job for job in mine))
        chat.pending_cards.add(group_buy_id)
        chat.jobs.append(_Card(group_buy_id, new, refresh and not new, waiters))
        self._wake(chat_id, chat)
        return done

    async def topic(self, chat_id: str, group_buy_id: int) -> int | None:
        """The forum topic group buy N's card and messages go to in the chat (None: General, or a chat
        without topics). A group upgraded to a supergroup (`migrated`) is looked up at its new id, and,
        until its topics were copied there (`CardMap.move_threads`, by whoever learnt the upgrade), at
        the old id it had: a card opened in a topic stays in it across the upgrade."""
        if not is_group(chat_id):
            return None
        chat_id = self.migrated.get(chat_id, chat_id)
        found = await self.cards.thread(chat_id, group_buy_id)
        if found is None:
            for old in [old for old, new in self.migrated.items() if new == chat_id]:
                found = await self.cards.thread(old, group_buy_id)
                if found is not None:
                    break
        return found

    @staticmethod
    def _waiting_card(chat: _Chat, group_buy_id: int) -> _Card | None:
        """The queued card job of this group buy that has not started rendering, if any."""
        if group_buy_id not in chat.pending_cards:
            return None
        for job in reversed(chat.jobs):
            if isinstance(job, _Card) and job.group_buy_id == group_buy_id:
                return job
        return None

    async def drain(self, within: float | None = None) -> bool:
        """Wait until every queue is empty (tests, shutdown); False if `within` seconds passed first."""
        try:
            async with asyncio.timeout(within):
                while not self._idle.is_set() or any(c.jobs for c in self._chats.values()):
                    await self._idle.wait()
                    await asyncio.sleep(0.01)
        except TimeoutError:
            return False
        return True

    async def close(self) -> None:
        for chat in list(self._chats.values()):
            if chat.worker is not None:
                chat.worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await chat.worker

    # -- the workers ------------------------------------------------------------------------------------
    def _chat(self, chat_id: str) -> _Chat:
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = _Chat()
        return chat

    def _wake(self, chat_id: str, chat: _Chat) -> None:
        if chat.worker is None or chat.worker.done():
            self._idle.clear()
            chat.worker = asyncio.create_task(self._work(chat_id, chat), name=f"outbox:{chat_id}")

    async def _work(self, chat_id: str, chat: _Chat) -> None:
        try:
            while chat.jobs:
                job = chat.jobs[0]
                await self._learn_group(chat_id)
                if chat_id in self.migrated:  # known upgraded since it was queued: no call to the old id
                    await self._migrated(chat_id, chat, job, self.migrated[chat_id], known=True)
                    continue
                try:
                    await self._run(chat_id, chat, job)
                except Unreachable as exc:
                    self.stats.failed += 1
                    self._unreachable(chat_id, exc)
                    # the jobs queued behind it wait for their rows' next try too: none overtakes it
                    jobs, chat.jobs = list(chat.jobs), deque()
                    chat.pending_cards.clear()
                    for failed in [job, *(j for j in jobs if j is not job)]:
                        _fail(failed, exc)
                    continue
                except GroupGone as exc:
                    await self._group_gone(chat_id, chat, job, exc)
                    continue
                except ChatMigrated as exc:
                    await self._migrated(chat_id, chat, job, exc.new_chat_id, known=exc.known)
                    continue
                except Exception:
                    self.stats.failed += 1
                    log.exception("could not send to chat %s; dropped", chat_id)
                    if isinstance(job, _Text) and not job.done.done():
                        job.done.set_result(False)
                    if isinstance(job, _Card):
                        _settle(job.waiters, False)
                else:
                    if self._down_since is not None:
                        log.warning("the Bot API answers again (%d calls failed meanwhile)", self._down_calls)
                        self._down_since, self._down_calls = None, 0
                if chat.jobs and chat.jobs[0] is job:
                    chat.jobs.popleft()
        finally:
            if not is_group(chat_id) and not chat.jobs and self._chats.get(chat_id) is chat:
                del self._chats[chat_id]  # private chats are many and quiet: keep no state for them
            if not any(c.jobs for c in self._chats.values()):
                self._idle.set()

    async def _learn_group(self, chat_id: str) -> None:
        """What other processes know of the group before its job goes (an upgrade another worker met, so
        the job goes to the new id without a call to the old one); a shared state that cannot say
        changes nothing (a call to the old id then meets Telegram's answer, as before)."""
        if self.group_state is None or not is_group(chat_id) or chat_id in self.migrated:
            return
        try:
            await self.group_state(chat_id)
        except Exception as exc:
            log.info("could not read the shared state of group %s: %s", chat_id, exc)

    async def _group_gone(
        self, chat_id: str, chat: _Chat, job: _Text | _Card | _Pointer, exc: GroupGone
    ) -> None:
        """The group no longer has the bot: this job and those queued behind it are dropped (each would be
        refused alike), and `group_gone` marks the group out (told before the jobs' futures settle, so a
        caller waiting on them sees the group out)."""
        log.info("group %s no longer has the bot (%s): its messages are dropped", chat_id, exc)
        jobs, chat.jobs = [job, *(j for j in chat.jobs if j is not job)], deque()
        chat.pending_cards.clear()
        about = job.group_buy_id if isinstance(job, _Card | _Pointer) else job.outgoing.about
        if self.group_gone is not None:
            try:
                await self.group_gone(chat_id, about)
            except Exception:
                log.exception("could not mark group %s as one the bot is out of", chat_id)
        for dropped in jobs:
            if isinstance(dropped, _Text) and not dropped.done.done():
                dropped.done.set_result(False)
            if isinstance(dropped, _Card):
                _settle(dropped.waiters, False)

    async def _migrated(
        self, old: str, chat: _Chat, job: _Text | _Card | _Pointer, new: str, *, known: bool = False
    ) -> None:
        """The group is a supergroup now, at chat `new`: this job and those queued behind it go there, in
        their order (each sent once; a card posted there, shown nowhere there yet; an older copy's pointer
        dropped, the old chat's messages being out of reach), later sends to `old` go there too, and
        `chat_migrated` moves the chat (its group buys, members, settings: as the service message),
        unless the move was `known` before (a service message, a reaction or an admin check met it
        first: the one who learnt it moves the chat)."""
        if self.migrated.get(old) != new:  # once: a reaction or an admin check may have met it first
            log.warning("group %s was upgraded to a supergroup, now chat %s: its messages go there", old, new)
        self.migrated[old] = new
        jobs, chat.jobs = [job, *(j for j in chat.jobs if j is not job)], deque()
        chat.pending_cards.clear()
        there = self._chat(new)
        for moving in jobs:
            if isinstance(moving, _Text):
                moving.outgoing = replace(moving.outgoing, chat_id=new)
                moving.started = False
                there.jobs.append(moving)
            elif isinstance(moving, _Card):
                waiting = self._waiting_card(there, moving.group_buy_id)
                if waiting is not None and not moving.new:
                    waiting.waiters.extend(moving.waiters)
                    waiting.refresh = waiting.refresh and moving.refresh
                else:
                    there.pending_cards.add(moving.group_buy_id)
                    there.jobs.append(moving)
        self._wake(new, there)
        if self.chat_migrated is not None and not known:
            try:
                await self.chat_migrated(old, new)
            except Exception:
                log.exception("could not move group %s to its new chat %s", old, new)

    def _unreachable(self, chat_id: str, exc: Unreachable) -> None:
        """The whole story once while the Bot API cannot be reached; then the relay's line per try."""
        self._down_calls += 1
        if self._down_since is None:
            self._down_since = self._down_calls
            log.error(
                "the Bot API cannot be reached (chat %s): messages stay in the outbox and are tried again",
                chat_id,
                exc_info=exc,
            )

    async def _run(self, chat_id: str, chat: _Chat, job: _Text | _Card | _Pointer) -> None:
        if isinstance(job, _Card) and job.refresh and await self.cards.get(chat_id, job.group_buy_id) is None:
            chat.pending_cards.discard(job.group_buy_id)  # a refresh of a card never shown: nothing to do
            _settle(job.waiters, True)
            return
        await self.gate.slot(chat_id)
        while True:
            try:
                try:
                    if chat_id in self.migrated:  # learnt while it waited its turn: no call to the old id
                        raise ChatMigrated(self.migrated[chat_id], known=True)
                    if isinstance(job, _Card):
                        chat.pending_cards.discard(job.group_buy_id)  # a change from now on queues a new job
                        await self._show_card(chat_id, job)
                        _settle(job.waiters, True)
                    elif isinstance(job, _Pointer):
                        await self._point(chat_id, job)
                    else:
                        job.started = True  # from now on nothing merges into it
                        await self._send(job)
                finally:
                    await self.gate.done(chat_id)
                return
            except RetryAfter as wait:
                self.stats.retries += 1
                log.warning("Telegram asks to wait %s s before writing to chat %s", wait.seconds, chat_id)
                if isinstance(job, _Card):  # changes while it waits coalesce into its retry
                    chat.pending_cards.add(job.group_buy_id)
                pause = await self.gate.pause(chat_id, wait.seconds)
                await self.sleep(wait.seconds)
                await self.gate.slot(chat_id, own_pause=pause)

    async def _send(self, job: _Text) -> None:
        outgoing = job.outgoing
        try:
            if outgoing.invoice is not None:
                await self.transport.send_invoice(outgoing.chat_id, outgoing.invoice)
            elif outgoing.document is not None and outgoing.thread is None:
                await self.transport.send_document(outgoing.chat_id, outgoing.document, outgoing.text)
            elif outgoing.document is not None:
                await self.transport.send_document(
                    outgoing.chat_id, outgoing.document, outgoing.text, thread=outgoing.thread
                )
            elif outgoing.thread is None and not outgoing.mentions:  # as most are: the plainest call
                await self.transport.send_text(
                    outgoing.chat_id, outgoing.text, outgoing.buttons, reply_to=outgoing.reply_to
                )
            else:
                await self.transport.send_text(
                    outgoing.chat_id,
                    outgoing.text,
                    outgoing.buttons,
                    reply_to=outgoing.reply_to,
                    thread=outgoing.thread,
                    mentions=outgoing.mentions,
                )
        except Forbidden as refused:
            if isinstance(refused, GroupGone) and is_group(outgoing.chat_id):
                raise  # the group no longer has the bot: `_group_gone`
            log.info("chat %s refuses messages from the bot", outgoing.chat_id)
            job.done.set_result(False)
            self._sent_privately(outgoing.chat_id, False)
            await self._tell_group(outgoing, START)
            return
        except (RetryAfter, Unreachable, ChatMigrated):
            raise  # not the message's failure: tried again (a migrated group: at its new id)
        except Exception as exc:
            if is_group(outgoing.chat_id):
                raise
            self.stats.failed += 1
            log.warning("a private message to %s could not be delivered: %s", outgoing.chat_id, exc)
            job.done.set_result(False)
            self._sent_privately(outgoing.chat_id, False)
            await self._tell_group(outgoing, UNDELIVERED)
            return
        self.stats.sent += 1
        job.done.set_result(True)
        self._sent_privately(outgoing.chat_id, True)
        if outgoing.told is not None:  # "sent you the answer privately": now it is true
            _ = self.send(outgoing.told)  # its delivery is the outbox's, not ours to wait for

    async def _show_card(self, chat_id: str, job: _Card) -> None:
        reply = await self.render_card(job.group_buy_id)
        shown = card_view(reply.text, reply.buttons)
        live = await self.cards.live(chat_id, job.group_buy_id)
        message_id = None if job.new or live is None else live.message_id
        if message_id is not None:
            if live is not None and live.shown == shown:  # kept with the card: true after a restart too
                self.stats.skipped_edits += 1
                return
            try:
                await self._edit_card(chat_id, message_id, reply, reply.buttons)
                self.stats.edits += 1
            except NotModified:
                pass
            except MessageGone:
                message_id = None
        if message_id is None:
            message_id = await self._post_card(chat_id, job.group_buy_id, reply)
            self.stats.sent += 1
            await self.cards.put(chat_id, job.group_buy_id, message_id, shown)
            older = None if live is None else live.message_id
            if job.new and older is not None and older != message_id and self.render_pointer is not None:
                chat = self._chat(chat_id)  # the older copy's edit takes its own slot, after this
                chat.jobs.append(_Pointer(job.group_buy_id, older))
                self._wake(chat_id, chat)
        else:
            await self.cards.put(chat_id, job.group_buy_id, message_id, shown)

    async def _point(self, chat_id: str, job: _Pointer) -> None:
        """Edit an older copy of a card to the pointer, without buttons; tried once (a 429 waits and
        tries again): a copy Telegram will not edit is forgotten."""
        assert self.render_pointer is not None
        pointer = await self.render_pointer(job.group_buy_id)
        try:
            await self._edit_card(chat_id, job.message_id, pointer, ())
        except NotModified:
            return
        except (MessageGone, Forbidden) as gone:
            log.info("older card %s in chat %s left as it is: %s", job.message_id, chat_id, gone)
            return
        self.stats.pointers += 1

    async def _post_card(self, chat_id: str, group_buy_id: int, card: Reply) -> int:
        """Post a copy of a card: a photo card as the photo with the card as its caption; a photo
        Telegram refuses, as a text (the card must show); in the forum topic it was opened in."""
        thread = await self.topic(chat_id, group_buy_id)
        where = {} if thread is None else {"thread": thread}
        if card.photo:
            try:
                return await self.transport.send_photo(chat_id, card.photo, card.text, card.buttons, **where)
            except PhotoRefused as refused:
                log.warning(
                    "the photo of group buy %s was refused (%s): its card goes as text", group_buy_id, refused
                )
        if thread is None:
            return await self.transport.send_text(chat_id, card.text, card.buttons)
        return await self.transport.send_text(chat_id, card.text, card.buttons, thread=thread)

    async def _edit_card(self, chat_id: str, message_id: int, card: Reply, buttons: ButtonRows) -> None:
        """Edit a copy of a card: a photo card's text is its caption (Telegram: "there is no text in the
        message to edit" for `editMessageText` on a photo); a copy of the other kind (a photo card posted
        as text when its photo was refused) is edited as what it is."""
        as_caption = bool(card.photo)
        try:
            await self._edit(chat_id, message_id, card.text, buttons, as_caption=as_caption)
        except WrongKind:
            await self._edit(chat_id, message_id, card.text, buttons, as_caption=not as_caption)

    async def _edit(
        self, chat_id: str, message_id: int, text: str, buttons: ButtonRows, *, as_caption: bool
    ) -> None:
        if as_caption:
            await self.transport.edit_caption(chat_id, message_id, text, buttons)
        else:
            await self.transport.edit_text(chat_id, message_id, text, buttons)

    async def _tell_group(self, outgoing: Outgoing, kind: str) -> None:
        """Tell the group, once per member and kind, that the bot cannot write to them until they /start
        it (`START`), or that a private message to them could not be delivered (`UNDELIVERED`), never
        what it said; once more in each round (`note_round`: each close names every buyer it could not
        write to, told before or not); in place of a note that a private answer went (`told`), every
        time."""
        told = outgoing.told
        group = told.chat_id if told is not None else outgoing.group_chat
        user = outgoing.user_id or outgoing.chat_id
        make = self.forbidden_note
        if kind == UNDELIVERED and self.undelivered_note is not None:
            make = self.undelivered_note
        if group is None or make is None:
            return
        round_ = outgoing.note_round
        if told is None and round_ is None and (group, user, kind) in self._noted:
            return
        if told is None and round_ is not None and (group, user, kind, round_) in self._noted_rounds:
            return
        self._noted.add((group, user, kind))
        if round_ is not None:
            self._noted_rounds.add((group, user, kind, round_))
        language = told.language if told is not None else outgoing.language
        thread = told.thread if told is not None else outgoing.group_thread
        note = await make(language, group, user, outgoing.name)
        _ = self.send(Outgoing(chat_id=group, text=note, language=language, thread=thread))  # as every send


def _settle(waiters: list[asyncio.Future[bool]], result: bool) -> None:
    for waiter in waiters:
        if not waiter.done():
            waiter.set_result(result)


def _copy_result(source: asyncio.Future[bool], target: asyncio.Future[bool]) -> None:
    if target.done():
        return
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())  # type: ignore[arg-type]
    else:
        target.set_result(source.result())


def _future() -> asyncio.Future[bool]:
    """A job's future; an `Unreachable` it holds that nobody awaits (a reply sent without the outbox
    relay) is not reported by asyncio as never retrieved: the outbox logged it already."""
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
    done.add_done_callback(_retrieve)
    return done


def _retrieve(future: asyncio.Future[bool]) -> None:
    if not future.cancelled():
        future.exception()


def _fail(job: _Text | _Card | _Pointer, exc: Unreachable) -> None:
    """A job not sent because the Bot API cannot be reached: its futures raise (its row is retried); an
    older card's pointer is left as it is."""
    if isinstance(job, _Text):
        if not job.done.done():
            job.done.set_exception(Unreachable(str(exc)))
    elif isinstance(job, _Card):
        for waiter in job.waiters:
            if not waiter.done():
                waiter.set_exception(Unreachable(str(exc)))
