"""Session 9: `/pickup #10 tomorrow 18:00` made "tomorrow" the place and 18:00 today the time;
`自提 #10 明天下午6点` made the whole text the place, with no time (so no evening-before reminder); and
`/pickup #10 Gate 4` silently dropped the time set before. Only the time keeps the place, only the
place keeps the time."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_changing_only_the_pickup_time_keeps_the_place() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory)
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/pickup Reception tomorrow 12:00")

    answer = await chat.say("amy", "/pickup #1 tomorrow 18:00")
    assert chat.said(answer) == (  # a change, with what it was (rep68 #8)
        "Pickup for Mangoes (#1) changed: Reception · Tue 24 Nov 18:00 (was Reception · Tue 24 Nov 12:00)."
    )

    answer = await chat.say("amy", "/pickup #1 Gate 4")
    assert chat.said(answer) == (
        "Pickup for Mangoes (#1) changed: Gate 4 · Tue 24 Nov 18:00 (was Reception · Tue 24 Nov 18:00)."
    )

    answer = await chat.say("amy", "自提 #1 明晚7点")
    assert chat.said(answer) == (
        "好的，Mangoes（#1）的自提改为：Gate 4 · 11月24日 周二 19:00（原 Gate 4 · 11月24日 周二 18:00）。"
    )
    assert uow_factory.state.reminders.pickup_at[1] == datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
