"""`MemberMemo.forget`: a member who left a chat (`ChatApp.left`) is written again by his next message
there: chatter on this worker, a command on any worker sharing the state (another's chatter once its
own memory of him, kept `refresh` long, is out of date). His other chats are not forgotten."""

from __future__ import annotations

from handlers.members import MemberMemo
from handlers.types import Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock


def _said(chat_id: str = "family", text: str = "大家好") -> Request:
    return Request(platform="test", chat_id=chat_id, user_id="bob", display_name="Bob", text=text)


async def test_a_member_who_left_is_written_again_on_every_worker() -> None:
    values, clock = MemorySharedState().values, FakeClock()
    a, b = MemberMemo(values=values), MemberMemo(values=values)
    for chat in ("family", "garden"):
        seen = await a.first(_said(chat), clock.now())
        assert seen is not None
        await a.remember(seen)
    assert await b.due(_said(text="/status"), clock.now()) is None  # written: nothing to write

    await a.forget("test", "family", "bob")

    assert await a.first(_said(), clock.now()) is not None  # chatter here: written again
    assert await b.due(_said(text="/status"), clock.now()) is not None  # a command on another worker
    assert await a.first(_said("garden"), clock.now()) is None  # still a member there


async def test_without_a_shared_state_this_worker_forgets() -> None:
    memo, clock = MemberMemo(), FakeClock()
    seen = await memo.first(_said(), clock.now())
    assert seen is not None
    await memo.remember(seen)
    assert await memo.first(_said(), clock.now()) is None

    await memo.forget("test", "family", "bob")

    assert await memo.first(_said(), clock.now()) is not None
