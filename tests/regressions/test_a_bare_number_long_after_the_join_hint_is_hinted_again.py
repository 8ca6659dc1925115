"""Eve sent `1` after the card and was told how to join; she did not. Two days later the card was shown
again and her `2` met silence, as every bare number of hers would for as long as the group buy ran: she
believed she had joined. The hint is now given at most once an hour per member and group buy: a number
right after it stays unanswered (the hint is still on screen; `1`, `2`, `3` in a row get one answer), one
later, after a card, is told again; still never to a member on the list."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

HINT_ZH = "要跟团请发“+1”（或“+2”要两份）"
HINT_EN = 'To join, send "+1" ("+2" for two)'


async def test_a_bare_number_days_after_the_hint_is_told_again() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 截止 3d")
    assert chat.said(await chat.say("eve", "1")) == HINT_ZH
    assert await chat.say("eve", "2") == []  # just told: one answer, not one per number

    clock.advance(hours=47)
    await chat.say("bob", "+1")  # the card, shown again
    clock.advance(minutes=2)

    assert chat.said(await chat.say("eve", "2")) == HINT_ZH
    assert await chat.say("eve", "3") == []
    assert "Eve" not in await chat.card(1)  # nothing joined


async def test_the_hint_again_after_an_hour_in_english_never_once_on_the_list() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "/groupbuy Mangoes 5kg price 88 ends 3d")
    assert chat.said(await chat.say("eve", "1")) == HINT_EN
    clock.advance(minutes=59)
    await chat.say("bob", "+1")
    assert await chat.say("eve", "1") == []  # within the hour

    clock.advance(minutes=2)
    assert chat.said(await chat.say("eve", "1")) == HINT_EN

    await chat.say("eve", "+1")
    clock.advance(hours=2)
    await chat.say("cat", "+1")
    assert await chat.say("eve", "2") == []  # on the list: a number is chatter
