"""`MemberMemo` on the shared state (`values`): what one worker wrote is known to every other, and a
shared state that does not answer costs a write, never the command."""

from __future__ import annotations

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

        async def set(self, key: str, value: Json, *, ttl: float | None = None) -> None:
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
