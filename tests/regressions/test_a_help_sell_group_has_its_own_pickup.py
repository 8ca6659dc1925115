"""帮卖 (rep40 4, rep43 1): a group buy had one pickup for every group selling it. Amy's `自提 #3 2号楼大堂
明天上午10点` in her second group moved her first group's pickup too (that group was told "自提改为
2号楼大堂…"), and Sue, who help-sells it in her group, was refused "只有团长（Amy）可以这样做".

`自提 #N …` sent in a group listing the group buy now sets that group's pickup only: the organiser or
that group's help-seller may; the group buy's own group keeps its pickup and is told nothing; that
group's card, its buyers' orders, `我的订单`, the pickup reminder there, `谁还没取货` and `什么时候取货`
read it. A group with no pickup of its own reads the group buy's."""

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

LOBBY_ZH = "2号楼大堂 · 11月24日 周二 17:00"
GATE_ZH = "北门 · 11月24日 周二 18:00"


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def listed(factory: FakeUnitOfWorkFactory, clock: FakeClock, *, lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 in her group (pickup 北门 tomorrow 18:00), Sue help-selling it in qun2."""
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    return family, qun2


async def test_the_help_seller_sets_her_groups_pickup_and_the_first_group_keeps_its_own() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)

    replies = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    assert Chat.said(replies) == f"好的，苹果（#1）的自提：{LOBBY_ZH}\n只改了本群的自提，其他群照旧。"
    assert "family" not in in_chats(replies)  # the first group is told nothing: its pickup did not move
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))
    assert f"自提：{GATE_ZH}" in await family.card(1)


async def test_the_organisers_edit_of_the_pickup_in_her_second_group_is_that_groups_own() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)

    replies = await qun2.say("amy", "修改 #1 自提 2号楼大堂 明天下午5点")

    assert Chat.said(replies) == f"好的，苹果（#1）的自提：{LOBBY_ZH}\n只改了本群的自提，其他群照旧。"
    assert "family" not in in_chats(replies)
    assert f"自提：{GATE_ZH}" in await family.card(1)
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))


async def test_another_member_of_the_group_may_not_set_its_pickup() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    _, qun2 = await listed(factory, clock)

    replies = await qun2.say("cat", "自提 #1 2号楼大堂 明天下午5点")

    assert Chat.said(replies) == "只有团长（Amy）可以这样做，没有任何改动。"
    assert "自提：2号楼大堂" not in await qun2.card(card_key(1))


async def test_the_organiser_sets_her_second_groups_pickup_without_moving_the_first() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)

    replies = await qun2.say("amy", "自提 #1 2号楼大堂 明天下午5点")

    assert "只改了本群的自提" in Chat.said(replies)
    assert "family" not in in_chats(replies)
    assert f"自提：{GATE_ZH}" in await family.card(1)


async def test_each_groups_orders_read_their_own_pickup() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")

    told = Chat.private(await family.say("amy", "截单"))

    assert told["cat"].endswith(f"自提：{LOBBY_ZH}"), told["cat"]
    assert told["bob"].endswith(f"自提：{GATE_ZH}"), told["bob"]


async def closed_and_paid(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> tuple[Chat, Chat]:
    """qun2's own pickup 2号楼大堂; Cat joined there, Bob in Amy's group; closed, both paid."""
    family, qun2 = await listed(factory, clock)
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1 1-2")
    return family, qun2


async def test_each_group_is_reminded_of_its_own_pickup() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await closed_and_paid(factory, clock)
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=family.app.config,
        outbox=family.app,
        at=time(20, 0),
    )

    groups = in_chats(await chore())

    assert groups["family"].startswith(f"📦 明天自提：苹果（#1），{GATE_ZH}。"), groups["family"]
    assert groups["qun2"].startswith(f"📦 明天自提：苹果（#1），{LOBBY_ZH}。"), groups["qun2"]


async def test_who_has_not_collected_lists_each_groups_orders_under_its_pickup() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, _ = await closed_and_paid(factory, clock)

    text = Chat.said(await family.say("amy", "谁还没取货", private=True))

    assert f"苹果（#1）· 取货：{GATE_ZH}\n  Bob ×1（1-2）" in text, text
    assert f"苹果（#1）· 取货：{LOBBY_ZH}\n  Cat ×1（1-1）" in text, text


async def test_a_buyer_asking_when_to_collect_reads_her_groups_pickup() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await closed_and_paid(factory, clock)

    assert Chat.said(await qun2.say("cat", "什么时候取货", private=True)) == f"苹果（#1）取货：{LOBBY_ZH}"
    assert Chat.said(await family.say("bob", "什么时候取货", private=True)) == f"苹果（#1）取货：{GATE_ZH}"


async def test_my_orders_says_her_groups_pickup_time_has_passed() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    _, qun2 = await closed_and_paid(factory, clock)
    clock.advance(
        hours=29, minutes=30
    )  # 17:30 the next day: qun2's 17:00 passed, the first group's 18:00 not

    text = Chat.said(await qun2.say("cat", "我的订单", private=True))

    assert "⚠️ 订单 #1-1 的自提时间（11月24日 周二 17:00）已经过了" in text, text


async def test_a_new_pickup_in_the_first_group_is_not_told_to_a_group_with_its_own() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    replies = await family.say("amy", "自提 南门 明天下午6点")

    assert "qun2" not in in_chats(replies)
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))


async def test_a_group_without_its_own_pickup_reads_the_group_buys() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock)

    replies = await family.say("amy", "自提 南门 明天下午6点")

    assert "南门" in in_chats(replies)["qun2"]
    assert "自提：南门" in await qun2.card(card_key(1))


async def test_in_english_the_help_seller_is_told_only_her_group_changed() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock, lang="en")

    replies = await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm")

    assert Chat.said(replies) == (
        "Pickup for 苹果 (#1): Lobby 2 · Tue 24 Nov 17:00\n"
        "Only this group's pickup changed; the other groups keep theirs."
    )
    assert "family" not in in_chats(replies)
    assert f"自提：{GATE_ZH}" in await family.card(1)


async def test_an_english_group_is_reminded_of_its_own_pickup_in_english() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = await listed(factory, clock, lang="en")
    await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm")
    await qun2.say("cat", "+1")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1 1-2")
    clock.advance(hours=8)
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=family.app.config,
        outbox=family.app,
        at=time(20, 0),
    )

    groups = in_chats(await chore())

    assert groups["qun2"].startswith("📦 Pickup tomorrow: 苹果 (#1), Lobby 2 · Tue 24 Nov 17:00"), groups[
        "qun2"
    ]
    assert groups["family"].startswith(f"📦 明天自提：苹果（#1），{GATE_ZH}。"), groups["family"]
