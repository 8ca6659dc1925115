"""`plus one` typed alone in an English group with one group buy open got no reply at all, though `加一`
joins. It is now a join in words, as `me too` is (`plus two`: 2); in a sentence it stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_plus_one_alone_joins_in_an_english_group() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 68")

    said = chat.said(await chat.say("bob", "plus one"))

    assert said == "Bob is in: 1 × Mangoes (#1). Now ¥68 each."


async def test_plus_two_please_adds_two() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 68")

    said = chat.said(await chat.say("bob", "Plus two please!"))

    assert said == "Bob is in: 2 × Mangoes (#1). Now ¥68 each."


async def test_plus_one_in_a_sentence_or_with_none_open_is_talk() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")

    assert await chat.say("bob", "plus one") == []
    await chat.say("amy", "/groupbuy Mangoes price 68")
    assert await chat.say("bob", "that's a plus one for the mangoes") == []
    assert "Bob" not in await chat.card()
