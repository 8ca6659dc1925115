"""The dashboard's figures on SQLite and PostgreSQL (storage.console_stats): the same shop as
tests/unit/commerce/test_dashboard_figures.py gives the same figures as the in-memory fake, everyone's
and each organiser's; days are the shop's days (Shanghai), not UTC's; the window ends 30 days back."""

from __future__ import annotations

from datetime import date
from typing import cast

from commerce.domain.console_stats import Conversion, Day
from commerce.ports import UnitOfWorkFactory
from commerce.services.dashboard import Dashboard, dashboard, scope_for
from handlers.app import AppConfig, ChatApp
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.commerce.test_dashboard_figures import SHANGHAI, _shop, busiest_shop
from tests.unit.handlers.conftest import Chat


def _chats(factory: object, clock: FakeClock) -> tuple[Chat, Chat]:
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=AppConfig(default_language="en")
    )
    return Chat(app), Chat(app, chat_id="work")


async def _figures(factory: object, clock: FakeClock, organiser: str | None) -> Dashboard:
    async with cast(UnitOfWorkFactory, factory)() as uow:
        return await dashboard(uow, organiser_id=organiser, now=clock.now(), tz=SHANGHAI)


def _plain(found: Dashboard) -> tuple[object, ...]:
    """What the page shows, notes by id and text (the fake's and storage's Note objects differ in
    fields storage fills, such as the text's signature)."""
    notes = [(r.note.id, r.note.text, r.score, r.verified) for r in found.notes]
    return found.days, found.figures, found.conversion, found.group_buys, found.sharers, notes


async def test_storage_gives_the_fakes_figures_for_everyone_and_each_organiser(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    fake, fake_clock, clock = FakeUnitOfWorkFactory(), FakeClock(), FakeClock()
    await _shop(*_chats(fake, fake_clock))
    await _shop(*_chats(uow_factory, clock))
    for organiser in (None, "amy", "dan", "zoe"):
        assert _plain(await _figures(uow_factory, clock, organiser)) == _plain(
            await _figures(fake, fake_clock, organiser)
        ), organiser
    found = await _figures(uow_factory, clock, None)
    assert found.figures == [Day(date(2026, 11, 23), "CNY", 4, 8000, 1000)]
    assert found.conversion == Conversion(joined=4, ordered=4, paid=1)
    assert [(g.title, g.orders, g.gmv, g.collected) for g in found.group_buys] == [
        ("Plums", 1, 5000, 0),
        ("Mangoes", 3, 3000, 1000),  # Bob's ¥10 paid: collected, the rest ordered only
    ]
    assert [(s.member_id, s.buyers) for s in found.sharers] == [("bob", 1)]
    amy = await _figures(uow_factory, clock, "amy")
    assert [g.title for g in amy.group_buys] == ["Mangoes"] and [r.note.text for r in amy.notes] == [
        "Sweet mangoes"
    ]


async def _sold(chat: Chat, clock: FakeClock, title: str, hours: float) -> None:
    clock.advance(hours=hours)
    await chat.say("amy", f"/groupbuy {title} price 10 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")


async def test_an_order_belongs_to_the_shops_day_and_leaves_the_window_after_30_days(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    clock = FakeClock()  # 12:00 in Shanghai, 04:00 UTC
    family, _ = _chats(uow_factory, clock)
    await _sold(family, clock, "Late", 11.5)  # 23:30 in Shanghai on the 23rd
    await _sold(family, clock, "Early", 1)  # 00:30 on the 24th there, still the 23rd in UTC
    found = await _figures(uow_factory, clock, None)
    assert found.figures == [Day(date(2026, 11, 23), "CNY", 1, 1000), Day(date(2026, 11, 24), "CNY", 1, 1000)]
    clock.advance(days=29)
    assert [d.day for d in (await _figures(uow_factory, clock, None)).figures] == [date(2026, 11, 24)]
    clock.advance(days=1)
    later = await _figures(uow_factory, clock, None)
    assert later.figures == [] and later.group_buys == [] and later.conversion == Conversion(0, 0, 0)


async def test_the_busiest_chats_by_likes_and_comments_in_scope(uow_factory: SqlUnitOfWorkFactory) -> None:
    clock = FakeClock()
    family, _ = _chats(uow_factory, clock)
    await busiest_shop(family.app)
    await family.say("dan", "/groupbuy Plums price 10 target 9")  # Dan's chat has no notes
    scope, _ = scope_for(None, now=clock.now(), tz=SHANGHAI)
    async with uow_factory() as uow:
        assert await uow.console_stats.busiest_chats(scope, 3) == ["busiest", "busy", "calm"]
        assert await uow.console_stats.busiest_chats(scope, 9) == ["busiest", "busy", "calm", "quiet"]
        amy, _ = scope_for("amy", now=clock.now(), tz=SHANGHAI)
        assert await uow.console_stats.busiest_chats(amy, 2) == ["busiest", "busy"]
        dan, _ = scope_for("dan", now=clock.now(), tz=SHANGHAI)
        assert await uow.console_stats.busiest_chats(dan, 3) == []
        assert await uow.console_stats.titles([1, 2, 99]) == {1: "Tea quiet", 2: "Tea calm"}
    clock.advance(days=30)
    later, _ = scope_for(None, now=clock.now(), tz=SHANGHAI)
    async with uow_factory() as uow:
        assert await uow.console_stats.busiest_chats(later, 3) == []
