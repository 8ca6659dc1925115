"""rep80 #4: `+1 for Mum small` then `+1 for mum small` made two lines ("Fay for Mum", "Fay for mum"), and
`mum -1` was refused (`You have no line for mum…`), though the bot itself had suggested `mum`. A friend's
name is matched case aside (Latin letters); her line keeps the first spelling."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_mum_and_mum_are_one_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options small:10,large:15 ends 1h")
    await chat.say("fay", "+1 for Mum small")

    more = Chat.said(await chat.say("fay", "+1 for mum small"))
    assert more == "Fay joined for Mum: 1 more, now 2 × Tea small in all (#1). Small: now ¥10 each."
    card = await chat.card()
    assert "Fay for Mum small ×2" in card and "for mum" not in card

    fewer = Chat.said(await chat.say("fay", "mum -1"))
    gone = Chat.said(await chat.say("fay", "-1 for MUM"))
    assert fewer == "Fay's line for Mum now has 1 × Tea small (#1). Small: now ¥10 each."
    assert gone == "Fay took the line for Mum off Tea small (#1)."
    assert "Mum" not in await chat.card()


async def test_zhao_taken_off_as_zhao() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 3 ends 1h")
    await chat.say("eve", "+1 for Zhao")

    gone = Chat.said(await chat.say("eve", "-1 for zhao"))

    assert gone == "Eve took the line for Zhao off Cookies (#1)."
    assert "Zhao" not in await chat.card()
