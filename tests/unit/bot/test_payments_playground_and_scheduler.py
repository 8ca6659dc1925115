"""Checkout outside Telegram: the playground shows an invoice as text, and the scheduler's sweep
reminds and cancels unpaid orders through `ChatApp.checkout`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import SystemClock
from bot.playground.hub import Hub
from bot.playground.transcript import Transcript
from bot.scheduler import DeadlineScheduler
from bot.settings import Settings
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from tests.fakes import FakeClock, FakeUnitOfWorkFactory


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'playground.db'}"
    await upgrade(url)  # the playground's tables come from the migrations, like every table
    engine = make_engine(url)
    yield engine
    await engine.dispose()


def stars_app(clock: FakeClock | SystemClock) -> ChatApp:
    return ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
        clock=clock,
        config=AppConfig(default_language="en"),
    )


async def test_the_playground_shows_an_invoice_as_a_line_of_text(engine: AsyncEngine) -> None:
    hub = Hub(app=stars_app(FakeClock()), transcript=Transcript(engine))
    await hub.start()
    await hub.say(chat="family", user="amy", text="/groupbuy Mangoes price 50⭐")
    await hub.say(chat="family", user="bob", text="+1")
    await hub.say(chat="family", user="amy", text="/close")
    [order] = await hub.messages("bob")
    assert [[b.data for b in row] for row in order.buttons] == [["od:pay:1:en"]]
    await hub.tap(chat="bob", user="bob", message_id=order.id, data="od:pay:1:en")
    assert [m.text for m in await hub.messages("bob")][-1] == "🧾 Invoice for order #1-1: Mangoes: 50⭐ [Pay]"


async def test_the_sweep_reminds_then_cancels_unpaid_orders() -> None:
    clock = SystemClock()
    app = stars_app(clock)
    await app.handle(_say("amy", "/groupbuy Mangoes price 50⭐"))
    await app.handle(_say("bob", "+1"))
    await app.handle(_say("amy", "/close"))
    delivered: list[Reply] = []

    async def deliver(replies: Sequence[Reply]) -> None:
        delivered.extend(replies)

    scheduler = DeadlineScheduler(clock=clock, sweep_seconds=3600)
    await scheduler.start(app, deliver)
    try:
        clock.advance(timedelta(hours=23).total_seconds())
        await scheduler.sweep_unpaid()
        assert [r.text.split(":")[0] for r in delivered] == ["⏰ Order #1-1 (Mangoes) is still unpaid"]
        clock.advance(timedelta(hours=1).total_seconds())
        await scheduler.sweep_unpaid()
        await scheduler.sweep_unpaid()
        assert [r.private_to for r in delivered if r.text.startswith("Order #1-1")] == ["bob", "amy"]
    finally:
        scheduler.shutdown()
        await asyncio.sleep(0)


def _say(user: str, text: str) -> Request:
    return Request(platform="test", chat_id="family", user_id=user, display_name=user.title(), text=text)


@pytest.mark.parametrize(("given", "hours"), [("24h", 24.0), ("90m", 1.5), ("2d", 48.0), ("3600", 1.0)])
def test_the_pay_window_reads_as_people_write_it(
    monkeypatch: pytest.MonkeyPatch, given: str, hours: float
) -> None:
    monkeypatch.setenv("TUAN_PAY_WITHIN", given)
    assert Settings(_env_file=None).pay_within == timedelta(hours=hours)  # type: ignore[call-arg]
