"""Review 100 #5: `/edit #1 stock 3` with 4 taken told Jenny to "take 1 unit off with /remove #1 @name",
but /remove takes a buyer's whole line (Bob's 2 units), never one unit of it. The refusal now says both
ways: /remove for a whole line, or a buyer's own `-1` for one unit; either then lets the stock go down."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _four_taken() -> Chat:
    chat = fake_chat()
    await chat.say("jenny", "/groupbuy Mangoes 5kg price 88 stock 10 ends 3d")
    await chat.say("bob", "+2")
    await chat.say("eve", "+1")
    await chat.say("kim", "+1")
    return chat


async def test_the_refusal_names_the_whole_line_and_the_single_unit_ways() -> None:
    chat = await _four_taken()
    card = await chat.card(1)

    said = chat.said(await chat.say("jenny", "/edit #1 stock 3"))

    assert '"/remove #1 @name" takes a buyer\'s whole line off' in said, said
    assert "a buyer sends -1 #1 to give one unit back" in said, said
    assert "take 1 unit off with" not in said
    assert await chat.card(1) == card


async def test_following_the_single_unit_way_lets_the_stock_go_down() -> None:
    chat = await _four_taken()
    await chat.say("bob", "-1 #1")

    said = chat.said(await chat.say("jenny", "/edit #1 stock 3"))

    assert said == "Updated Mangoes 5kg (#1): stock 3.\n🈵 Sold out!", said
    assert "Bob ×1" in await chat.card(1)
