"""帮卖: a group listing a group buy with its own pickup (`自提 #1 …` sent there) on another day than the
group buy's was never reminded of it: the evening sweep ran on the group buy's pickup time only, and
skipped that group then (its pickup was not that day). Now that group is reminded on its own pickup's
evening, once, of its own orders only; the group buy's own group is reminded on its own evening and
never of the other group's pickup."""

from __future__ import annotations

from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

GATE_ZH = "北门 · 11月24日 周二 18:00"
LOBBY_ZH = "2号楼大堂 · 11月26日 周四 17:00"


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def sold(factory: FakeUnitOfWorkFactory, clock: FakeClock, *, lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (pickup 北门 tomorrow 18:00); Sue help-sells it in qun2, picked up there two days
    later; Cat joined in qun2, Bob in Amy's group; closed, nobody paid yet."""
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
        await qun2.say("sue", "帮卖 #1")
        await qun2.say("sue", "/pickup #1 Lobby 2 26 Nov 17:00")
    else:
        await qun2.say("sue", "帮卖 #1")
        await qun2.say("sue", "自提 #1 2号楼大堂 11月26日下午5点")
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    return family, qun2


def sweep(family: Chat, factory: FakeUnitOfWorkFactory, clock: FakeClock) -> PickupReminders:
    return PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=family.app.config,
        outbox=family.app,
        at=time(20, 0),
    )


async def test_the_help_sell_groups_own_pickup_is_reminded_on_its_own_evening_once() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await sold(factory, clock)
    chore = sweep(family, factory, clock)
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before the group buy's pickup

    home_evening = in_chats(await chore())

    assert list(home_evening) == ["family"], home_evening
    assert home_evening["family"].startswith(f"📦 明天自提：苹果（#1），{GATE_ZH}。"), home_evening["family"]
    assert "2号楼大堂" not in home_evening["family"]
    assert "Cat" not in home_evening["family"]

    clock.advance(hours=48)  # the evening before qun2's own pickup
    own_evening = in_chats(await chore())

    assert list(own_evening) == ["qun2"], own_evening
    assert own_evening["qun2"].startswith(f"📦 明天自提：苹果（#1），{LOBBY_ZH}。"), own_evening["qun2"]
    assert "Cat" in own_evening["qun2"]
    assert "Bob" not in own_evening["qun2"]  # its own orders only

    clock.advance(minutes=5)
    assert in_chats(await chore()) == {}  # once


async def test_an_english_help_sell_group_is_reminded_of_its_own_later_pickup_in_english() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await sold(factory, clock, lang="en")
    chore = sweep(family, factory, clock)
    clock.advance(hours=8)

    assert list(in_chats(await chore())) == ["family"]

    clock.advance(hours=48)
    own_evening = in_chats(await chore())

    assert list(own_evening) == ["qun2"], own_evening
    assert own_evening["qun2"].startswith("📦 Pickup tomorrow: 苹果 (#1), Lobby 2 · Thu 26 Nov 17:00"), (
        own_evening["qun2"]
    )
    assert "Cat" in own_evening["qun2"]
    assert "Bob" not in own_evening["qun2"]


async def test_a_missed_evening_of_the_groups_own_pickup_is_reminded_late_on_its_day() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await sold(factory, clock)
    chore = sweep(family, factory, clock)
    clock.advance(hours=8)
    await chore()

    clock.advance(hours=61)  # 09:00 on qun2's pickup day: its evening passed while the bot was down
    late = in_chats(await chore())

    assert list(late) == ["qun2"], late
    assert late["qun2"].startswith("📦 今天自提：苹果（#1），2号楼大堂 · 11月26日 周四 17:00。"), late["qun2"]
    assert in_chats(await chore()) == {}


async def test_a_groups_own_pickup_is_reminded_when_the_group_buy_has_no_pickup_time() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 2号楼大堂 11月26日下午5点")
    await qun2.say("cat", "+1")
    await family.say("amy", "截单")
    chore = sweep(family, factory, clock)
    clock.advance(hours=56)  # 20:00 on 11月25日

    groups = in_chats(await chore())

    assert list(groups) == ["qun2"], groups
    assert groups["qun2"].startswith(f"📦 明天自提：苹果（#1），{LOBBY_ZH}。"), groups["qun2"]
