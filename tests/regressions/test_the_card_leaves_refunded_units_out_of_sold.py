"""After a refund, the group buy's card still said "Succeeded at ¥68 each: 5 units" while the organiser's
list and /mine said 3: the card counted a refunded order's units as sold. Its total now leaves refunded
and cancelled orders out, as the list does, and says the refunded units apart, as /mine does."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_cards_total_is_the_lists_after_a_refund() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 68 target 1")
    await chat.say("bob", "+3")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close")
    assert "✅ Succeeded at ¥68 each: 5 units" in (await chat.card()).splitlines()

    await chat.say("amy", "/paid 1-2")
    await chat.say("amy", "/refund 1-2")

    assert "✅ Succeeded at ¥68 each: 3 units · refunded: 2 units" in (await chat.card()).splitlines()
    assert "Total: 3 units, ¥204" in chat.said(await chat.say("amy", "/list #1", private=True))
    assert "#1 Plums · reached its target · 3 units, 1 order" in chat.said(
        await chat.say("amy", "/mine", private=True)
    )
