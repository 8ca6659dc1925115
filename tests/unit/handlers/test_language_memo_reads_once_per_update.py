"""With several workers (the chat's `/lang` in the shared state), a tap on Join asked the shared state for
the chat's language twice: for its answer, then for the language of the card it was on. One update now
reads it once; the next update reads it again, so a `/lang` set through another worker is still heard at
once."""

from __future__ import annotations

from collections import Counter
from typing import cast

from commerce.ports import UnitOfWorkFactory
from commerce.state import Json, KeyValues
from handlers.app import AppConfig, ChatApp
from handlers.members import MemberMemo
from handlers.memo import LanguageMemo
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


class CountedValues:
    """The shared state's values, counting the reads of each key."""

    def __init__(self, values: object) -> None:
        self._values = values
        self.reads: Counter[str] = Counter()

    async def get(self, key: str) -> Json | None:
        self.reads[key] += 1
        return cast("Json | None", await getattr(self._values, "get")(key))  # noqa: B009

    def __getattr__(self, name: str) -> object:
        return getattr(self._values, name)


def worker(counted: CountedValues, factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    values = cast(KeyValues, counted)
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=AppConfig(),
        values=values,
        members=MemberMemo(values=values),
        languages=LanguageMemo(values=values),
    )
    return Chat(app)


async def test_a_join_reads_the_chats_language_once_and_the_next_update_reads_it_again() -> None:
    state, factory, clock = MemorySharedState(), FakeUnitOfWorkFactory(), FakeClock()
    values = CountedValues(state.values)
    a, b = worker(values, factory, clock), worker(values, factory, clock)
    await a.say("amy", "/groupbuy Mangoes price 10")
    values.reads.clear()

    joined = await b.tap("bob", "gb:join:1")

    assert b.toast(joined) == "You're in: 1 × Mangoes"
    assert values.reads["chat:language:family"] == 1

    await a.say("amy", "/lang zh")
    joined = await b.tap("cat", "gb:join:1")

    assert b.toast(joined) == "跟团成功：1 × Mangoes"
    assert values.reads["chat:language:family"] == 2
