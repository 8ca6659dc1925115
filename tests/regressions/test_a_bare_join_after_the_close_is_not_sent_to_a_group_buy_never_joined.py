"""Cat was only on #1 (failed); #2 Apples, newer, was cancelled. Her bare `+1` was answered "Group buy
#2 (Apples) has closed", as if she meant a group buy she never joined, and `/status` showed #2. With
nothing open, a bare `+1` now says there is no open group buy here and names the last one (and, rep46
#7, whom to ask for one), `-1` is
about the one she was on, and `/status` shows the newest she was on."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def cats_failed_and_a_newer_cancelled() -> Chat:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Cherries price 10 target 5 ends 2h")
    await chat.say("cat", "+1")
    clock.advance(hours=3)
    await chat.app.expire(1)  # failed: 1 of 5
    await chat.say("amy", "/groupbuy Apples price 10")
    await chat.say("amy", "/cancel")
    return chat


async def test_a_bare_join_with_nothing_open_names_the_last_one_neutrally() -> None:
    chat = await cats_failed_and_a_newer_cancelled()

    assert chat.said(await chat.say("cat", "+1")) == (
        "There is no open group buy in this chat now (the last one was Apples, #2): nothing was changed. "
        "If you want one, ask the organiser, Amy, to open one."
    )
    assert chat.said(await chat.say("cat", "-1")) == (
        "Group buy #1 (Cherries) did not reach its target and ended: nothing was changed."
    )


async def test_status_with_nothing_open_shows_the_one_she_was_on() -> None:
    chat = await cats_failed_and_a_newer_cancelled()

    shown = await chat.say("cat", "/status")

    assert chat.cards(shown) == [(1, True)]
    assert "Cherries" in await chat.card(1)
