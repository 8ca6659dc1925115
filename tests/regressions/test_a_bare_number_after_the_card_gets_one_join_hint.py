"""Eve sent `1` right after the card and the bot stayed silent: she believed she had joined. A bare
number stays chatter (nothing joins), but with one group buy open and the card shown in the last 10
minutes (opened, a join) she is told once how to join; never again for that group buy, not later, not
with several open, not once she is on the list."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 海南贵妃芒 5斤 价格 88 截止 3d"
HINT = "要跟团请发“+1”（或“+2”要两份）"


async def test_a_bare_number_just_after_the_card_is_told_how_to_join_once() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    card = await chat.card(1)

    first = chat.said(await chat.say("eve", "1"))
    again = await chat.say("eve", "2")

    assert first == HINT
    assert again == []
    assert await chat.card(1) == card  # nothing joined
    assert chat.said(await chat.say("dan", "2")) == HINT  # each member once


async def test_the_hint_follows_the_last_join_not_only_the_opening() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", OPEN)
    clock.advance(minutes=30)
    assert await chat.say("eve", "1") == []  # the card scrolled away long ago: chatter

    await chat.say("bob", "+1")
    clock.advance(minutes=5)

    assert chat.said(await chat.say("eve", "1")) == HINT


async def test_no_hint_when_quiet_with_several_open_or_already_on_the_list() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", OPEN)
    await chat.say("bob", "+1")
    assert await chat.say("bob", "2") == []  # on the list already

    clock.advance(minutes=11)
    assert await chat.say("eve", "1") == []  # quiet for more than 10 minutes

    await chat.say("dan", "接龙 汤圆 价格 10 截止 3d")
    assert await chat.say("cat", "1") == []  # two open: which one is anyone's guess


async def test_an_english_card_hints_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes 5kg price 88 ends 3d")

    assert chat.said(await chat.say("eve", "1")) == 'To join, send "+1" ("+2" for two)'
