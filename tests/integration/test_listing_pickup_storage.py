"""A help-sell group's own pickup (`自提 #1 …` sent in the group listing it) on SQLite and PostgreSQL,
through the ChatApp: kept in `group_buy_listings.pickup` / `pickup_at` (migration 0052), read back on
that group's card and its buyers' orders, while the group buy's own group keeps its pickup."""

from __future__ import annotations

from datetime import UTC, datetime

from commerce.domain.listings import card_key
from handlers.app import AppConfig, ChatApp
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat

LOBBY = "2号楼大堂 · 11月24日 周二 17:00"
GATE = "北门 · 11月24日 周二 18:00"


async def test_a_groups_own_pickup_is_kept_and_read_back(uow_factory: SqlUnitOfWorkFactory) -> None:
    clock = FakeClock()
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=AppConfig())
    family, qun2 = Chat(app, chat_id="family"), Chat(app, chat_id="qun2")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")

    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    async with uow_factory() as uow:
        listing = await uow.listings.in_chat(1, "qun2")
        assert listing is not None
        assert listing.pickup == "2号楼大堂"
        assert listing.pickup_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 17:00 in Shanghai
    assert f"自提：{LOBBY}" in await qun2.card(card_key(1))
    assert f"自提：{GATE}" in await family.card(1)
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")
    told = Chat.private(await family.say("amy", "截单"))
    assert told["cat"].endswith(f"自提：{LOBBY}")
    assert told["bob"].endswith(f"自提：{GATE}")


async def test_a_groups_own_pickup_reminder_is_claimed_once(uow_factory: SqlUnitOfWorkFactory) -> None:
    """`group_buy_listings.pickup_reminded_at`: the evening sweep finds a group's own pickup of a
    succeeded group buy, one claim wins; the same time set again keeps it, a new time is reminded anew."""
    clock = FakeClock()
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=AppConfig())
    family, qun2 = Chat(app, chat_id="family"), Chat(app, chat_id="qun2")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 2号楼大堂 11月26日下午5点")
    starts, ends = datetime(2026, 11, 25, 12, tzinfo=UTC), datetime(2026, 11, 26, 16, tzinfo=UTC)
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    async with uow_factory() as uow:
        assert await uow.collecting.listing_pickups_between(starts, ends) == []  # not closed yet
    await qun2.say("cat", "+1")
    await family.say("amy", "截单")

    async with uow_factory() as uow:
        listing = await uow.listings.in_chat(1, "qun2")
        assert listing is not None and listing.id is not None
        assert listing.pickup_at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
        assert await uow.collecting.listing_pickups_between(starts, ends) == [listing.id]
        assert await uow.collecting.listing_pickups_between(ends, ends.replace(day=27)) == []
        assert await uow.collecting.claim_listing_pickup_reminder(listing.id, now) is True
        assert await uow.collecting.claim_listing_pickup_reminder(listing.id, now) is False
        assert await uow.collecting.listing_pickups_between(starts, ends) == []
        await uow.listings.set_pickup(listing.id, pickup="2号楼大堂", pickup_at=listing.pickup_at)
        assert await uow.collecting.listing_pickups_between(starts, ends) == []  # same time: kept
        moved = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
        await uow.listings.set_pickup(listing.id, pickup="2号楼大堂", pickup_at=moved)
        assert await uow.collecting.listing_pickups_between(starts, ends) == [listing.id]
        await uow.commit()


async def test_a_groups_own_place_alone_keeps_no_time_and_follows(uow_factory: SqlUnitOfWorkFactory) -> None:
    """`自提 #1 北门` alone there: `pickup_at` stays NULL, so the group reads the group buy's time, moved."""
    clock = FakeClock()
    app = ChatApp(uow_factory=uow_factory, clock=clock, config=AppConfig())
    family, qun2 = Chat(app, chat_id="family"), Chat(app, chat_id="qun2")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 南门 明天下午5点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")

    await qun2.say("sue", "自提 #1 北门")
    await family.say("amy", "自提 明天下午6点")

    async with uow_factory() as uow:
        listing = await uow.listings.in_chat(1, "qun2")
        assert listing is not None
        assert (listing.pickup, listing.pickup_at) == ("北门", None)
    assert f"自提：{GATE}" in await qun2.card(card_key(1))
