"""rep80 #2: the README names `笔记 3` and `note 3`, but `note 1` in a private chat got "I didn't understand
that…" and in the group no answer at all, while `笔记 1` and `/note 1` both opened the note. `note 1` (the
whole message) now shows the note as `/note 1` does, in private and in the group; talk that starts with
"note", `note to self`, stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def noted() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "grp"
    await chat.say("amy", "/groupbuy Bubble Tea price 10 target 4", language="en")
    await chat.say("bob", "/note #1 this bubble tea is so good, my third time", language="en")
    await chat.say("dan", "hello", language="en")
    return chat


@pytest.mark.parametrize("typed", ["note 1", "Note #1", "note 1."])
async def test_note_one_in_private_shows_the_note(typed: str) -> None:
    chat = await noted()
    read = chat.said(await chat.say("dan", typed, private=True, language="en"))
    assert read.startswith("Note #1 · Bob\nthis bubble tea is so good, my third time")
    assert "posted in grp" in read
    assert "didn't understand" not in read


async def test_note_one_in_the_group_shows_the_note_as_slash_note_does() -> None:
    chat = await noted()
    typed = [r.text for r in await chat.say("eve", "note 1", language="en") if r.text]
    slashed = [r.text for r in await chat.say("eve", "/note 1", language="en") if r.text]
    assert typed and typed == slashed
    assert typed[0].startswith("Note #1 · Bob\nthis bubble tea is so good")


@pytest.mark.parametrize("talk", ["note to self: buy milk", "note 1 is great", "notes 1"])
async def test_talk_starting_with_note_stays_talk_in_the_group(talk: str) -> None:
    chat = await noted()
    assert [r for r in await chat.say("eve", talk, language="en") if r.text] == []


async def test_note_one_hash_two_links_the_note_as_slash_note_does() -> None:
    typed, slashed = await noted(), await noted()
    for chat in (typed, slashed):
        await chat.say("amy", "/groupbuy Pearl Milk price 12", language="en")
        await chat.say("bob", "/note so chewy and soft, my kids love it", language="en")
    said = typed.said(await typed.say("bob", "note 2 #2", language="en"))
    assert said == slashed.said(await slashed.say("bob", "/note 2 #2", language="en"))
    assert said.startswith("Note #2 is now linked to Pearl Milk (#2): its card shows the price and a Join")
