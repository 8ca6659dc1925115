"""帮卖 (s28): `自提 #1 北门` (a place alone) in a group listing the group buy copied the group buy's pickup
time then, so a later move of that time (`自提 明天下午6点` in its own group) left the group on the old
time. The group's own place now keeps no time of its own: its card, orders and reminder read the group
buy's time, and the group is told when it moves, with its own place."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.domain.listings import card_key
from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def listed(factory: FakeUnitOfWorkFactory, clock: FakeClock, lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (pickup 南门 tomorrow 17:00), Sue help-selling it in qun2, whose place is 北门 alone."""
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 南门 明天下午5点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 北门" if lang == "zh" else "/pickup #1 North Gate")
    return family, qun2


async def test_a_place_alone_reads_the_group_buys_time_after_it_moves() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)

    replies = await family.say("amy", "自提 明天下午6点")

    assert "自提：北门 · 11月24日 周二 18:00" in await qun2.card(card_key(1))
    assert "自提：南门 · 11月24日 周二 18:00" in await family.card(1)
    told = in_chats(replies)["qun2"]  # the group hears the new time, with its own place
    assert "北门 · 11月24日 周二 18:00" in told and "南门" not in told, told


async def test_its_orders_and_reminder_read_the_moved_time() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)
    await family.say("amy", "自提 明天下午6点")
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")

    told = Chat.private(await family.say("amy", "截单"))

    assert told["cat"].endswith("自提：北门 · 11月24日 周二 18:00"), told["cat"]
    await family.say("amy", "已收 1-1 1-2")
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=family.app.config,
        outbox=family.app,
        at=time(20, 0),
    )
    groups = in_chats(await chore())
    assert groups["qun2"].startswith("📦 明天自提：苹果（#1），北门 · 11月24日 周二 18:00。"), groups
    assert groups["family"].startswith("📦 明天自提：苹果（#1），南门 · 11月24日 周二 18:00。"), groups


async def test_a_time_of_its_own_does_not_follow_the_group_buys() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)
    await qun2.say("sue", "自提 #1 明天下午4点")

    replies = await family.say("amy", "自提 明天下午6点")

    assert "自提：北门 · 11月24日 周二 16:00" in await qun2.card(card_key(1))
    assert "qun2" not in in_chats(replies)


async def test_in_english_the_place_alone_follows_the_moved_time() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock, "en")

    replies = await family.say("amy", "自提 明天下午6点")

    told = in_chats(replies)["qun2"]
    assert "North Gate · Tue 24 Nov 18:00" in told, told
    assert "North Gate · Tue 24 Nov 18:00" in await qun2.card(card_key(1))
