"""rep86 #11: `/copy #2 ends tomorrow 20:00 price 15` of a group buy with options was told `Copy it
without, then name the option: /edit small price 15`, an edit naming no group buy. Now it says to edit
with the new round's number."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_copy_refusal_edits_the_new_round_by_its_number() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Bubble Tea options small:9,large:12")
    await chat.say("bob", "+1 small")
    await chat.say("amy", "/close")

    said = chat.said(await chat.say("amy", "/copy #1 ends tomorrow 20:00 price 15"))

    assert said == (
        "Bubble Tea has options, each with its own price and stock, so a copy cannot take “price”: nothing "
        "was changed. Copy it without, then name the option with the new round's number N (its card says "
        "it): /edit #N small price 15"
    )
