"""Session 31 (review 59): `Vanilla +1 for Tom` (an option named first, capitalised, then a friend in
English) was unread: the capitalised word was taken for a person's name. It is Tom's line of Vanilla,
as `香草 +1 帮老赵` is 老赵's line of 香草 (s30-friendopt); a name that is no option stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPEN = "/groupbuy Ice cream options Vanilla:10,Choc:12 target 5"


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("Vanilla +1 for Tom", "Eve joined for Tom: 1 × Ice cream Vanilla (#1). Vanilla: now ¥10 each."),
        ("Vanilla +2 for Tom", "Eve joined for Tom: 2 × Ice cream Vanilla (#1). Vanilla: now ¥10 each."),
        ("+1 vanilla for Tom", "Eve joined for Tom: 1 × Ice cream Vanilla (#1). Vanilla: now ¥10 each."),
        ("Choc +1 for Tom", "Eve joined for Tom: 1 × Ice cream Choc (#1). Choc: now ¥12 each."),
    ],
)
@pytest.mark.parametrize("room", ["en", "zh"])
async def test_an_option_and_a_friend_in_english_join_the_friend(room: str, typed: str, answer: str) -> None:
    chat = fake_chat(default_language=room)
    await chat.say("amy", OPEN)

    said = chat.said(await chat.say("eve", typed))

    assert said == answer
    assert "Eve for Tom" in await chat.card(1)


@pytest.mark.parametrize("typed", ["Amy +1 for Tom", "Bob +1 for me"])
async def test_a_name_that_is_no_option_stays_talk(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", OPEN)

    replies = await chat.say("eve", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert "Eve" not in await chat.card(1)
