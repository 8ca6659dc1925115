"""The organiser's list said "Total: 4 units, ¥100 · Collected ¥0 · outstanding ¥25" after ¥75 was refunded:
the refunded lines were counted and the refunds shown nowhere; the export's totals row did the same.
Refunded and cancelled orders' lines are still listed (marked ✖) but left out of the totals, and the
money line says what was refunded."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_refunded_lines_are_listed_but_not_totalled_and_the_refund_is_said() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 25 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+3")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-2")
    await chat.say("amy", "/refund 1-2")

    listed = chat.said(await chat.say("amy", "/list #1", private=True))

    assert "Total: 1 unit, ¥25 (refunded and cancelled orders left out)" in listed
    assert "💰 Collected ¥0 · outstanding ¥25 · refunded ¥75" in listed
    assert "Cat ×3" in listed  # still on the list
