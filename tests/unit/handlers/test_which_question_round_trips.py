"""The question which group buy a join meant, with several workers on one shared state (Redis in
production): asked on one worker, answered on another; and what it costs everyone else. A `+1 #2`
from a member who was not asked (nearly every join in a chat with two group buys open) deletes
nothing: whether she was asked is read with her sighting, in the same round trip."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, cast

from commerce.ports import UnitOfWorkFactory
from commerce.state import KeyValues
from handlers.app import AppConfig, ChatApp
from handlers.members import MemberMemo
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


class Counted:
    """The shared state's values, each call named in `calls` (`get`, `get_many`, `delete`, ...)."""

    def __init__(self, values: KeyValues, calls: list[str]) -> None:
        self._values, self._calls = values, calls

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        method = getattr(self._values, name)

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self._calls.append(name)
            return await method(*args, **kwargs)

        return counted


def _workers(calls: list[str]) -> tuple[Chat, Chat]:
    """Two workers in front of one chat: one database, one shared state."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    shared = cast(KeyValues, Counted(MemorySharedState().values, calls))

    def worker() -> Chat:
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, factory),
            clock=clock,
            config=AppConfig(default_language="en"),
            values=shared,
            members=MemberMemo(values=shared),
        )
        return Chat(app)

    return worker(), worker()


async def _two_open(a: Chat) -> None:
    await a.say("amy", "/groupbuy Lychees price 15 ends 3d")
    await a.say("ken", "/groupbuy Navel oranges price 25 ends 3d")


async def test_a_join_naming_its_group_buy_deletes_nothing_when_nobody_asked() -> None:
    calls: list[str] = []
    a, b = _workers(calls)
    await _two_open(a)
    calls.clear()

    said = a.said(await a.say("cat", "+1 #2"))
    assert said.startswith("Cat is in: 1 × Navel oranges (#2)")
    assert "delete" not in calls
    assert (await b.card(2)).endswith("1. Cat ×1")


async def test_asked_on_one_worker_answered_on_another() -> None:
    calls: list[str] = []
    a, b = _workers(calls)
    await _two_open(a)
    await a.say("cat", "+1 #1")
    asked = a.said(await a.say("cat", "+2"))  # on #1 already: one more of #1, or #2?
    assert "#1" in asked and "#2" in asked
    assert "Cat ×1" in await a.card(1) and "Cat" not in await a.card(2)

    calls.clear()
    said = b.said(await b.say("cat", "2"))  # the answer, on the other worker
    assert said.startswith("Cat is in: 2 × Navel oranges (#2)")
    assert (await a.card(2)).endswith("1. Cat ×2")
    assert calls.count("delete") == 1  # the question, answered, forgotten once
    assert await a.say("cat", "2") == []  # answered: talk again, on either worker
    assert await b.say("cat", "2") == []


async def test_a_join_naming_the_group_buy_answers_the_question_on_another_worker() -> None:
    calls: list[str] = []
    a, b = _workers(calls)
    await _two_open(a)
    await a.say("cat", "+1 #1")
    a.said(await a.say("cat", "+2"))  # asked

    b.said(await b.say("cat", "+2 #2"))  # she named it herself: the question is answered
    assert await a.say("cat", "2") == []  # so a later `2` is talk
    assert (await a.card(2)).endswith("1. Cat ×2")
