"""rep95 #7: `/pickup all Gate 3 tomorow 5pm` kept "Gate 3 tomorow" as the place and read 5pm as today,
then proposed that place back. `tomorow` (and `tommorow`, `tommorrow`) is now read as tomorrow, for a
pickup as for a deadline: the place is Gate 3, the time tomorrow 17:00."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_tomorow_is_tomorrow() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="en")  # Monday 23 November, 12:00
    await chat.say("amy", "/groupbuy Honey price 12 ends 8pm")

    one = Chat.said(await chat.say("amy", "/pickup #1 Gate 3 tomorow 5pm"))
    assert one == "Pickup for Honey (#1): Gate 3 · Tue 24 Nov 17:00"
    assert "Pickup: Gate 3 · Tue 24 Nov 17:00" in await chat.card(1)

    every = Chat.said(await chat.say("amy", "/pickup all Gate 4 tommorow 6pm"))
    assert "Gate 4 · Tue 24 Nov 18:00" in every and "tommorow" not in every
    opened = Chat.said(await chat.say("amy", "/groupbuy Jam price 5 ends tommorrow 6pm"))
    assert opened.endswith("it closes Tue 24 Nov 18:00.")
