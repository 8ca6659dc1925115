"""rep105 #13: Ben's `/leaderboard` in an English group was `I don't know the command /leaderboard…`
while `/rank` listed its sharers of the week. `/leaderboard` is `/rank` now (`/top` is the week's notes)."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def shared() -> Chat:
    """Amy's Kaya in an English group; Cat's code brought Dan."""
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await room.say("amy", "/groupbuy Kaya price 12 ends 2h")
    await room.say("cat", "+1")
    found = CODE.search(room.shared(await room.say("cat", "分享")))
    assert found is not None
    await room.say("dan", f"+1 {found.group(0)}")
    await room.say("amy", "/close")
    return room


async def test_leaderboard_lists_the_weeks_sharers() -> None:
    room = await shared()

    assert room.said(await room.say("ben", "/leaderboard")) == (
        "🏆 Sharers of the week (by the buyers their links brought):\n1. Cat: 1 buyer"
    )


async def test_leaderboard_in_private_says_to_send_it_in_a_group() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")

    assert room.said(await room.say("ben", "/leaderboard", private=True)) == (
        "Send /leaderboard in a group to see its sharers of the week."
    )
