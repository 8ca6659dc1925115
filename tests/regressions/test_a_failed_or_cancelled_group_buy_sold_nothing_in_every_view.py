"""/mine said "#4 Peaches · closed without reaching its target · 0 units", but the organiser's /list #4
said "Total: 1 unit, ¥18 · No orders yet", /list #8 of a cancelled one "Total: 3 units, ¥30", and its
export totalled those lines as money. A failed or cancelled group buy sold nothing: its lines are listed
as what was asked for, without an amount, and no total counts them (the console's export and its
"Sold / target" are tested in tests/unit/bot/console/test_console_sold_agrees_with_mine.py)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_failed_or_cancelled_group_buy_sold_nothing_on_the_list_and_the_export() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await chat.say("amy", "/groupbuy Peaches price 18 target 5 ends 1h")
    await chat.say("bob", "+1")
    await chat.say("amy", "/groupbuy Apples price 10 target 1")
    await chat.say("cat", "+3 #2")
    await chat.say("amy", "/cancel #2 confirm")
    clock.advance(hours=2)
    await chat.app.expire(1)

    failed = chat.said(await chat.say("amy", "/list #1", private=True))
    cancelled = chat.said(await chat.say("amy", "/list #2", private=True))
    exported = await chat.say("amy", "/export #2", private=True)

    assert "Total:" not in failed and "¥18\n" not in failed.split("\n", 1)[1]
    assert "Nothing was sold (closed without reaching its target): 1 unit asked for" in failed
    assert "Nothing was sold (cancelled): 3 units asked for, no orders made." in cancelled
    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert sheet.rows[0][6] is None and sheet.rows[0][9] == "not sold"  # no amount, never an order to come
    assert sheet.totals[3] == 0 and sheet.totals[6] == 0
