"""A flash sale's plain `+N`s in one group chat, arrived together, answered in one pass (#15).

Why: each join ran in a unit of work of its own (storage.group_commit let them share a transaction and
its COMMIT, taking turns on its connection), and the machinery around each one (the unit of work's
begin and commit, the group commit's turn, the guarded write's trip, the statements of the answer's
claim and its outbox rows) cost more than the join's own work. Here, while one `+N` of a chat runs,
the next plain ones queue behind it (a lane per chat); the queue then runs as one pass, in the order
they came: one unit of work, each member's join through the same code as alone (`ChatApp.work`) over a
view of that unit of work (`BatchView`) which

- serves the batch's group buy from memory: its counts as read once at the start, without a lock (on
  SQLite the batch holds the write lock anyway), `sold` and the line count kept as the batch's joins
  leave them; the final write is guarded on `sold` being what the batch read (and on it being open,
  in stock, before its deadline), so another worker's change meanwhile is found there: nothing of the
  batch is written and it runs again, its counts read under the row's lock (PostgreSQL: FOR UPDATE,
  another worker's joins then waiting for its COMMIT). On PostgreSQL that write is the batch's one
  statement (its other writes travel with it) and its own transaction: no BEGIN, no COMMIT;
- decides each member's guarded write in memory, as the database would (open, within the stock and
  the line's limit, before the deadline): each member held no line when the batch began (it reads
  whose rows it holds first), so her line is a new row, and her `+N` again later in the batch (a
  double tap) adds to that row before it is written, as her line's upsert would;
- keeps each member's writes (her line, her sighting, her outbox rows, her answer's claim) apart, and
  drops them with her in-memory change when she is refused (the rollback her join does alone);
- refuses everything else it does not serve (`NotInBatch`): that member runs alone, after the members
  before her are committed, and the batch goes on after her.

The members' writes are then written in one statement per table (the lines by executemany, the group
buy by one guarded UPDATE), the transaction commits once, and each member gets her answer and the
work that follows her commit (the card refreshed, her events published), as alone. If anything of
the batch's own writes fails (the guard, a key claimed meanwhile by another worker), nothing of it was
kept, and each member runs alone, in order.

The first `+N` of a chat where nothing else is being handled waits one turn of the event loop before it
runs: the `+N`s that came with it (a flash sale's members, all answered a moment ago by one pass and
sending again) queue behind it and it goes in their pass, instead of alone ahead of them. One that
comes alone (nobody else's queued after that turn) runs alone, as before: a chat where people join one
at a time never sees a batch. One that comes while another update of the chat is being handled outside
the lane runs alone at once, after it, as without batches (its order with that update stays theirs).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Collection, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from commerce.domain.group_buy import GroupBuy, Participant
from commerce.domain.outbox import OutboxItem
from commerce.ports import UnitOfWork
from commerce.unit_of_work import BaseUnitOfWork, own_transaction
from handlers.memo import one_update
from handlers.parsing.commands import Command
from handlers.types import ChatKind, Reply, Request

if TYPE_CHECKING:
    from handlers.app import Answered, ChatApp

log = logging.getLogger(__name__)

PLAIN_JOIN = re.compile(r"\+[1-9][0-9]{0,2}")  # `+1`, `+12`: what a flash sale's members send
BATCH = 128  # members of one pass at most (a latency bound: a pass of 128 takes some 30 ms)


class NotInBatch(Exception):
    """A member's join reached something a batch does not serve: she runs alone."""


class Broken(Exception):
    """The batch's own writes could not be written as read (another transaction changed its group buy)."""


@dataclass(eq=False)
class Queued:
    request: Request
    command: Command | None
    key: str
    answer: asyncio.Future[list[Reply]]
    plain: bool  # a plain `+N` (else an update queued in its chat's lane, to keep its place: alone)
    run: Callable[[], Awaitable[list[Reply]]] | None = None  # another update's whole handling


# The update's chat while it is counted as handled outside the chat's lane (`Rush.handling`), else empty.
_OUTSIDE: ContextVar[list[str]] = ContextVar("rush_outside", default=[])  # noqa: B039 (the default stays empty)
# Set while the lane runs another update's whole handling (`in_turn`): it does not queue again.
_IN_LANE: ContextVar[bool] = ContextVar("rush_in_lane", default=False)


class Rush:
    """The lanes of the chats where plain `+N`s queue behind one running (see the module's doc)."""

    def __init__(self, app: ChatApp) -> None:
        self.app = app
        self._lanes: dict[str, list[Queued]] = {}
        self._draining: set[asyncio.Task[None]] = set()
        self._entering: dict[tuple[str, str | None], asyncio.Event] = {}  # `placed`: taken its place yet?
        self._outside: Counter[str] = Counter()  # a group's updates being handled outside its lane

    @contextmanager
    def handling(self, request: Request) -> Iterator[None]:
        """Counts the update among its group's being handled outside its lane (`join`), until it ends
        or takes its place in the lane."""
        if request.chat_kind is not ChatKind.GROUP:
            yield
            return
        outside = [request.chat_id]
        self._outside[request.chat_id] += 1
        token = _OUTSIDE.set(outside)
        try:
            yield
        finally:
            _OUTSIDE.reset(token)
            self._left(outside)

    def _left(self, outside: list[str]) -> None:
        """The update counted in `outside` (`handling`) is no longer outside its lane."""
        if outside:
            chat = outside.pop()
            self._outside[chat] -= 1
            if not self._outside[chat]:
                del self._outside[chat]

    async def placed(self, request: Request, handling: asyncio.Future[Any]) -> None:
        """Once the update being handled (`handling`) took its place in its chat's lane, ran alone, or
        was answered before either: the next of the chat's updates may start (`ChatApp.handle_together`)."""
        entered = self._entering[(request.chat_id, request.update_id)] = asyncio.Event()
        waiting = asyncio.ensure_future(entered.wait())
        try:
            _ = await asyncio.wait({handling, waiting}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiting.cancel()
            self._entering.pop((request.chat_id, request.update_id), None)

    def _entered(self, request: Request) -> None:
        entered = self._entering.get((request.chat_id, request.update_id))
        if entered is not None:
            entered.set()

    def plain(self, request: Request, command: Command, key: str | None) -> bool:
        """Whether the update is a plain `+N` typed in a group, with an update key and an outbox."""
        return (
            key is not None
            and self.app.queues
            and command.name == "join"
            and request.chat_kind is ChatKind.GROUP
            and request.button is None
            and PLAIN_JOIN.fullmatch(request.text.strip()) is not None
        )

    def takes(self, request: Request, command: Command, key: str | None) -> bool:
        """A plain `+N` (`plain`), to run alone or in its chat's lane."""
        return not _IN_LANE.get() and self.plain(request, command, key)

    def waits(self, request: Request) -> bool:
        """Whether the update is any other of a group whose lane has `+N`s queued: it keeps its place
        behind them, whatever it is (her `-1` never overtakes her `+1`, nor her stray `1` her `+1`'s
        line, nor the organiser's close the joins sent before it)."""
        return (
            request.chat_kind is ChatKind.GROUP
            and request.chat_id in self._lanes
            and not _IN_LANE.get()
            and not (
                request.button is None
                and request.update_id is not None
                and PLAIN_JOIN.fullmatch(request.text.strip()) is not None
            )
        )

    async def in_turn(self, request: Request, run: Callable[[], Awaitable[list[Reply]]]) -> list[Reply]:
        """`run` (the update's whole handling) once the `+N`s queued before it in its chat's lane ran."""
        lane = self._lanes.get(request.chat_id)
        self._entered(request)
        if lane is None:  # the lane ended meanwhile
            return await run()
        self._left(_OUTSIDE.get())
        answer: asyncio.Future[list[Reply]] = asyncio.get_running_loop().create_future()
        lane.append(Queued(request, None, "", answer, False, run))
        return await answer

    async def join(self, request: Request, command: Command, key: str | None) -> list[Reply]:
        """Her answer: alone when no other `+N` of the chat runs, else after her place in its lane."""
        chat = request.chat_id
        lane = self._lanes.get(chat)
        plain = self.plain(request, command, key)
        self._entered(request)
        self._left(_OUTSIDE.get())  # in the lane now, or its first
        answer: asyncio.Future[list[Reply]] = asyncio.get_running_loop().create_future()
        if lane is not None:
            lane.append(Queued(request, command, key or "", answer, plain))
            return await answer
        lane = self._lanes[chat] = []
        handed = False  # the lane is the drain's (which ends it), not hers
        try:
            # Nothing else of the chat being handled: one turn of the event loop first, so the chat's
            # `+N`s that came with hers (a flash sale's, all answered at once a moment ago and sending
            # again) queue behind her, and she goes with them. Another update of the chat started before
            # hers (outside a lane) keeps its place before her: she runs alone at once, after it.
            if not self._outside[chat]:
                await asyncio.sleep(0)
            if lane:
                lane.insert(0, Queued(request, command, key or "", answer, plain))
                handed = True
                self._drained(chat, lane)
                return await answer
            return await self.app.run_alone(request, command, key)
        finally:
            if not handed and lane:  # those queued behind her run, even if she was cancelled
                self._drained(chat, lane)
            elif not handed:
                del self._lanes[chat]

    def _drained(self, chat: str, lane: list[Queued]) -> None:
        """The lane's queue runs (`_drain`), in a task of its own."""
        task = asyncio.create_task(self._drain(chat, lane))
        self._draining.add(task)
        task.add_done_callback(self._draining.discard)

    async def _drain(self, chat: str, lane: list[Queued]) -> None:
        try:
            while lane:
                batch = [queued for queued in lane[:BATCH] if not queued.answer.done()]
                del lane[:BATCH]
                await self._run(batch)
        finally:
            del self._lanes[chat]
            for queued in lane:  # stopped (the process stops): nothing of theirs ran
                queued.answer.cancel()

    async def _run(self, batch: list[Queued]) -> None:
        """The batch in order: its longest first part that goes together in one pass, then the member
        that stopped it alone, then the rest the same way."""
        while batch:
            taken = await self._together(batch) if len(batch) > 1 else 0
            if taken == 0:
                await self._alone(batch[0])
                taken = 1
            batch = batch[taken:]

    async def _alone(self, queued: Queued) -> None:
        try:
            if queued.run is not None:
                token = _IN_LANE.set(True)
                try:
                    replies = await queued.run()
                finally:
                    _IN_LANE.reset(token)
            else:
                assert queued.command is not None
                with one_update():
                    replies = await self.app.run_alone(queued.request, queued.command, queued.key or None)
        except Exception as exc:
            _settle(queued.answer, exc)
        else:
            _settle(queued.answer, replies)

    async def _together(self, batch: list[Queued], *, locked: bool = False) -> int:
        """One pass over the batch's first members that go together: how many were answered (0: the
        first runs alone). Its group buy changed by another worker during the pass (`Broken`: nothing
        of it was written), the pass runs again under the group buy's lock (`locked`)."""
        app = self.app
        done: list[tuple[Queued, Answered]] = []
        try:
            with own_transaction():
                async with app.uow_factory() as uow:
                    now = app.clock.now()
                    view = await BatchView.over(uow, batch[0].request.chat_id, now, locked=locked)
                    if view is None:
                        return 0
                    assert view.group_buy.id is not None
                    users = {queued.request.user_id for queued in batch}
                    claims = [queued.key for queued in batch if queued.plain]
                    holding, stored = await uow.group_buys.newcomers(view.group_buy.id, users, claims)
                    keys: set[str] = set()
                    for queued in batch:
                        user = queued.request.user_id
                        if not queued.plain or queued.key in stored or queued.key in keys:
                            break  # another command, a repeat: alone, after the others are written
                        if user in holding:
                            break  # a `+N` of one with a line stored: to her line as stored
                        view.start_member(user)
                        try:
                            with one_update():
                                command = queued.command
                                assert command is not None
                                answered = await app.work(view, queued.request, command, queued.key)
                        except NotInBatch as why:
                            log.debug("a join batch left %s to run alone: %s", user, why)
                            view.drop_member()
                            break
                        view.end_member()
                        done.append((queued, answered))
                        keys.add(queued.key)
                    if not done:
                        return 0
                    await uow.prepare_commit()  # what the commit would write, sent before the batch's
                    await view.write()  # last write, which may be its own transaction (PostgreSQL)
                    await uow.commit()
        except Broken as exc:
            if not locked:  # another worker's change met the guard: again, under the row's lock
                log.info("a join batch of %d met a change (%s): again under its lock", len(done), exc)
                return await self._together(batch, locked=True)
            log.info("a join batch of %d was undone (%s): each runs alone", len(done), exc)
            for queued, _ in done:
                await self._alone(queued)
            return len(done)
        except Exception as exc:
            # nothing of it was kept (values-store marks aside, which its members set again alone)
            log.info("a join batch of %d was undone (%s): each runs alone", len(done), exc)
            for queued, _ in done:
                await self._alone(queued)
            return len(done)
        app.queued()
        for queued, answered in done:
            try:
                with one_update():
                    _settle(queued.answer, await answered())
            except Exception as exc:  # her work after the commit (it is kept): as alone, logged there
                _settle(queued.answer, exc)
        return len(done)


def _settle(answer: asyncio.Future[list[Reply]], result: list[Reply] | Exception) -> None:
    if answer.done():  # her caller gave up waiting: nothing to tell
        return
    if isinstance(result, Exception):
        answer.set_exception(result)
    else:
        answer.set_result(result)


@dataclass
class _Writes:
    """One member's writes, kept until the batch writes them, dropped if she is refused."""

    lines: list[Participant] = field(default_factory=list)
    calls: list[tuple[str, str, tuple[Any, ...], dict[str, Any]]] = field(default_factory=list)
    items: list[OutboxItem] = field(default_factory=list)
    answers: list[tuple[str, str]] = field(default_factory=list)
    # units added to her line made earlier in the batch (her `+1` again): user id -> units
    added: dict[str, int] = field(default_factory=dict)
    sold: int = 0  # the group buy's counts before her
    line_count: int = 0

    def extend(self, other: _Writes) -> None:
        for line in self.lines:  # her line, still to be written: with the units she added
            line.quantity += other.added.get(line.user_id, 0)
        self.lines += other.lines
        self.calls += other.calls
        self.items += other.items
        self.answers += other.answers


class BatchView(BaseUnitOfWork):
    """The unit of work a batch's member works in (see the module's doc): the batch's group buy from
    memory, her writes kept apart, anything else it does not serve refused (`NotInBatch`)."""

    def __init__(self, uow: UnitOfWork, group_buy: GroupBuy, line_count: int, now: datetime) -> None:
        super().__init__()
        self.real = uow
        self.group_buy = group_buy  # as the batch leaves it (never handed out: copies are)
        self.line_count = line_count
        self.now = now
        self.hooks = getattr(uow, "hooks", ())
        self.kept = _Writes()
        self.member = _Writes()
        self.users: set[str] = set()  # the batch's members: none held a row when it started
        self.group_buys: Any = self.track(_GroupBuys(self))
        self.updates: Any = _Updates(self)
        self.outbox: Any = _Outbox(self)

    @classmethod
    async def over(
        cls, uow: UnitOfWork, chat_id: str, now: datetime, *, locked: bool = False
    ) -> BatchView | None:
        """A view over `uow` for the chat's one open group buy, when it is one a batch serves: open
        before its deadline, in its own chat, without options, per-person limit or 帮卖 listings;
        else None (each runs alone). Its counts as just read (`locked`: read again under its row's
        lock, after another worker changed it during the batch's first try)."""
        found = await uow.group_buys.open_in_chat(chat_id)
        if len(found) != 1:
            return None
        group_buy = found[0]
        plain = (
            group_buy.id is not None
            and group_buy.is_open
            and not group_buy.is_past_deadline(now)
            and group_buy.chat_id == chat_id
            and not group_buy.terms.options
            and group_buy.terms.per_person_limit is None
            and not group_buy.listings
            and group_buy.terms.deadline is not None
        )
        if not plain:
            return None
        assert group_buy.id is not None
        if not locked:
            # as just read, without a lock (on SQLite the batch's transaction holds the database's write
            # lock anyway): the batch's write is guarded on `sold` being what it read, so what another
            # worker changes meanwhile is found there (nothing written: the batch runs again, `locked`);
            # on PostgreSQL that write is then the batch's one statement and its own transaction (no
            # BEGIN, no COMMIT), and sold out, every member refused, there is no write of it at all
            return cls(uow, group_buy, await uow.group_buys.count_lines(group_buy.id), now)
        # its counts afresh, under its lock: another worker's joins wait for the batch's COMMIT, so
        # its decisions and the price each member is told are the stored ones
        counts = await uow.group_buys.counts_locked(group_buy.id)
        if counts is None or not counts[2]:
            return None
        group_buy.sold, line_count = counts[0], counts[1]
        return cls(uow, group_buy, line_count, now)

    # -- members ---------------------------------------------------------------------------------------
    def start_member(self, user_id: str) -> None:
        self.member = _Writes(sold=self.group_buy.sold, line_count=self.line_count)
        self.users.add(user_id)

    def end_member(self) -> None:
        """Her work went through (committed, or refused and answered): hers are written with the batch."""
        self.kept.extend(self.member)
        self.member = _Writes(sold=self.group_buy.sold, line_count=self.line_count)

    def drop_member(self) -> None:
        """She runs alone: nothing of hers stays."""
        self._undo()

    def _undo(self) -> None:
        self.group_buy.sold, self.line_count = self.member.sold, self.member.line_count
        self.member = _Writes(sold=self.group_buy.sold, line_count=self.line_count)

    async def _commit(self) -> None:
        """Her commit: hers wait for the batch's (`end_member`)."""

    async def _rollback(self) -> None:
        self._undo()

    # -- the batch's writes ----------------------------------------------------------------------------
    async def write(self) -> None:
        """Every member's writes, in their order, into the batch's transaction."""
        real, kept = self.real, self.kept
        sightings = [kwargs for repository, method, _, kwargs in kept.calls if (repository, method) == _SEEN]
        if sightings:  # the members' sightings, in their order, in one statement per table
            await real.members.seen_many(sightings)
        for repository, method, args, kwargs in kept.calls:  # the rest (a chat's name), one by one
            if (repository, method) != _SEEN:
                await getattr(getattr(real, repository), method)(*args, **kwargs)
        if kept.items:
            await real.outbox.add(kept.items)
        if kept.answers:
            await real.updates.record_many(kept.answers)
        # last: the storage may hold the writes above back to travel with its guarded write (one trip)
        if kept.lines and not await real.group_buys.add_lines(self.group_buy, kept.lines, now=self.now):
            raise Broken(f"group buy {self.group_buy.id} changed since the batch read it")

    # -- what the member reads -------------------------------------------------------------------------
    def copy(self) -> GroupBuy:
        """The group buy as the batch left it, a copy of its own (a member's changes stay hers until
        her write), as a read makes one."""
        made = copy.copy(self.group_buy)
        made.events, made.history, made.option_sold = [], list(made.history), dict(made.option_sold)
        return made

    def __getattr__(self, name: str) -> Any:
        """Other repositories (`_REPOSITORIES`): their reads as stored, their writes kept with hers."""
        known = _REPOSITORIES.get(name)
        if known is None:
            raise NotInBatch(name)
        kept = _Kept(self, name, *known)
        setattr(self, name, kept)
        return kept


class _Kept:
    """Another repository as the member sees it: its reads (`reads`) as stored (the batch writes nothing
    they read), its writes (`writes`) kept with hers, anything else refused (`NotInBatch`)."""

    def __init__(self, view: BatchView, name: str, reads: Collection[str], writes: Collection[str]) -> None:
        self._view, self._name, self._reads, self._writes = view, name, reads, writes

    def __getattr__(self, method: str) -> Any:
        if method in self._reads:
            return getattr(getattr(self._view.real, self._name), method)
        if method not in self._writes:
            raise NotInBatch(f"{self._name}.{method}")
        name, calls = self._name, self._view.member.calls

        async def kept(*args: Any, **kwargs: Any) -> None:
            calls.append((name, method, args, kwargs))

        return kept


_SEEN = ("members", "seen")

# Other repositories a plain join's path uses: their reads, none of them of what a batch writes (its group
# buy's row and lines, outbox rows, update claims), and their writes, which nothing in the batch reads.
_REPOSITORIES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "members": (frozenset({"languages", "name_of"}), frozenset({"seen"})),
    "chat_names": (frozenset({"of_member"}), frozenset({"name"})),
    "chats": (frozenset({"languages", "language"}), frozenset()),
    "notes": (frozenset({"about"}), frozenset()),
    "waiting": (frozenset({"sizes"}), frozenset()),
}


class _GroupBuys:
    """The batch's group buy and its members' lines from memory; other group buys as stored."""

    def __init__(self, view: BatchView) -> None:
        self._view = view
        self._real: Any = view.real.group_buys

    def _ours(self, group_buy_id: int | None) -> bool:
        return group_buy_id is not None and group_buy_id == self._view.group_buy.id

    def _patched(self, found: GroupBuy | None) -> GroupBuy | None:
        return self._view.copy() if found is not None and self._ours(found.id) else found

    async def open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> list[GroupBuy]:
        if organiser is None and chat_id == self._view.group_buy.chat_id:
            return [self._view.copy()]
        found = await self._real.open_in_chat(chat_id, organiser=organiser)
        return [self._view.copy() if self._ours(g.id) else g for g in found]

    async def get(self, group_buy_id: int) -> GroupBuy | None:
        if self._ours(group_buy_id):
            return self._view.copy()
        return await self._real.get(group_buy_id)  # type: ignore[no-any-return]

    async def latest_open_in_chat(self, chat_id: str) -> GroupBuy | None:
        return self._patched(await self._real.latest_open_in_chat(chat_id))

    async def latest_in_chat(self, chat_id: str) -> GroupBuy | None:
        return self._patched(await self._real.latest_in_chat(chat_id))

    async def count_open_in_chat(self, chat_id: str, *, organiser: str | None = None) -> int:
        return await self._real.count_open_in_chat(chat_id, organiser=organiser)  # type: ignore[no-any-return]

    async def count_lines(self, group_buy_id: int) -> int:
        if self._ours(group_buy_id):
            return self._view.line_count
        return await self._real.count_lines(group_buy_id)  # type: ignore[no-any-return]

    def _lines(self, group_buy_id: int, user_id: str) -> list[Participant] | None:
        """Her lines on the batch's group buy (those of its members are the batch's, with what she
        added to them in her turn); None: as stored."""
        view = self._view
        if not self._ours(group_buy_id) or user_id not in view.users:
            return None
        made = [*view.kept.lines, *view.member.lines]
        added = view.member.added.get(user_id, 0)
        return [
            replace(line, quantity=line.quantity + added) if added else replace(line)
            for line in made
            if line.user_id == user_id
        ]

    async def participant(
        self, group_buy_id: int, user_id: str, friend: str = "", option: str = ""
    ) -> Participant | None:
        lines = self._lines(group_buy_id, user_id)
        if lines is None:
            return await self._real.participant(group_buy_id, user_id, friend, option)  # type: ignore[no-any-return]
        return next((line for line in lines if (line.friend, line.option) == (friend, option)), None)

    async def lines_of(self, group_buy_id: int, user_id: str) -> list[Participant]:
        lines = self._lines(group_buy_id, user_id)
        if lines is None:
            found: list[Participant] = await self._real.lines_of(group_buy_id, user_id)
            return found
        return lines

    async def lines_held(self, group_buy_id: int, user_id: str) -> list[Participant]:
        lines = self._lines(group_buy_id, user_id)
        if lines is None:
            found: list[Participant] = await self._real.lines_held(group_buy_id, user_id)
            return found
        return lines

    async def change_participation(
        self,
        group_buy: GroupBuy,
        line: Participant,
        delta: int,
        *,
        now: datetime | None = None,
        cap: int | None = None,
        whole: bool = False,
    ) -> bool:
        """Units added to the batch's group buy, guarded as the database guards them (storage's
        `change_participation`: its upsert of her line and the group buy's guarded write): a new line,
        or more on her own line made earlier in the batch (her `+1` again: its name, note and time
        as made); False, nothing changed, where the write would fail."""
        view = self._view
        ours = view.group_buy
        lines = self._lines(group_buy.id or 0, line.user_id)
        made = next((held for held in lines or () if (held.friend, held.option) == ("", "")), None)
        plain = not line.option and not line.friend and not line.note
        if not self._ours(group_buy.id) or delta <= 0 or not plain or whole or (lines and made is None):
            raise NotInBatch("a change other than a plain line of the batch's group buy")
        had = made.quantity if made is not None else 0
        limit = ours.line_limit(cap)
        if limit is not None and had + delta > limit:
            return False
        if ours.terms.stock is not None and ours.sold + delta > ours.terms.stock:
            return False
        if not ours.is_open or (now is not None and ours.is_past_deadline(now)):
            return False
        ours.sold += delta
        group_buy.sold = ours.sold  # the committed total, as the write reports it
        if made is None:  # a new line
            view.line_count += 1
            line.quantity = delta
            view.member.lines.append(replace(line))
            return True
        member = view.member  # her line made earlier in the batch: written with these units too
        member.added[line.user_id] = member.added.get(line.user_id, 0) + delta
        line.quantity, line.joined_at = had + delta, made.joined_at
        return True

    def __getattr__(self, name: str) -> Any:
        raise NotInBatch(f"group_buys.{name}")


class _Updates:
    def __init__(self, view: BatchView) -> None:
        self._view = view

    async def record(self, key: str, answer: str) -> bool:
        self._view.member.answers.append((key, answer))  # no repeat: the batch read its keys first
        return True

    def __getattr__(self, name: str) -> Any:
        raise NotInBatch(f"updates.{name}")


class _Outbox:
    def __init__(self, view: BatchView) -> None:
        self._view = view

    async def add(self, items: Collection[OutboxItem]) -> None:
        self._view.member.items.extend(items)

    def __getattr__(self, name: str) -> Any:
        raise NotInBatch(f"outbox.{name}")
