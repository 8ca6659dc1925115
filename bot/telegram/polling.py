"""Long polling (`tuan run telegram` without --webhook) that loses no update.

aiogram's own polling (`Dispatcher.start_polling`) moves getUpdates' offset past an update as soon as it
has read it and handles it in a task of its own; an update whose handling failed is logged and gone, and
one in hand when the process dies is gone too. Here, as the webhook does (bot/telegram/webhook.py):

- A chat's updates are handled one at a time, in the order Telegram numbered them (a worker per chat:
  the chat of the message, tap or reaction; a pre-checkout's member), chats side by side; but a run of
  plain `+N`s typed in a group at the head of its queue (a flash sale's, `TOGETHER_AT_LEAST` or more) is
  handed to the adapter together, in order (`on_messages_together`: one batch pass, handlers.rush); if
  any of it failed, each is handled on its own again, as below (the update claims make that safe).
- An update the ChatApp could not answer at all (`Unanswered`: the database is down, not even its
  apology could be kept), or one the database or a connection failed outside the ChatApp's answer (a
  successful_payment being recorded, a Share's link, a member's leaving: `is_outage`), is tried again
  after a back-off (1, 2, 4 … 60 s) before the chat's next update, until it is handled; the update-id
  claim (the ChatApp's processed updates), and a payment's charge id, keep it handled once.
- The offset never confirms an update that was not handled and is not kept elsewhere: it stays at the
  oldest such one in hand, so one in hand when the process stops or dies comes again at the next start.
  Telegram returns the updates in hand with every getUpdates meanwhile: they are skipped, and while
  updates are in hand the loop asks again only after `pause` (or at once when none is left in hand), not
  after each handled one. When a whole batch (100) comes back with nothing new and every update of it
  still in hand waits behind one being tried again (a chat stuck in an outage), those are written to the
  spool (`Spool`: the table `telegram_spool`, bot/telegram/store.py) in one transaction and only then
  confirmed, so that newer ones come and the other chats go on; a spooled update is taken off the spool
  once handled, and the spool is read back, before anything is fetched, at the next start: a stop, even
  SIGKILL, loses none (one handled but not yet taken off is handled again: the update-id claim skips
  it). When the spool cannot be written either (the database it lives in is down, and with it every
  chat), nothing is confirmed past them: Telegram keeps them 24 hours. Updates that are merely queued (a
  backlog being worked through) are never confirmed before they are handled.
- A failure that passes (SQLite's "database is locked") is tried again without an apology
  (`handlers.app.try_again_if`), up to `LOCKED_TRIES` tries; only the last one's failure is apologised for.
- Any other failure is logged and the update counts as handled, as aiogram does (a bug would otherwise
  come back forever).
- An update aiogram cannot read (a field its model requires missing, as an older local telegram-bot-api
  leaves out a newer one) is skipped: logged once with its update_id, taken as handled (the offset moves
  past it), the rest of its batch handled. getUpdates' answer is read update by update (`RawGetUpdates`),
  so one such update never fails the whole call (which would fetch the same batch again forever).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from bot import waits
from handlers.app import Unanswered, try_again_if
from handlers.rush import PLAIN_JOIN

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher
    from aiogram.types import Update

log = logging.getLogger(__name__)

BATCH = 100  # getUpdates' most updates a call
TOGETHER = 128  # a chat's queued plain `+N`s handed to the ChatApp at once, at most (handlers.rush)
TOGETHER_AT_LEAST = 4  # and at least: fewer gain little, and a failure makes them go one by one again
_GROUPS = ("group", "supergroup")
FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0
PAUSE_SECONDS = 0.5  # between getUpdates calls that brought back only updates in hand
CONFIRM_SECONDS = 5.0
SPOOL_AGAIN_SECONDS = 5.0
SPOOL_SECONDS = 10.0  # a spool write or read never holds a confirm, a start or a stop longer than this
LOCKED_TRIES = 5  # tries of an update that found the database locked before its failure is apologised for


class Spool(Protocol):
    """Where updates confirmed to Telegram before they were handled are kept (bot/telegram/store.py),
    as JSON, by update id."""

    async def spool(self, bot_id: int, updates: Sequence[tuple[int, str]]) -> None: ...

    async def spooled(self, bot_id: int) -> list[str]: ...  # oldest first

    async def unspool(self, bot_id: int, update_ids: Sequence[int]) -> None: ...


@dataclass
class _Chat:
    updates: deque[Update] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None
    retrying: bool = False  # its oldest update failed and is tried again: the others wait behind it


class Poller:
    def __init__(
        self,
        dispatcher: Dispatcher,
        bot: Bot,
        *,
        allowed_updates: list[str] | None = None,
        polling_timeout: int = 10,
        first_retry: float = FIRST_RETRY_SECONDS,
        max_retry: float = MAX_RETRY_SECONDS,
        pause: float = PAUSE_SECONDS,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        spool: Spool | None = None,
        locked_tries: int = LOCKED_TRIES,
        batch: int = BATCH,
    ) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.allowed_updates = allowed_updates
        self.polling_timeout = polling_timeout
        self.first_retry = first_retry
        self.max_retry = max_retry
        self.pause = pause
        self.spool = spool  # None: a batch stuck behind an outage is never confirmed (all chats wait)
        self.locked_tries = locked_tries
        self.batch = batch  # the most updates a getUpdates brings (tests: fewer)
        self.offset: int | None = None  # the oldest update not confirmed to Telegram
        self.tries = 0  # tries again of updates that could not be answered (tests, logs)
        self._in_hand: set[int] = set()  # taken, not handled yet
        self._spooled: set[int] = set()  # in hand and kept in the spool: they no longer hold the offset
        self._spool_again_at = 0.0  # after a failure to spool, not tried again before then (loop time)
        self._taken: set[int] = set()  # taken at or after the offset (in hand or handled)
        self._chats: dict[str, _Chat] = {}
        self._idle = asyncio.Event()  # set when no update is left in hand
        self._stopping = asyncio.Event()
        self._sleep = sleep

    # -- fetching ----------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Fetch and hand out updates until cancelled (`stop`)."""
        from aiogram.utils.backoff import Backoff, BackoffConfig

        backoff = Backoff(BackoffConfig(min_delay=1.0, max_delay=5.0, factor=1.3, jitter=0.1))
        kwargs: dict[str, Any] = {}
        if self.bot.session.timeout:  # wait longer than the long poll itself
            kwargs["request_timeout"] = int(self.bot.session.timeout + self.polling_timeout)
        failed = False
        await self._unspool_kept(backoff)
        while not self._stopping.is_set():
            waiting = bool(self._in_hand)  # Telegram will answer at once with those: no long poll
            get = raw_get_updates()(
                offset=self.offset,
                timeout=0 if waiting else self.polling_timeout,
                allowed_updates=self.allowed_updates,
                limit=self.batch,
            )
            try:
                raw = await self.bot(get, **kwargs)
            except Exception as exc:
                failed = True
                log.error("could not fetch updates (%s: %s); trying again", type(exc).__name__, exc)
                await backoff.asleep()
                continue
            if failed:
                log.info("fetching updates works again")
                backoff.reset()
                failed = False
            updates, fresh = self._read(raw)
            for update in fresh:
                self._take(update)
            stuck = len(raw) >= self.batch and not fresh and self._all_blocked(updates)
            await self._confirm(past_all=stuck)
            if not fresh and self._in_hand:  # only what is in hand came back: let it progress a while
                self._idle.clear()
                await waits.until_set(self._idle, self.pause)

    def _read(self, raw: Sequence[Any]) -> tuple[list[Update], list[Update]]:
        """The updates of a getUpdates answer that aiogram can read, and those of them not taken before.
        One it cannot read is skipped, logged once (when first seen), and counts as taken and handled:
        the offset moves past it."""
        from aiogram.types import Update
        from pydantic import ValidationError

        updates: list[Update] = []
        fresh: list[Update] = []
        for item in raw:
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if not isinstance(update_id, int):
                log.error("getUpdates brought something that is not an update; skipped: %.200r", item)
                continue
            try:
                update = Update.model_validate(item, context={"bot": self.bot})
            except ValidationError as exc:
                if update_id not in self._taken:
                    self._taken.add(update_id)  # never in hand: the offset may move past it
                    log.error(
                        "update %s cannot be read (%s); skipped: %s",
                        update_id,
                        unreadable(exc),
                        ", ".join(key for key in item if key != "update_id") or "nothing",
                    )
                continue
            updates.append(update)
            if update_id not in self._taken:
                fresh.append(update)
        return updates, fresh

    async def _unspool_kept(self, backoff: Any) -> None:
        """Take the updates a former run spooled, before any fetched: they are older than all of them."""
        if self.spool is None:
            return
        from aiogram.types import Update

        while True:
            try:
                kept = await waits.within(self.spool.spooled(self.bot.id), SPOOL_SECONDS)
                break
            except Exception as exc:
                log.error(
                    "could not read the spooled updates (%s: %s); trying again", type(exc).__name__, exc
                )
                await backoff.asleep()
        backoff.reset()
        if kept:
            log.info("%d spooled updates are handled first", len(kept))
        for text in kept:
            update = Update.model_validate_json(text, context={"bot": self.bot})
            self._spooled.add(update.update_id)
            self._take(update)

    def _blocked(self) -> set[int]:
        """The updates in hand that wait behind one being tried again (that one included)."""
        return {update.update_id for chat in self._chats.values() if chat.retrying for update in chat.updates}

    def _all_blocked(self, updates: list[Update]) -> bool:
        """Whether every update of the batch still in hand is blocked (none is merely queued)."""
        in_hand = {update.update_id for update in updates} & self._in_hand
        return bool(in_hand) and in_hand <= self._blocked()

    def _take(self, update: Update) -> None:
        self._taken.add(update.update_id)
        self._in_hand.add(update.update_id)
        key = chat_of(update)
        chat = self._chats.get(key)
        if chat is None:
            chat = self._chats[key] = _Chat()
        chat.updates.append(update)
        if chat.worker is None or chat.worker.done():
            chat.worker = asyncio.create_task(self._work(key, chat), name=f"telegram-update:{key}")

    async def _confirm(self, *, past_all: bool) -> None:
        """Move the offset to the oldest update in hand not spooled (past every one taken when none is);
        with `past_all` (a whole batch came back stuck), to the oldest in hand not blocked behind one
        being tried again, the blocked ones below it spooled first (when they cannot be, no further than
        the oldest of them); never back."""
        if not self._taken:
            return
        newest = max(self._taken) + 1
        blocked = self._blocked() if past_all and self.spool is not None else set()
        unkept = self._in_hand - self._spooled
        holding = unkept - blocked
        offset = min(holding) if holding else newest
        passing = sorted(update_id for update_id in unkept if update_id < offset)
        if passing and not await self._spool(passing):
            offset = passing[0]
        if self.offset is not None and offset <= self.offset:
            return
        self.offset = offset
        self._taken = {update_id for update_id in self._taken if update_id >= offset}

    async def _spool(self, update_ids: list[int]) -> bool:
        """Keep these updates in hand in the spool before they are confirmed; False: they could not be."""
        if self.spool is None or asyncio.get_running_loop().time() < self._spool_again_at:
            return False
        updates = {update.update_id: update for chat in self._chats.values() for update in chat.updates}
        rows = [
            (update_id, updates[update_id].model_dump_json(exclude_unset=True)) for update_id in update_ids
        ]
        try:
            await waits.within(self.spool.spool(self.bot.id, rows), SPOOL_SECONDS)
        except Exception as exc:
            self._spool_again_at = asyncio.get_running_loop().time() + SPOOL_AGAIN_SECONDS
            log.error(
                "%d updates wait to be handled again and could not be spooled (%s: %s): "
                "not confirmed to Telegram, which keeps them",
                len(rows),
                type(exc).__name__,
                exc,
            )
            return False
        log.warning(
            "%d updates wait to be handled again: spooled, and confirmed to Telegram to read newer ones",
            len(rows),
        )
        self._spooled.update(update_id for update_id in update_ids if update_id in self._in_hand)
        for update_id in update_ids:
            if update_id not in self._in_hand:  # handled while it was being spooled
                await self._unspool(update_id)
        return True

    # -- handling ----------------------------------------------------------------------------------------
    async def _work(self, key: str, chat: _Chat) -> None:
        try:
            while chat.updates and not self._stopping.is_set():
                run = self._joins(chat)
                if run and await self._together(run):  # a flash sale's `+1`s: one batch pass
                    for _ in run:
                        await self._done(chat)
                    continue
                update = chat.updates[0]
                if not await self._handle(update, chat):
                    return  # stopping: left in hand, unconfirmed: it comes again at the next start
                await self._done(chat)
        finally:
            if not chat.updates and self._chats.get(key) is chat:
                del self._chats[key]

    async def _done(self, chat: _Chat) -> None:
        """The chat's first update was handled: off its queue, out of hand (off the spool)."""
        update = chat.updates.popleft()
        self._in_hand.discard(update.update_id)
        if update.update_id in self._spooled:
            await self._unspool(update.update_id)
        if not self._in_hand:
            self._idle.set()

    def _joins(self, chat: _Chat) -> list[Update]:
        """The plain `+N`s typed in a group at the head of the chat's queue, when there are several and
        the adapter takes them together (`on_messages_together`); else none."""
        if self._together_handler() is None or chat.retrying:
            return []
        run: list[Update] = []
        for update in chat.updates:
            message = update.message
            text = message.text if message is not None else None
            if message is None or text is None or message.chat.type not in _GROUPS:
                break
            if not PLAIN_JOIN.fullmatch(text.strip()) or len(run) == TOGETHER:
                break
            run.append(update)
        return run if len(run) >= TOGETHER_AT_LEAST else []

    def _together_handler(self) -> Callable[[Sequence[tuple[Any, int]]], Awaitable[None]] | None:
        adapter = self.dispatcher.workflow_data.get("adapter")
        handler: Callable[[Sequence[tuple[Any, int]]], Awaitable[None]] | None
        handler = getattr(adapter, "on_messages_together", None)
        return handler

    async def _together(self, run: list[Update]) -> bool:
        """The run handled together; False (nothing assumed of it) when any of it failed: each is then
        handled on its own, in order, as any update (the update claims answer again those that went
        through, a database that could not take one is tried again before the chat's next)."""
        handler = self._together_handler()
        assert handler is not None
        locked = try_again_if.set(is_locked)  # a locked database: raised, no apology (tried on its own)
        try:
            await handler([(update.message, update.update_id) for update in run])
        except Exception as exc:
            log.info(
                "%d joins of a chat handled together did not all go through (%s): each on its own",
                len(run),
                exc,
            )
            return False
        finally:
            try_again_if.reset(locked)
        return True

    async def _handle(self, update: Update, chat: _Chat | None = None) -> bool:
        """Handle one update, again after a back-off while it cannot be answered; False: stopping first."""
        from aiogram.methods import TelegramMethod

        delay = self.first_retry
        tries = 0
        while True:
            tries += 1
            # a locked database, but for the last of `locked_tries` tries: tried again, no apology
            retry_locked = try_again_if.set(is_locked if tries < self.locked_tries else None)
            try:
                response = await self.dispatcher.feed_update(self.bot, update)
                if isinstance(response, TelegramMethod):  # a tap's answer: polling makes the call
                    await self.dispatcher.silent_call_request(self.bot, response)
                if chat is not None:
                    chat.retrying = False
                return True
            except Unanswered:
                pass  # the ChatApp logged it
            except Exception as exc:
                if not is_outage(exc):
                    log.exception("update %s failed; not tried again", update.update_id)
                    if chat is not None:
                        chat.retrying = False
                    return True
                log.error(
                    "update %s failed (%s: %s): not handled, to be tried again",
                    update.update_id,
                    type(exc).__name__,
                    exc,
                )
            finally:
                try_again_if.reset(retry_locked)
            if chat is not None:
                chat.retrying = True
            if self._stopping.is_set():
                return False
            self.tries += 1
            log.info("update %s is tried again in %.0f s", update.update_id, delay)
            if self._sleep is not None:
                await self._sleep(delay)
            else:
                await waits.until_set(self._stopping, delay)
            if self._stopping.is_set():
                return False
            delay = min(delay * 2, self.max_retry)

    async def _unspool(self, update_id: int) -> None:
        """Take a handled update off the spool; if that fails it is handled again (and skipped: its
        claim) at the next start."""
        self._spooled.discard(update_id)
        if self.spool is None:
            return
        try:
            await waits.within(self.spool.unspool(self.bot.id, [update_id]), SPOOL_SECONDS)
        except Exception as exc:
            log.warning(
                "update %s was handled but stays spooled (%s: %s)", update_id, type(exc).__name__, exc
            )

    async def stop(self, fetching: asyncio.Task[None], within: float) -> None:
        """Stop fetching; let the updates being handled finish (within `within` seconds, none tried
        again); then tell Telegram which were handled. Those left stay unconfirmed (they come again) or
        spooled (read back at the next start)."""
        self._stopping.set()
        fetching.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await fetching
        workers = [chat.worker for chat in self._chats.values() if chat.worker is not None]
        if workers:
            _, late = await asyncio.wait(workers, timeout=within)
            for worker in late:
                worker.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        await self._confirm(past_all=False)
        if self.offset is None:
            return
        from aiogram.methods import GetUpdates

        try:  # confirms what is below the offset; the one update it may bring stays unconfirmed
            await waits.within(self.bot(GetUpdates(offset=self.offset, timeout=0, limit=1)), CONFIRM_SECONDS)
        except Exception as exc:
            log.info("could not confirm the handled updates (%s): they come again, handled once", exc)


def unreadable(exc: Any) -> str:
    """What a pydantic ValidationError says is wrong with an update, short: its first three errors."""
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()[:3]
    )


def raw_get_updates() -> type[Any]:
    """aiogram's GetUpdates whose answer is a list of JSON objects, each read as an `Update` apart
    (`Poller._read`)."""
    global _RAW_GET_UPDATES
    if _RAW_GET_UPDATES is None:
        from aiogram.methods import GetUpdates

        class RawGetUpdates(GetUpdates):
            __returning__ = list[dict[str, Any]]

        _RAW_GET_UPDATES = RawGetUpdates
    return _RAW_GET_UPDATES


_RAW_GET_UPDATES: type[Any] | None = None


def is_outage(exc: BaseException) -> bool:
    """Whether a failure (or one it came from) is the infrastructure's, not the code's: a connection
    refused or lost, a timeout (`OSError`), the database's own (SQLAlchemy's `OperationalError`,
    `InterfaceError`, its pool's timeout: "database is locked", "connection refused"), Redis unreachable.
    Such an update was not handled: it is tried again (a bug would come back forever: it is not)."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
    from sqlalchemy.exc import InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    kinds = (OSError, OperationalError, InterfaceError, PoolTimeout, RedisConnectionError, RedisTimeoutError)
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, kinds):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def is_locked(exc: BaseException) -> bool:
    """Whether a failure (or one it came from) is SQLite's "database is locked" (another connection
    writing for longer than the busy timeout): it passes, the update is tried again."""
    from sqlalchemy.exc import OperationalError

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, OperationalError) and "is locked" in str(cause).lower():
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def chat_of(update: Update) -> str:
    """Whose turn an update waits for: its chat, else its member (a pre-checkout), else its kind."""
    from aiogram.dispatcher.middlewares.user_context import UserContextMiddleware

    context = UserContextMiddleware.resolve_event_context(update)
    if context.chat is not None:
        return f"chat:{context.chat.id}"
    if context.user is not None:
        return f"user:{context.user.id}"
    return "other"
