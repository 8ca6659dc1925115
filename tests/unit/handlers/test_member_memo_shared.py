"""`MemberMemo` on the shared state (`values`): what one worker wrote is known to every other, and a
shared state that does not answer costs a write, never the command."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from commerce.state import Json
from handlers.members import MemberMemo
from handlers.types import ChatKind, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock


def _request(user: str = "amy", *, title: str | None = "Family", language: str | None = None) -> Request:
    return Request(
        platform="test",
        chat_id="family",
        user_id=user,
        display_name=user.title(),
        chat_kind=ChatKind.GROUP,
        text="/status",
        chat_title=title,
        language=language,
    )


async def test_what_one_worker_wrote_is_known_to_the_other() -> None:
    values, clock = MemorySharedState().values, FakeClock()
    a, b = MemberMemo(values=values), MemberMemo(values=values)
    seen = await a.due(_request(), clock.now(), "en")
    assert seen is not None and seen.chat_title == "Family"
    await a.remember(seen)

    assert await b.due(_request(), clock.now(), "en") is None  # nothing new for B either
    assert await b.due(_request(), clock.now()) is None  # `+1`: no language, no change
    assert await b.first(_request(), clock.now()) is None  # chatter: known in this chat
    switched = await b.due(_request(), clock.now(), "zh")
    assert switched is not None and switched.language == "zh" and switched.chat_title is None
    await b.remember(switched)
    again = await a.due(_request(), clock.now(), "en")  # A wrote en, B zh since: en is news
    assert again is not None and again.language == "en"

    renamed = await b.due(_request(title="Wang Family"), clock.now(), "en")
    assert renamed is not None and renamed.chat_title == "Wang Family"
    clock.advance(hours=1)
    assert await b.due(_request(), clock.now(), "zh") is not None  # an hour on: written again


async def test_a_shared_state_that_fails_costs_a_write_not_the_command() -> None:
    class Broken:
        async def get(self, key: str) -> Json | None:
            raise ConnectionError("redis went away")

        async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
            raise ConnectionError("redis went away")

        async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
            raise ConnectionError("redis went away")

        async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
            raise ConnectionError("redis went away")

        async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
            raise ConnectionError("redis went away")

        async def delete(self, key: str) -> bool:
            raise ConnectionError("redis went away")

    memo, clock = MemberMemo(values=Broken(), refresh=timedelta(hours=1)), FakeClock()
    seen = await memo.due(_request(), clock.now(), "en")
    assert seen is not None
    await memo.remember(seen)  # logged, not raised
    assert await memo.due(_request(), clock.now(), "en") is not None
    assert await memo.first(_request("bob"), clock.now()) is not None


async def test_chatter_known_lately_reads_nothing_from_the_shared_state() -> None:
    shared = MemorySharedState().values
    reads: list[str] = []

    class Counted:
        async def get(self, key: str) -> Json | None:
            reads.append(key)
            return await shared.get(key)

        async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
            reads.extend(keys)
            return await shared.get_many(keys)

        async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
            await shared.set(key, value, ttl=ttl)

        async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
            await shared.set_many(values, ttl=ttl)

        async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
            return await shared.set_if_absent(key, value, ttl=ttl)

        async def set_if_unchanged(
            self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
        ) -> bool:
            return await shared.set_if_unchanged(key, expected, value, ttl=ttl)

        async def delete(self, key: str) -> bool:
            return await shared.delete(key)

    clock = FakeClock()
    a, b = MemberMemo(values=Counted()), MemberMemo(values=Counted())
    seen = await a.first(_request(), clock.now())
    assert seen is not None
    await a.remember(seen)
    reads.clear()
    assert await a.first(_request(), clock.now()) is None  # A wrote it: no read
    assert reads == []
    assert await b.first(_request(), clock.now()) is None  # B reads it once, then knows
    assert await b.first(_request(), clock.now()) is None
    assert len(reads) == 2  # B's one read: the sighting and the chat's name, together
    assert await a.due(_request(), clock.now(), "zh") is not None  # a command still reads: zh is news
    reads.clear()
    clock.advance(hours=1)  # past `refresh`: A asks the shared state again
    await a.first(_request(), clock.now())
    assert len(reads) == 2


async def test_a_commands_sighting_is_one_read_and_one_write_of_the_shared_state() -> None:
    """A `+1` from a member new in the chat (every tap of a busy group buy): its names, the member's
    language and the chat's name are read together and written together, one round trip each (they
    were six calls, each taking a connection of its own)."""
    shared = MemorySharedState().values
    calls: list[str] = []

    class Counted:
        async def get(self, key: str) -> Json | None:
            calls.append("get")
            return await shared.get(key)

        async def get_many(self, keys: Sequence[str]) -> list[Json | None]:
            calls.append(f"get_many {len(keys)}")
            return await shared.get_many(keys)

        async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
            calls.append("set")
            await shared.set(key, value, ttl=ttl)

        async def set_many(self, values: Mapping[str, Json], *, ttl: float | None = None) -> None:
            calls.append(f"set_many {len(values)}")
            await shared.set_many(values, ttl=ttl)

        async def set_if_absent(self, key: str, value: Json, *, ttl: float | None = None) -> bool:
            calls.append("set_if_absent")
            return await shared.set_if_absent(key, value, ttl=ttl)

        async def set_if_unchanged(
            self, key: str, expected: Json | None, value: Json, *, ttl: float | None = None
        ) -> bool:
            calls.append("set_if_unchanged")
            return await shared.set_if_unchanged(key, expected, value, ttl=ttl)

        async def delete(self, key: str) -> bool:
            calls.append("delete")
            return await shared.delete(key)

    memo, clock = MemberMemo(values=Counted()), FakeClock()
    seen = await memo.due(_request(language="en"), clock.now())
    assert seen is not None and seen.language == "en" and seen.chat_title == "Family"
    await memo.remember(seen)
    assert calls == ["get_many 3", "set_many 3"]

    other = MemberMemo(values=shared)  # another worker reads all three as written
    assert await other.due(_request(language="en"), clock.now()) is None
