"""The shared behaviour of every unit of work: roll back unless committed, collect events, hand them out
once.

Events come from the aggregates themselves: every group buy or order a repository returns (or is given)
during the unit of work is *seen* (`TrackingRepository`, as cosmicpython's repositories track `seen`), and
`commit()` pulls the events of everything seen, in the order it was first seen. No service records an
event by hand. Before the commit, `before_commit` hooks may write more in the same transaction (the
outbox of durable events and messages); after it, the events are handed out by `collect_events()`.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from typing import Any, Protocol, TypeVar, cast

from commerce.domain.events import Event

R = TypeVar("R")


class Contention(Exception):
    """The unit of work lost a race for a lock with another one (a deadlock, a lock wait cut short, a
    database busy with another writer): nothing of it was kept, and the same work run again will most
    likely go through. The storage raises it in place of its own error, from that error."""


_own_transaction: ContextVar[bool] = ContextVar("uow_own_transaction", default=False)


@contextlib.contextmanager
def own_transaction() -> Iterator[None]:
    """Units of work opened in here keep a transaction of their own, not shared with others (group
    commit, storage.group_commit), so they may wait for a lock: work run again after a `Contention`."""
    token = _own_transaction.set(True)
    try:
        yield
    finally:
        _own_transaction.reset(token)


def wants_own_transaction() -> bool:
    return _own_transaction.get()


_runs_again: ContextVar[bool] = ContextVar("uow_runs_again", default=False)


@contextlib.contextmanager
def runs_again_on_contention() -> Iterator[None]:
    """Work in here is run again by its caller after a `Contention` (in the same task): a batch undone
    with all lets such members run again in the order they came (storage.group_commit `Replay`), and
    waits for no one who will not."""
    token = _runs_again.set(True)
    try:
        yield
    finally:
        _runs_again.reset(token)


def runs_again() -> bool:
    return _runs_again.get()


class Aggregate(Protocol):
    def pull_events(self) -> list[Event]: ...


_PLAIN = frozenset({str, int, bool, float, bytes, dict, set, frozenset})  # never an aggregate


class Tracker:
    """The aggregates seen in one unit of work, first seen first; each counted once."""

    def __init__(self) -> None:
        self._seen: dict[int, Aggregate] = {}

    def see(self, value: object) -> None:
        if value is None or type(value) in _PLAIN:  # most arguments: ids, names, quantities
            return
        if isinstance(value, list | tuple):
            for item in value:
                self.see(item)
        elif hasattr(value, "pull_events") and id(value) not in self._seen:
            self._seen[id(value)] = cast(Aggregate, value)

    def pull_events(self) -> list[Event]:
        return [event for aggregate in self._seen.values() for event in aggregate.pull_events()]

    def peek_events(self) -> list[Event]:
        """The events the aggregates hold now, left for `pull_events`."""
        held: list[Event] = []
        for aggregate in self._seen.values():
            held.extend(getattr(aggregate, "events", ()))
        return held

    def clear(self) -> None:
        self._seen.clear()


# (repository class, attribute) -> whether it is a coroutine function: a class's methods stay what they are
_COROUTINES: dict[tuple[type, str], bool] = {}


class TrackingRepository:
    """Wraps a repository: every aggregate its coroutines take or return is seen by the tracker.

    Other attributes pass through unchanged; each wrapped method is made once per repository.
    """

    def __init__(self, inner: object, tracker: Tracker) -> None:
        self._inner = inner
        self._tracker = tracker

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        kind = (type(self._inner), name)
        coroutine = _COROUTINES.get(kind)
        if coroutine is None:  # asked of every repository made, in every unit of work: found once
            coroutine = _COROUTINES[kind] = inspect.iscoroutinefunction(attribute)
        if not coroutine:
            return attribute
        tracker = self._tracker

        async def tracked(*args: Any, **kwargs: Any) -> Any:
            for value in args:
                tracker.see(value)
            result = await attribute(*args, **kwargs)
            tracker.see(result)
            return result

        setattr(self, name, tracked)
        return tracked


BeforeCommit = Callable[[list[Event]], Awaitable[None]]
UnitOfWorkHook = Callable[[Any, list[Event]], Awaitable[None]]
"""A factory's hook, called as `hook(uow, events)` before each of its units of work commits."""


class BaseUnitOfWork:
    """Subclasses provide the repositories and `_commit` / `_rollback` (and optionally `_begin`, `_end`).

    Leaving the `async with` block without `commit()` rolls back, so a handler that raises, or simply
    forgets, changes nothing. Events are published only by a commit.
    """

    def __init__(self) -> None:
        self._tracker = Tracker()
        self._pending: list[Event] = []
        self._prepared: list[Event] = []  # collected, hooks run, not committed yet
        self._published: list[Event] = []
        self.before_commit: list[BeforeCommit] = []
        # Hooks given the unit of work itself at each commit (`hook(self, events)`), before those of
        # `before_commit`: held unbound, so a unit of work is no reference cycle (a partial bound to it
        # in its own list was one: every unit of work, with all it held, waited for the garbage collector).
        self.hooks: tuple[UnitOfWorkHook, ...] = ()

    def track(self, repository: R) -> R:
        """`repository`, wrapped so that the aggregates it hands out are seen by this unit of work."""
        return cast(R, TrackingRepository(repository, self._tracker))

    async def __aenter__(self) -> Any:
        await self._begin()
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            try:
                await self.rollback()
            finally:
                await self._end()
        except Exception:
            leaving = exc[1] if len(exc) > 1 else None
            if isinstance(leaving, BaseException) and not isinstance(leaving, Exception):
                # a cancel (a stop) on its way out stays one: a rollback that failed under it (its
                # connection cut mid-call) must not turn it into an error a loop catches and goes on
                # after; the connection is the pool's to throw away
                return
            raise

    async def prepare_commit(self) -> None:
        """Collect the events so far and run the `before_commit` hooks on them now: for a caller whose
        last write may commit together with it (`ProcessedUpdateRepository.record`), so the hooks'
        writes (durable events' outbox rows) come first. `commit()` then handles only what came after."""
        events = [*self._pending, *self._tracker.pull_events()]
        self._pending.clear()
        for own in self.hooks:
            await own(self, events)
        for hook in self.before_commit:
            await hook(events)
        self._prepared.extend(events)

    async def commit(self) -> None:
        await self.prepare_commit()
        await self._commit()
        events, self._prepared = self._prepared, []
        self._tracker.clear()
        self._published.extend(events)

    async def rollback(self) -> None:
        self._pending.clear()
        self._prepared.clear()
        self._tracker.clear()
        await self._rollback()

    def peek_events(self) -> list[Event]:
        """The events of this unit of work so far, not collected: for work that writes what they mean in
        the same transaction (a payment's notice to whoever earns on it)."""
        return [*self._prepared, *self._pending, *self._tracker.peek_events()]

    def record(self, *events: Event) -> None:
        """An event that belongs to no aggregate (rare: aggregates' own events are collected by commit)."""
        self._pending.extend(events)

    def collect_events(self) -> list[Event]:
        out, self._published = self._published, []
        return out

    async def _begin(self) -> None:
        """Open the connection or session; called on entering the block."""

    async def _end(self) -> None:
        """Release the connection or session; called on leaving the block."""

    async def _commit(self) -> None:
        raise NotImplementedError

    async def _rollback(self) -> None:
        raise NotImplementedError
