"""`+1 salty` in a group buy with options salty and sweet was asked "Which option…?": the courtesy words
taken out of a join's note (`ty`, `please`, `thanks`) were cut from inside words, so `salty` became
`sal`. Courtesy is taken out as whole words only: `salty`, `tyres`, `pleased` stay what was written, and
`+1 gate 3 ty` still keeps just `gate 3`."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_option_ending_in_ty_joins_that_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Zongzi options salty:10,sweet:8 limit 3")

    assert chat.said(await chat.say("bob", "+1 salty")).startswith("Bob is in: 1 × Zongzi salty (#1).")
    assert chat.said(await chat.say("cat", "+2 salty please")).startswith("Cat is in: 2 × Zongzi salty (#1).")


async def test_words_holding_a_courtesy_word_stay_whole_in_the_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tyres price 50")

    await chat.say("bob", "+1 winter tyres")
    await chat.say("cat", "+1 pleased to join")
    await chat.say("dan", "+1 gate 3 ty")
    card = await chat.card(1)
    assert "Bob ×1 · winter tyres" in card
    assert "Cat ×1 · pleased to join" in card
    assert "Dan ×1 · gate 3" in card and "gate 3 ty" not in card
