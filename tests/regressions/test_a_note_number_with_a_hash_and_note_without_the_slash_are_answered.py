"""s39 closing (Organiser): `/note #99` alone, with neither a note nor a group buy #99 in the chat, read
only as a note's number (`There is no note #99 in this chat.`), though `#99` is how a note names its
group buy (`/note #1 …`); and `note #99 great stuff` without the slash got no reply at all. The first
now says there is neither, with both forms; the second is told that only `/note #99 great stuff` posts
a note (s41: s40 posted it, and `note #2 is sold out` said as talk became a note)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NEITHER = (
    "There is no note #99 and no group buy #99 in this chat. To write a note on an open group buy:"
    " /note #1 so sweet, my third time; to read a note: /note and its number (no #)."
)
NEITHER_ZH = (
    "这个群里没有笔记 #99，也没有团购 #99。要给进行中的团写笔记：种草 #1 超甜，已经回购三次；"
    "要看某条笔记：笔记 加它的编号（不带 #）。"
)


async def durian() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    chat.admins = {"amy"}
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 30")
    await chat.say("kim", "+1")
    return chat


@pytest.mark.parametrize(
    ("typed", "said"), [("/note #99", NEITHER), ("note #99", NEITHER), ("笔记 #99", NEITHER_ZH)]
)
async def test_a_hashed_number_that_is_neither_says_both(typed: str, said: str) -> None:
    chat = await durian()

    assert [r.text for r in await chat.say("kim", typed) if r.text] == [said]


async def test_note_without_the_slash_is_told_the_command_and_posts_nothing() -> None:
    """s41: `note #2 is sold out` is as likely talk: only `/note` posts a note (s40 posted it)."""
    chat = await durian()

    said = [r.text for r in await chat.say("kim", "note #1 great durian, so creamy") if r.text]

    assert said == [
        "“note #1 great durian, so creamy” was not posted as a note: only the /note command posts one."
        " To post it, send /note #1 great durian, so creamy"
    ]
    shown = [r.text for r in await chat.say("kim", "/note 1") if r.text]
    assert shown == ["There is no note #1 in this chat."]
