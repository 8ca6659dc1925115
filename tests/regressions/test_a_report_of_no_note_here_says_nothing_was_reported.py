"""s38 (closing, rep87 #10): `report 3 …` without a slash is a report of note 3 (README: `report 7
spam`), so a member's `report 3 boxes missing` where no note #3 is here was answered only with this
chat's notes, never saying that nothing was reported nor how a note is. Now it says both; a chat
with no note says so. Where note 3 is here it stays the report the README documents, answered
privately."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _with_a_note() -> Chat:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Mangoes price 10")
    await room.say("bob", "/note #1 the mangoes are sweet")
    return room


async def test_a_report_of_no_note_here_says_nothing_was_reported() -> None:
    room = await _with_a_note()

    for typed in ("report 3 boxes missing", "/report 3 spam"):
        assert room.said(await room.say("cat", typed)) == (
            "There is no note #3 in this chat (note numbers run across chats), so nothing was reported."
            " To report a note, send its number and why, e.g. report 1 spam."
            " This chat's notes: #1 the mangoes are…"
        )


async def test_in_a_chat_with_no_note_it_says_there_is_none_to_report() -> None:
    room = fake_chat()

    said = room.said(await room.say("cat", "举报 3 缺货"))

    assert said == "这里没有笔记 #3，没有举报任何笔记：这个群还没有可以举报的笔记。"


async def test_a_note_here_is_reported_privately_as_documented() -> None:
    room = await _with_a_note()

    replies = await room.say("cat", "report 1 boxes missing")

    assert [r for r in replies if r.text and not r.private_to] == []
    assert "#1" in room.private(replies)["cat"]
