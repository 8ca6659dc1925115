"""A join of an option answered "… large: now ¥50 each.": an English sentence starting with the option's
lowercase name. It starts with a capital now (Chinese unchanged)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_option_price_sentence_starts_with_a_capital() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Tea options large:50,small:30 target 5")

    joined = chat.said(await chat.say("bob", "+1 large"))

    assert joined == "Bob is in: 1 × Tea large (#1). Large: now ¥50 each."
