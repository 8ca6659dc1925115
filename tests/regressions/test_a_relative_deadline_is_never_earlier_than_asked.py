"""Round 41 #7: `接龙 青菜 1把 价格 5 截止 1分钟` sent at 13:41:47 said "截止 … 13:42" and the buy closed 13 s
later; `deadline in 3 minutes` closed in about 2 min 15 s. A length of time is now rounded up to the
next whole minute: 13:41:47 + 1 minute is 13:43, shown and kept so; never earlier than asked."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

AT = datetime(2026, 12, 5, 5, 41, 47, tzinfo=UTC)  # 13:41:47 in Shanghai


async def test_in_chinese_one_minute_at_13_41_47_closes_at_13_43() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory, clock=FakeClock(AT))
    said = chat.said(await chat.say("amy", "接龙 青菜 1把 价格 5 截止 1分钟"))
    assert "截止 12月5日 周六 13:43。" in said, said
    assert uow_factory.state.group_buys[1].deadline == datetime(2026, 12, 5, 5, 43, tzinfo=UTC)


async def test_in_english_three_minutes_at_13_41_47_closes_at_13_45() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory, clock=FakeClock(AT), default_language="en")
    said = chat.said(await chat.say("amy", "/groupbuy Greens price 5 deadline in 3 minutes"))
    assert "13:45" in said and "13:44" not in said, said
    assert uow_factory.state.group_buys[1].deadline == datetime(2026, 12, 5, 5, 45, tzinfo=UTC)


async def test_a_whole_minute_stays_as_it_is() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    chat = fake_chat(uow_factory, clock=FakeClock(datetime(2026, 12, 5, 5, 41, tzinfo=UTC)))
    await chat.say("amy", "接龙 青菜 1把 价格 5 截止 1小时")
    assert uow_factory.state.group_buys[1].deadline == datetime(2026, 12, 5, 6, 41, tzinfo=UTC)
