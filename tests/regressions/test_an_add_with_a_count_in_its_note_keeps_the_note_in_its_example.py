"""Session 34 (s34-joins 3): `代报 Bob 1 3号楼 要三份` (the organiser adding for Bob, her note holding
another count) answered `…要 3 份就发 代报 #1 Bob 3`, dropping the note 3号楼: following it lost Bob's
address. The example keeps the rest of the note, as a member's `+1 3号楼 要三份` does since session 33;
nothing is added until it is sent."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened(language: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    opening = "/open Cookies price 5 target 10" if language == "en" else "接龙 曲奇 价格 5 成团 10"
    await chat.say("amy", opening, name="Kate")
    return chat


async def test_the_example_keeps_the_note_and_following_it_keeps_it_on_the_line() -> None:
    chat = await _opened("zh")
    before = await chat.card(1)

    said = Chat.said(await chat.say("amy", "代报 Bob 1 3号楼 要三份", name="Kate"))

    assert said == "你写了给 Bob 代报 1 和“要三份”：要 3 份就发 代报 #1 Bob 3 3号楼，没有任何改动。"
    assert await chat.card(1) == before
    await chat.say("amy", "代报 #1 Bob 3 3号楼", name="Kate")
    assert "1. Bob ×3（Kate 代报） · 3号楼" in await chat.card(1)


async def test_in_english_the_note_is_kept_too() -> None:
    chat = await _opened("en")

    said = Chat.said(await chat.say("amy", "/add Bob 1 gate 3 3 in total", name="Kate"))

    assert (
        said == "You wrote 1 for Bob and “3 in total”: for 3, send /add #1 Bob 3 gate 3. Nothing was changed."
    )


async def test_with_no_other_note_the_example_is_as_before() -> None:
    chat = await _opened("zh")

    said = Chat.said(await chat.say("amy", "代报 Bob 1 要三份", name="Kate"))

    assert said == "你写了给 Bob 代报 1 和“要三份”：要 3 份就发 代报 #1 Bob 3，没有任何改动。"
