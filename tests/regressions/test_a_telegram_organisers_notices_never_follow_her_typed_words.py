"""Session 34: on Telegram an organiser whose app sends no language had her private notices follow her last
typed words: the members' store kept one language per member and not where it came from, so one English
command (`my orders`) in a Chinese group turned her next notices (`💸 Cat says they paid…`, her close
summary) English. The store now keeps where it came from (`members.language_from`, migration 0059): her
notices follow her private `/lang`, else her app's language, else the group's, never a guess from words."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def _hers(replies: list[Reply], who: str = "amy") -> list[str]:
    return [r.text for r in replies if r.private_to == who and r.text]


async def test_one_english_command_in_a_chinese_telegram_group_keeps_her_notices_chinese() -> None:
    qun = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="telegram")
    qun.platform = "telegram"
    await qun.say("amy", "接龙 芒果 价格 88")
    await qun.say("wang", "+1")
    await qun.say("lin", "+1")
    await qun.say("amy", "my orders")  # one English command, her app telling no language
    [summary] = _hers(await qun.say("amy", "/close"))
    assert summary.startswith("已截单：芒果（#1）成团了"), summary
    [paid] = _hers(await qun.say("wang", "我已付款 1-1"))
    assert paid.startswith("💸 Wang 说已付款：订单 #1-1（芒果，#1）"), paid


async def test_her_app_language_still_leads_and_an_english_group_stays_english() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="telegram")
    room.platform = "telegram"
    await room.say("ken", "/groupbuy Soap price 5")
    await room.say("bob", "+1")
    await room.say("ken", "名单")  # Chinese words, no app language: a guess, not hers
    [summary] = _hers(await room.say("ken", "/close"), "ken")
    assert summary.startswith("Closed: Soap (#1) succeeded"), summary
    [asked] = _hers(await room.say("bob", "paid 1-1"), "ken")
    assert asked.startswith("💸 Bob says they paid order #1-1 (Soap, #1)"), asked

    other = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="telegram")
    other.platform = "telegram"
    await other.say("mei", "接龙 芒果 价格 88", language="en")  # her app is English
    await other.say("wang", "+1")
    [closed] = _hers(await other.say("mei", "/close", language="en"), "mei")
    assert closed.startswith("Closed: 芒果 (#1) succeeded"), closed
