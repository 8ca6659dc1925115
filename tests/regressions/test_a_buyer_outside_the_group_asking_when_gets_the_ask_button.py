"""s39 closing (Asking and notes): Eve, who joined Amy's group buy by Cat's share code in private and is
in no group, asked `when can I pick up?` when the pickup place was set without a time, or its time had
passed, and was told to ask the organiser (`…or ask them.`, `Ask the organiser, Amy, when…`) with no way
to: no button. She now gets the button that passes her question to Amy. And in a group, the "can I" of
`when can I pick up?` no longer adds an Ask button to the plain answer: nothing is left to ask."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat, tap_privately

OFFER = "Still want to ask Amy? Tap below and the answer comes to you privately."


async def _eve_joined_by_cats_code(clock: FakeClock, pickup: str) -> Chat:
    chat = fake_chat(default_language="en", clock=clock)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "+1")
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("cat", "/share")))
    assert found is not None
    await chat.say("eve", f"+1 {found.group(0)}", private=True)
    await chat.say("amy", "/close")
    await chat.say("amy", pickup)
    return chat


def _button(replies: list[Reply]) -> str:
    (reply,) = [reply for reply in replies if reply.buttons]
    ((button,),) = reply.buttons
    assert button.data is not None
    return button.data


@pytest.mark.parametrize(
    ("pickup", "later", "said"),
    [
        (
            "/pickup Gate 3",
            timedelta(0),
            "Mangoes (#1) pickup: Gate 3. Amy has not set a pickup time yet: you will be told.",
        ),
        ("/pickup Gate 3 tomorrow 6pm", timedelta(days=3), "Mangoes (#1) pickup was "),
    ],
)
async def test_a_buyer_outside_the_group_asking_when_gets_the_ask_button(
    pickup: str, later: timedelta, said: str
) -> None:
    clock = FakeClock()
    chat = await _eve_joined_by_cats_code(clock, pickup)
    clock.current += later

    replies = await chat.say("eve", "when can I pick up?", private=True)

    text = chat.said(replies)
    assert text.startswith(said) and text.endswith(OFFER), text
    assert "ask them" not in text and "Ask the organiser" not in text
    passed = await chat.app.handle(tap_privately("eve", _button(replies)))
    assert chat.private(passed)["amy"].startswith(
        "❓ Eve asks me privately (group buy #1): when can I pick up?"
    )


async def test_when_can_i_pick_up_in_a_group_is_answered_without_a_button() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/pickup Gate 3 tomorrow 6pm")

    replies = await chat.say("bob", "@tuan_bot when can I pick up?")

    assert [r.buttons for r in replies if r.text] == [()]
    assert "Gate 3" in chat.said(replies)
