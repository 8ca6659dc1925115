"""/mine (我的团) said "4 units" for a group buy whose 3-unit order was refunded, while the organiser's list
already said "Total: 1 unit" (its totals leave refunds out): refunded and cancelled orders' units were
counted as sold. /mine now counts what the list counts, and says the refunded units apart."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_refunded_units_are_not_sold_in_mine() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 25 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+3")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-2")
    await chat.say("amy", "/refund 1-2")

    mine = chat.said(await chat.say("amy", "/mine", private=True))

    assert "#1 Plums · reached its target · 1 unit, 1 order · collected ¥0, outstanding ¥25" in mine
    assert "refunded ¥75 (3 units)" in mine
    assert "Total: 1 unit, ¥25" in chat.said(await chat.say("amy", "/list #1", private=True))
