"""Session 41's closing note: a group's `/remind unpaid`, #2 reminded within the last 6 hours and #1 still
owed, answered `Write it like: /remind or /remind #2`, which the 6-hour wait would refuse (as a bare private
`/remind` did before rep100 #11). It now names one she can remind now (#1), and with every one inside its
wait, when the next reminder is possible; nothing sent."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


async def test_a_groups_remind_unpaid_names_the_one_she_may_remind_now() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="en")
    await chat.say("jenny", "/groupbuy Cookies price 10")
    await chat.say("dan", "+1 #1")
    await chat.say("jenny", "/close #1")
    await chat.say("jenny", "/groupbuy Tea price 5")
    await chat.say("fay", "+1 #2")
    await chat.say("jenny", "/close #2")
    assert "Fay" in chat.said(await chat.say("jenny", "/remind #2"))  # the newest reminded now
    clock.advance(minutes=10)

    assert chat.said(await chat.say("jenny", "/remind unpaid")) == "Write it like: /remind or /remind #1"
    assert "Dan" in chat.said(await chat.say("jenny", "/remind #1"))  # as named: it works

    clock.advance(hours=1)
    said = chat.said(await chat.say("jenny", "/remind unpaid"))
    assert said == (
        "None of your group buys can be reminded to pay right now: #2 was reminded at Mon 23 Nov 12:00, and "
        "you can remind again from Mon 23 Nov 18:00 (/remind #2). Nothing was sent."
    )
    clock.advance(hours=5)
    assert chat.said(await chat.say("jenny", "/remind unpaid")) == "Write it like: /remind or /remind #2"
