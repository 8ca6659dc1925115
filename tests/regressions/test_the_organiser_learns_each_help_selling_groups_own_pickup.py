"""帮卖 (rep52 #2): Max's `/pickup #2 Block 7 lobby Tuesday 18:00` in his help-selling group set that
group's own pickup, and Lisa, the organiser, was told nothing; her own later `自提 会所 周五晚上6点`
answered "好的…自提：会所…" with nothing about louxia keeping its own.

Now the organiser is told privately, once, which group set its own pickup, with its place and time; and
her own pickup's answer names each group that keeps its own, with it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

LOBBY_ZH = "2号楼大堂 · 11月24日 周二 17:00"
CLUB_ZH = "会所 · 11月24日 周二 18:00"


async def listed(lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's #1 in her group, Sue help-selling it in qun2 (both chats in `lang`)."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    if lang == "en":
        family.admins, qun2.admins = {"amy"}, {"sue"}
        await family.say("amy", "/lang en")
        await qun2.say("sue", "/lang en")
        await family.say("amy", "/groupbuy Apples price 20 target 1")
        await family.say("amy", "/helpsell on 10%")
        await qun2.say("sue", "/helpsell #1")
    else:
        await family.say("amy", "接龙 苹果 价格 20 成团 1")
        await family.say("amy", "帮卖 开 10%")
        await qun2.say("sue", "帮卖 #1")
    return family, qun2


async def test_the_organiser_is_told_privately_when_a_help_seller_sets_her_groups_pickup() -> None:
    _, qun2 = await listed()

    replies = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    assert Chat.private(replies)["amy"] == (
        f"Sue 给 苹果（#1）在「二号群」单独设了自提：{LOBBY_ZH}。"
        "该群的买家按这个自提取货，其他群照旧用你的自提。"
    )
    again = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")  # the same again: nothing new
    assert "amy" not in Chat.private(again)


async def test_the_organiser_is_told_in_english() -> None:
    _, qun2 = await listed("en")

    replies = await qun2.say("sue", "/pickup #1 Block 7 lobby tomorrow 5pm")

    assert Chat.private(replies)["amy"] == (
        "Sue set the pickup of Apples (#1) in “二号群” for that group alone:"
        " Block 7 lobby · Tue 24 Nov 17:00. Its buyers read this one; your other groups keep yours."
    )


async def test_the_organisers_own_pickup_names_the_groups_that_keep_theirs() -> None:
    family, qun2 = await listed()
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    replies = await family.say("amy", "自提 会所 明天下午6点")

    assert Chat.said(replies) == (
        f"好的，苹果（#1）的自提：{CLUB_ZH}\n1 个群用自己的自提，不受这次影响：二号群（{LOBBY_ZH}）"
    )


async def test_the_organisers_own_pickup_names_them_in_english() -> None:
    family, qun2 = await listed("en")
    await qun2.say("sue", "/pickup #1 Block 7 lobby tomorrow 5pm")

    replies = await family.say("amy", "/pickup Clubhouse tomorrow 6pm")

    assert Chat.said(replies) == (
        "Pickup for Apples (#1): Clubhouse · Tue 24 Nov 18:00\n"
        "1 group keeps its own pickup, told nothing of this one: 二号群 (Block 7 lobby · Tue 24 Nov 17:00)"
    )


async def test_the_organisers_list_shows_each_groups_own_pickup() -> None:
    family, qun2 = await listed()
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    in_group = Chat.private(await family.say("amy", "名单 #1"))["amy"]
    in_private = [r.text for r in await family.say("amy", "名单 #1", private=True) if r.text]

    assert in_group.endswith(f"\n📍 自己定了自提的群：二号群（{LOBBY_ZH}）"), in_group
    assert in_private[-1].endswith(f"\n📍 自己定了自提的群：二号群（{LOBBY_ZH}）"), in_private


async def test_the_organisers_list_shows_them_in_english() -> None:
    family, qun2 = await listed("en")
    await qun2.say("sue", "/pickup #1 Block 7 lobby tomorrow 5pm")

    in_group = Chat.private(await family.say("amy", "/list #1"))["amy"]

    assert in_group.endswith(
        "\n📍 Groups with their own pickup: 二号群 (Block 7 lobby · Tue 24 Nov 17:00)"
    ), in_group
