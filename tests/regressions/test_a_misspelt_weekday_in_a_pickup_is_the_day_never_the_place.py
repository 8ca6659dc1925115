"""rep100 #2: `/pickup #6 Gate 3 on wensday 5pm` kept `on wensday` in the place and read 5pm as today, and
the refusal's suggested fix (`/pickup #6 Gate 3 on wensday · Wed 9 Dec 17:00`) put the typo on the card;
it also skipped a day (Wed 17:00 offered though Tue 17:00 already came after a Tue 05:48 close). A common
misspelling of a weekday is now that day, and the fix offers the first such time after the close."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("/pickup #1 Gate 3 on wensday 5pm", "Gate 3 · Wed 25 Nov 17:00"),
        ("/pickup #1 Gate 3 wednsday 5pm", "Gate 3 · Wed 25 Nov 17:00"),
        ("/pickup #1 Gate 3 on thrusday 5pm", "Gate 3 · Thu 26 Nov 17:00"),
        ("/pickup #1 Gate 3 tomorow 5pm", "Gate 3 · Tue 24 Nov 17:00"),
    ],
)
async def test_a_misspelt_day_is_the_day(typed: str, shown: str) -> None:
    chat = fake_chat(default_language="en")  # Mon 23 Nov 12:00
    await chat.say("jenny", "/groupbuy Mangoes price 80 ends in 18 hours")  # closes Tue 24 Nov 06:00
    await chat.say("bob", "+1")

    assert chat.said(await chat.say("jenny", typed)) == f"Pickup for Mangoes (#1): {shown}"
    assert f"Pickup: {shown}" in await chat.card(1)


async def test_the_suggested_fix_is_the_first_such_time_after_the_close() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("jenny", "/groupbuy Mangoes price 80 ends in 18 hours")
    await chat.say("bob", "+1")
    card = await chat.card(1)

    assert chat.said(await chat.say("jenny", "/pickup #1 Gate 3 5pm")) == (
        "Mangoes (#1) closes Tue 24 Nov 06:00: a pickup at Mon 23 Nov 17:00 would come before the close, so "
        "nothing was changed. Name a pickup time after the close, e.g. /pickup #1 Gate 3 · Tue 24 Nov 17:00, "
        "or close it earlier in one command: /edit #1 ends Mon 23 Nov 16:00 pickup Gate 3 · Mon 23 Nov 17:00"
    )
    assert await chat.card(1) == card
