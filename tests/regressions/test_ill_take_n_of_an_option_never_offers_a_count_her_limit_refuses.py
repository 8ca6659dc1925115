"""Session 40 (s39 closing, "Pastes and joins"; rep92 #10's options version): on a buy with options and
a limit of 4, Kim holding 2 small sending `I'll take 5 small` was offered `+3 small` and `+5 small`, both
refused by her limit. Now, as on a buy without options: over the limit says the most she can make it
(`+2 small`), and one whose adding would pass it offers only setting it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _pies() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies options small:8,large:9 limit 4")
    await chat.say("kim", "+2 small")
    return chat


async def test_more_than_her_limit_says_the_most_she_can_make_it() -> None:
    chat = await _pies()

    reply = chat.said(await chat.say("kim", "I'll take 5 small"))

    assert reply == (
        "Sorry, Pies small is limited to 4 per person and you have 2: the most you can make it is 4, "
        "send +2 small. Nothing was changed."
    )
    assert "1. Kim small ×2" in await chat.card()


async def test_adding_past_her_limit_offers_setting_it_only() -> None:
    chat = await _pies()

    reply = chat.said(await chat.say("kim", "I'll take 4 small"))

    assert reply == (
        "You're in for 2 × small: to make it 4, send +2 small (adding 4 more would pass the per-person "
        "limit). Nothing changed."
    )
    assert "1. Kim small ×2" in await chat.card()


async def test_within_her_limit_both_are_offered() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies options small:8,large:9 limit 10")
    await chat.say("kim", "+2 small")

    reply = chat.said(await chat.say("kim", "I'll take 3 small"))

    assert reply == (
        "You're in for 2 × small: to make it 3, send +1 small; to add 3 more, send +3 small. Nothing changed."
    )


async def test_at_her_limit_she_is_told_so() -> None:
    chat = await _pies()
    await chat.say("kim", "+2 small")

    reply = chat.said(await chat.say("kim", "I'll take 5 small"))

    assert reply.startswith("Sorry, Pies small is limited to 4 per person")
    assert "1. Kim small ×4" in await chat.card()
