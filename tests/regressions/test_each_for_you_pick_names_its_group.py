"""Cat's `猜你喜欢` in private listed #2 (of neighbours) and #4 (of family), then said "想要就在那个群里发
+1 #编号 跟团" without naming either group, and the weekly "🎯 猜你喜欢" named neither. Each pick now
names the group it runs in, where `+1 #2` is sent."""

from __future__ import annotations

from datetime import time

from commerce.domain.foryou_weekly import Weekly
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_groups() -> Chat:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "family"
    neighbours = Chat(family.app, chat_id="neighbours", title="neighbours")
    await family.say("amy", "接龙 芒果 价格 88")  # #1
    await neighbours.say("dan", "接龙 榴莲 价格 120")  # #2
    await neighbours.say("bob", "+1")
    await family.say("bob", "+1")
    await neighbours.say("cat", "早")
    await family.say("cat", "早")
    return family


async def test_each_for_you_pick_names_its_group() -> None:
    family = await _two_groups()

    chinese = family.said(await family.say("cat", "猜你喜欢", private=True))
    # `/foryou` alone speaks her own language (her `猜你喜欢` Chinese), her app's English when it says one
    english = family.said(await family.say("cat", "/foryou", private=True, language="en"))

    assert "· #1 芒果（在「family」）：1 位群友正在跟" in chinese
    assert "· #2 榴莲（在「neighbours」）：1 位群友正在跟" in chinese
    assert "· #1 芒果 (in family): 1 friend on the list now" in english
    assert "· #2 榴莲 (in neighbours): 1 friend on the list now" in english


async def test_each_weekly_pick_names_its_group() -> None:
    family = await _two_groups()
    app = family.app
    assert isinstance(app.clock, FakeClock)
    app.clock.advance(hours=8)  # Monday 20:00 in Shanghai
    weekly = WeeklyForYou(
        uow_factory=app.uow_factory,
        clock=app.clock,
        config=app.config,
        outbox=app,
        platform="test",
        when=Weekly(0, time(20)),
    )

    said = Chat.private(await weekly())["cat"]

    assert "· #1 芒果（在「family」）：1 位群友正在跟" in said
    assert "· #2 榴莲（在「neighbours」）：1 位群友正在跟" in said
