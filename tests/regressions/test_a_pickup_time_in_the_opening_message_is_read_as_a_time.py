"""A pickup time written in the opening message was never read as a time: `接龙 芒果 … 自提 北门
后天上午10点` kept "北门 后天上午10点" as the place (stale the next day, no evening-before reminder), and
`/groupbuy … pickup Lobby tomorrow 19:00` the same. The opening now reads it as `自提` does: the place
and the time kept apart, the card showing both in its reader's language, the reminder scheduled."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_chinese_opening_keeps_the_place_and_the_time_apart() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # Mon 23 Nov 12:00 in Shanghai
    chat = fake_chat(factory, clock=clock)

    await chat.say("amy", "接龙 芒果 价格 10 成团 1 截止 今晚8点 自提 北门 后天上午10点")

    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.pickup_at) == ("北门", datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    assert "自提：北门 · 11月25日 周三 10:00" in (await chat.card()).splitlines()
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    chore = chat.pickup_reminders()
    clock.advance(hours=8)  # Mon 20:00: the pickup is not tomorrow yet
    assert await chore() == []
    clock.advance(hours=24)  # Tue 20:00: the evening before
    [reminded] = [reply.text for reply in await chore() if reply.text and not reply.private_to]
    assert reminded.startswith("📦 明天自提：芒果（#1），北门 · 11月25日 周三 10:00。")


async def test_an_english_opening_reads_the_time_in_each_readers_language() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, office = two_groups(title=None, factory=factory)
    await office.say("dan", "/lang zh")

    await chat.say("amy", "/groupbuy Mangoes price 10 pickup Lobby tomorrow 19:00")
    await chat.say("amy", "/helpsell on 10%")
    await office.say("dan", "/helpsell #1")

    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.pickup_at) == ("Lobby", datetime(2026, 11, 24, 11, 0, tzinfo=UTC))
    assert "Pickup: Lobby · Tue 24 Nov 19:00" in (await chat.card()).splitlines()
    await office.say("eve", "+1", language="zh")  # her order in her language
    closed = await chat.say("amy", "/close")
    assert Chat.private(closed)["eve"].endswith("\n自提：Lobby · 11月24日 周二 19:00")


async def test_an_opening_pickup_typed_as_the_card_shows_it_or_with_no_place() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)

    await chat.say("amy", "接龙 芒果 价格 10 自提 北门 · 11月26日 周四 15:00")
    only_time = await chat.say("amy", "接龙 苹果 价格 10 自提 后天上午10点")

    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.pickup_at) == ("北门", datetime(2026, 11, 26, 7, 0, tzinfo=UTC))
    assert chat.said(only_time) == "请写上自提地点和时间。例如：自提 小区南门 明天下午5点"
    assert list(factory.state.group_buys) == [1]
