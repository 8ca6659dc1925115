"""帮卖: Amy's `催款 #1` in 家庭群 posted there "• Cat：¥20" (Cat ordered in the neighbours' group,
which Dan help-sells) and nothing in the neighbours' group; the evening pickup reminder went the same
way. Each group is now reminded of its own buyers only, in its own language."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


def posted(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def sold_in_two_groups(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> tuple[Chat, Chat]:
    family, neighbours = two_groups("neighbours", "Neighbours", factory=factory, clock=clock)
    neighbours.admins = {"dan"}
    await neighbours.say("dan", "/lang en")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "帮卖 #1")
    await neighbours.say("cat", "+1")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    return family, neighbours


async def test_remind_posts_each_groups_own_buyers_in_that_group() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await sold_in_two_groups(factory, clock)

    replies = await family.say("amy", "催款 #1")

    groups = posted(replies)
    assert groups["family"].startswith("💸 催款：苹果（#1）还有 1 个订单未付款：\n• Bob（订单 #1-2）")
    assert "Cat" not in groups["family"]
    assert groups["neighbours"].startswith(
        "💸 Reminder: 苹果 (#1), 1 order still unpaid:\n• Cat (order #1-1)"
    )
    assert "Bob" not in groups["neighbours"]
    told = [r.text for r in replies if r.private_to == "amy"]
    assert told == [  # Bob was named in this group's own reminder: the count is the other groups'
        "也已在卖 #1 苹果 的其他群里分别催款（每个群只提到本群的买家）：在其他群还有 1 位未付款（不含本群）。"
    ]


async def test_the_pickup_evening_reminds_each_group_of_its_own_buyers() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await sold_in_two_groups(factory, clock)
    await family.say("amy", "已收 1-2")  # Bob paid: the family group has nothing owed, one to collect
    await family.say("amy", "自提 北门 明天下午6点")
    clock.advance(hours=8)  # 20:00 in Shanghai
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=family.app.config,
        outbox=family.app,
        at=time(20, 0),
    )

    groups = posted(await chore())

    assert groups["family"].endswith("待取 1 单，都已付款，明天见！"), groups["family"]
    assert "Cat" not in groups["family"]
    assert groups["neighbours"].startswith("📦 Pickup tomorrow: 苹果 (#1)"), groups["neighbours"]
    assert "1 order is still unpaid:\n• Cat (order #1-1)" in groups["neighbours"]
