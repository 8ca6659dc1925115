"""The dashboard's figures (commerce.services.dashboard) on the in-memory fakes: what counts (not a
cancelled order), whose (an organiser's own group buys and chats), and the 30-day window in the
shop's timezone. tests/integration/test_console_stats_storage.py checks storage gives the same."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from commerce.domain.console_stats import Conversion, Day, orders_per_day, per_day, window_days
from commerce.services.dashboard import Dashboard, dashboard, scope_for
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SHANGHAI = ZoneInfo("Asia/Shanghai")
CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


async def _shop(family: Chat, work: Chat) -> None:
    await family.say("amy", "/groupbuy Mangoes price 10 target 3")
    await family.say("bob", "+1")
    code = CODE.search("\n".join(r.text for r in await family.say("bob", "/share")))
    assert code is not None
    await family.say("dan", f"+1 {code.group(0)}")
    await family.say("cat", "+1")
    await family.say("amy", "/close")
    await family.say("amy", "/paid 1-1")
    await work.say("dan", "/groupbuy Plums price 25 target 1")
    await work.say("eve", "+2")
    await work.say("dan", "/close")
    await family.say("bob", "/note Sweet mangoes")
    await family.say("cat", "赞 1")
    await work.say("eve", "/note Juicy plums")


async def _figures(factory: FakeUnitOfWorkFactory, clock: FakeClock, organiser: str | None) -> Dashboard:
    async with factory() as uow:
        return await dashboard(uow, organiser_id=organiser, now=clock.now(), tz=SHANGHAI)


async def _world() -> tuple[FakeUnitOfWorkFactory, FakeClock]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family = fake_chat(factory, clock=clock, default_language="en")
    await _shop(family, Chat(family.app, chat_id="work"))
    return factory, clock


async def test_everyones_figures_for_an_admin() -> None:
    factory, clock = await _world()
    found = await _figures(factory, clock, None)
    today = date(2026, 11, 23)
    assert found.days[-1] == today and len(found.days) == 30
    assert found.figures == [Day(today, "CNY", 4, 8000, 1000)]  # Bob paid ¥10
    assert found.conversion == Conversion(joined=4, ordered=4, paid=1)
    assert [(g.title, g.orders, g.gmv) for g in found.group_buys] == [
        ("Plums", 1, 5000),
        ("Mangoes", 3, 3000),
    ]
    assert [(s.member_id, s.buyers) for s in found.sharers] == [("bob", 1)]
    assert [r.note.text for r in found.notes] == ["Sweet mangoes", "Juicy plums"]  # the liked one first


async def test_an_organisers_figures_are_their_own() -> None:
    factory, clock = await _world()
    amy = await _figures(factory, clock, "amy")
    assert amy.figures == [Day(date(2026, 11, 23), "CNY", 3, 3000, 1000)]
    assert amy.conversion == Conversion(3, 3, 1)
    assert [g.title for g in amy.group_buys] == ["Mangoes"]
    assert [r.note.text for r in amy.notes] == ["Sweet mangoes"]
    dan = await _figures(factory, clock, "dan")
    assert [g.title for g in dan.group_buys] == ["Plums"] and dan.sharers == []
    assert [r.note.text for r in dan.notes] == ["Juicy plums"]
    assert await _figures(factory, clock, "zoe") == Dashboard(
        found_days(clock), [], Conversion(0, 0, 0), [], [], []
    )


def found_days(clock: FakeClock) -> list[date]:
    return window_days(clock.now().astimezone(SHANGHAI).date())


async def test_the_window_is_thirty_days_today_included() -> None:
    factory, clock = await _world()
    clock.advance(days=29)
    assert (await _figures(factory, clock, None)).figures == [Day(date(2026, 11, 23), "CNY", 4, 8000, 1000)]
    clock.advance(days=1)
    later = await _figures(factory, clock, None)
    assert later.figures == [] and later.group_buys == [] and later.notes == []
    assert later.conversion == Conversion(0, 0, 0)


async def test_a_cancelled_order_does_not_count() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family = fake_chat(factory, clock=clock, default_language="en")
    await family.say("amy", "/groupbuy Mangoes price 10 target 1")
    await family.say("bob", "+1")
    await family.say("amy", "/close")
    [order] = factory.state.orders.values()
    order.cancel(actor="amy", now=clock.now())
    found = await _figures(factory, clock, None)
    assert found.figures == [] and found.group_buys == []
    assert found.conversion == Conversion(joined=1, ordered=1, paid=0)


def test_each_day_of_the_window_is_listed_zeros_where_nothing_was_sold() -> None:
    days = window_days(date(2026, 11, 23), 3)
    assert days == [date(2026, 11, 21), date(2026, 11, 22), date(2026, 11, 23)]
    rows = [Day(date(2026, 11, 22), "CNY", 2, 500), Day(date(2026, 11, 22), "USD", 1, 100)]
    assert orders_per_day(rows, days) == [0, 3, 0]
    assert per_day(rows, days)["CNY"] == [
        Day(date(2026, 11, 21), "CNY", 0, 0),
        Day(date(2026, 11, 22), "CNY", 2, 500),
        Day(date(2026, 11, 23), "CNY", 0, 0),
    ]
    assert list(per_day(rows, days)) == ["CNY", "USD"]
    assert Conversion(0, 0, 0).rate is None and Conversion(4, 4, 1).rate == 0.25


async def busiest_shop(app: ChatApp) -> None:
    """Four chats with a note each (notes #1 to #4), Amy's group buy in each; the likes: none, 1, 2, 3."""
    for likes, chat_id in enumerate(("quiet", "calm", "busy", "busiest")):
        chat = Chat(app, chat_id=chat_id)
        await chat.say("amy", f"/groupbuy Tea {chat_id} price 10 target 9")
        await chat.say("bob", f"/note Tea in {chat_id}")
        for fan in ("cat", "dan", "eve")[:likes]:
            await chat.say(fan, f"赞 {likes + 1}")


async def test_top_notes_come_from_the_three_busiest_chats() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    await busiest_shop(fake_chat(factory, clock=clock, default_language="en").app)
    found = await _figures(factory, clock, None)
    assert [r.note.text for r in found.notes] == ["Tea in busiest", "Tea in busy", "Tea in calm"]
    async with factory() as uow:
        scope, _ = scope_for("amy", now=clock.now(), tz=SHANGHAI)
        assert await uow.console_stats.busiest_chats(scope, 2) == ["busiest", "busy"]
        assert await uow.console_stats.busiest_chats(replace(scope, organiser_id="dan"), 3) == []
