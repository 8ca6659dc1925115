"""rep96 #10 (also): with two group buys open here and both sold out, a bare `+1` was told "Sorry, all 2 group
buys open here are sold out". Two are "both" now (for a friend's line too); three stay "all 3"."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_sold_out() -> Chat:
    chat = fake_chat()
    await chat.say("ken", "/groupbuy Tea price 5 stock 1")
    await chat.say("ken", "/groupbuy Pears price 3 stock 1")
    await chat.say("lou", "+1 #1")
    await chat.say("dan", "+1 #2")
    return chat


async def test_two_sold_out_are_both() -> None:
    chat = await _two_sold_out()

    assert chat.said(await chat.say("eve", "+1")) == (
        "Eve: Sorry, both group buys open here are sold out: #1 Tea · #2 Pears. To wait for one, send "
        "/waitlist #1 1: whatever comes free goes to the first in line whose quantity fits."
    )
    assert chat.said(await chat.say("eve", "+1 for mum")).startswith(
        "Eve: Sorry, both group buys open here are sold out: #1 Tea · #2 Pears. The waiting list keeps your "
        "own line only, not one for mum"
    )
    assert chat.said(await chat.say("amy", "我要两份")).startswith(
        "Amy：抱歉，这个群里在接龙的两个团都已售罄："
    )


async def test_three_sold_out_are_all_three() -> None:
    chat = await _two_sold_out()
    await chat.say("ken", "/groupbuy Figs price 3 stock 1")
    await chat.say("dan", "+1 #3")

    said = chat.said(await chat.say("eve", "+1"))

    assert said.startswith(
        "Eve: Sorry, all 3 group buys open here are sold out: #1 Tea · #2 Pears · #3 Figs."
    )
