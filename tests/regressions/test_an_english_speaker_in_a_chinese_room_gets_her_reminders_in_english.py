"""Session 31 (review 59): Tom writes English in a Chinese room (`2 please`), so his language is recorded
as English and his order at the close comes in English. His private reminders must too: the evening
pickup reminder's private line of what he owes, and the reminder three days after the pickup, while the
group's reminder and Dan's (who typed only `+1`) stay in the group's Chinese.

Session 35: a buyer's order and reminders follow her private `/lang`, else her app's, else the group's,
never her words: Tom's app is English here (his `2 please` alone would leave them Chinese,
`test_a_buyers_private_notices_keep_her_groups_language`)."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.owed_reminders import OwedReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def private(replies: list[Reply], to: str) -> str:
    (text,) = [r.text for r in replies if r.private_to == to and r.text]
    return text


async def _closed(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    chat = fake_chat(factory, clock=clock, default_language="zh", outbox_platform="test")  # as deployed
    await chat.say("amy", "接龙 芒果 价格 88", name="王姐")
    assert chat.said(await chat.say("tom", "2 please", name="Tom", language="en")).startswith(
        "Tom 跟团：2 × 芒果"
    )  # the room reads it (session 34)
    await chat.say("dan", "+1", name="Dan")
    closed = await chat.say("amy", "截单", name="王姐")
    assert private(closed, "tom").startswith("Your order #1-1 in 芒果 (#1):")
    assert private(closed, "dan").startswith("你在 芒果（#1）的订单 #1-2：")
    await chat.say("amy", "自提 小区南门 明天下午6点", name="王姐")
    return chat


async def test_the_pickup_evening_reminds_tom_in_english_and_the_group_in_chinese() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = await _closed(factory, clock)
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = chat.pickup_reminders()

    replies = await chore()

    (group,) = [r.text for r in replies if r.text and not r.private_to]
    assert group.startswith("📦 明天自提"), group
    assert "Tom（订单 #1-1）" in group, group
    assert private(replies, "tom").startswith(
        "💸 Reminder: your order #1-1 of 芒果 (#1) is not paid yet: ¥176."
    )
    assert private(replies, "dan").startswith("💸 催款：你在 芒果（#1）的订单 #1-2 还没付款：¥88。")


async def test_three_days_after_the_pickup_tom_is_reminded_in_english() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = await _closed(factory, clock)
    chore = OwedReminders(
        uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=chat.app.config, outbox=chat.app
    )
    clock.advance(days=5)  # the pickup was tomorrow 18:00: more than three days ago

    replies = await chore()

    assert private(replies, "tom").startswith(
        "Reminder: the pickup time has passed and 1 order is still unpaid and not collected:\n"
        "• 芒果 (#1), order #1-1 (¥176): the pickup was "
    )
    assert private(replies, "dan").startswith("提醒：自提时间已过，下面 1 个订单还没付款也还没取货：\n")
    assert private(replies, "amy").startswith("芒果（#1）的自提时间（")
