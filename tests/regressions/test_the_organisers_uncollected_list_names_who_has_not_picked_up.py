"""Session 27 review (rep40), finding 6: Amy asked in private `未取货` / `谁还没取货` (README's own
heading) and was answered as a buyer asking where to collect: "私聊里问团购请带上团号…". Now the
organiser gets her paid orders not picked up, grouped by group buy with its pickup place and time,
each buyer's name, units and order number, never a pickup code (the buyer's secret); none: all
collected. Asked in a group, that group's list is sent to her privately and the group told so."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_two_paid() -> tuple[Chat, list[str]]:
    room = fake_chat()
    await room.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 截止 明天上午8点 自提 小区南门 明天上午10点")
    await room.say("fay", "+2")
    await room.say("gus", "+1")
    await room.say("jo", "+1")
    await room.say("amy", "截单")
    confirmed = await room.say("amy", "已收 1-1 1-2")
    codes = [r.text.split("取货码：")[1][:4] for r in confirmed if r.private_to]
    return room, codes


async def test_the_organiser_gets_the_paid_orders_not_picked_up() -> None:
    room, codes = await _closed_two_paid()

    zh = room.said(await room.say("amy", "谁还没取货", private=True))
    short = room.said(await room.say("amy", "未取货", private=True))
    asked = room.said(await room.say("amy", "谁还没取货？", private=True))
    en = room.said(await room.say("amy", "who hasn't collected?", private=True))

    assert zh == (
        "📦 已付款、还没取货的订单（2）：\n\n"
        "阳光玫瑰 2斤装（#1）· 取货：小区南门 · 11月24日 周二 10:00\n"
        "  Fay ×2（1-1）\n"
        "  Gus ×1（1-2）\n\n"
        "取货码只在买家自己那里，不在这里显示。交货后发：已取 订单号（例如 已取 1-1），或 核销 取货码。"
    )
    assert short == zh and asked == zh
    assert en.startswith("📦 Paid, not picked up yet (2 orders):\n\n阳光玫瑰 2斤装 (#1) · pickup: 小区南门")
    assert "  Fay ×2 (1-1)\n  Gus ×1 (1-2)" in en
    assert len(codes) == 2 and not any(code in zh + en for code in codes)  # codes stay the buyers'
    assert "Jo" not in zh  # unpaid: nothing to pick up yet


async def test_in_the_group_the_list_goes_privately() -> None:
    room, _ = await _closed_two_paid()

    replies = await room.say("amy", "谁还没取货")

    assert [r.text for r in replies if r.private_to is None] == ["Amy，未取货名单已私信发给你。"]
    assert room.private(replies)["amy"].startswith("📦 已付款、还没取货的订单（2）：")


async def test_with_all_picked_up_she_is_told_so() -> None:
    room, _ = await _closed_two_paid()
    await room.say("amy", "已取 1-1 1-2")

    zh = room.said(await room.say("amy", "谁还没取货", private=True))
    en = room.said(await room.say("amy", "/uncollected", private=True, language="en"))  # her app's English

    assert zh == "✅ 你的团购都已取货：没有已付款还没取的订单。"
    assert en == "✅ Everything is picked up: no paid order of yours is waiting to be collected."


async def test_a_buyer_is_told_it_is_the_organisers_list() -> None:
    room, _ = await _closed_two_paid()

    zh = room.said(await room.say("fay", "谁还没取货", private=True))

    assert zh == "未取货名单是团长看的，你还没有开过团。问自己的取货请发：什么时候取货"
    assert await room.say("fay", "谁还没取货？") == []  # in the group: talk among neighbours


async def test_talk_that_starts_with_the_words_is_left_alone() -> None:
    room, _ = await _closed_two_paid()

    assert await room.say("amy", "未取货的明天下午来拿") == []
    assert await room.say("amy", "撤销已取货吧") == []
