"""After a refund, `/list` and the card in the group showed the refunded buyer's line as "Bob 1kg ×1 ✖"
(as if never paid), their units in the option counts ("By option: 2kg ×5", "7 taken") while the same
card said "refunded: 5 units" and "2/2 paid". A refunded line is marked ↩, as the organiser's own list
marks it, and refunded units are left out of each option's count."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def refunded_bob() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Cherries options 1kg:53,2kg:95 target 1")
    await chat.say("bob", "+1 1kg")
    await chat.say("cat", "+2 2kg")
    await chat.say("dan", "+1 1kg")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/refund 1-1")
    await chat.say("amy", "/paid 1-2")
    return chat


async def test_the_public_list_marks_a_refunded_line_and_leaves_its_units_out() -> None:
    chat = await refunded_bob()

    listed = chat.said(await chat.say("eve", "/list #1")).splitlines()

    assert any(line.endswith("Bob 1kg ×1 ↩") for line in listed), listed
    assert not any("✖" in line for line in listed), listed
    assert "By option: 1kg ×1 · 2kg ×2" in listed


async def test_the_card_marks_a_refunded_line_and_leaves_its_units_out_of_taken() -> None:
    chat = await refunded_bob()

    card = (await chat.card()).splitlines()

    assert any(line.endswith("Bob 1kg ×1 ↩") for line in card), card
    assert not any("✖" in line for line in card), card
    assert any(line.startswith("• 1kg") and line.endswith("· 1 taken") for line in card), card
    assert any(line.startswith("• 2kg") and line.endswith("· 2 taken") for line in card), card
