"""rep100 #11: a bare private `/remind`, #3 reminded within the last 6 hours and #2 still owed, answered
`Write it like: /remind #3 …`, which the 6-hour wait would refuse. It now names one she can remind now
(#2, buyers owing), and with every one inside its wait, when the next reminder is possible; nothing sent."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


async def test_bare_private_remind_names_the_one_she_may_remind_now() -> None:
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

    assert chat.said(await chat.say("jenny", "/remind", private=True)) == (
        "Write it like: /remind #1 (the group buy whose buyers should pay)"
    )
    assert chat.said(await chat.say("jenny", "/remind #1", private=True)) == (  # as named: it works
        "Reminder posted in the group of #1 Cookies: 1 buyer still owes."
    )

    clock.advance(hours=1)
    assert chat.said(await chat.say("jenny", "/remind", private=True)) == (
        "None of your group buys can be reminded to pay right now: #2 was reminded at Mon 23 Nov 12:00, and "
        "you can remind again from Mon 23 Nov 18:00 (/remind #2). Nothing was sent."
    )
    clock.advance(hours=5)
    assert chat.said(await chat.say("jenny", "/remind", private=True)) == (
        "Write it like: /remind #2 (the group buy whose buyers should pay)"
    )
