"""rep54 #2: `自提 #2 会所 周五晚上6点` promised "你确认收款时，每位买家会收到这个自提和取货码",
yet Zhou, whose payment was confirmed after the pickup was set, got only
"Wang 已确认收到…谢谢！取货码：4176", no place or time, and his `我的订单` showed none either (a
help-sold buyer, with her group's own pickup, the same; en `/paid 5-2` likewise). The confirmation
and `我的订单` now carry the pickup of the group the order was made in, as the close's order does."""

from __future__ import annotations

from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat

GATE_ZH = "南门 · 11月24日 周二 17:00"
GATE_EN = "Gate 3 · Tue 24 Nov 17:00"


async def closed(chat: Chat, lang: str) -> None:
    if lang == "zh":
        await chat.say("amy", "接龙 芒果 价格 30 成团 1 截止 2小时")
        await chat.say("bob", "+1")
        await chat.say("amy", "截单")
        await chat.say("amy", "自提 南门 明天下午5点")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 30 target 1 ends 2h")
        await chat.say("bob", "+1")
        await chat.say("amy", "/close")
        await chat.say("amy", "/pickup Gate 3 tomorrow 5pm")


async def test_a_payment_confirmed_after_the_pickup_says_where_and_when_in_chinese() -> None:
    chat = fake_chat()
    await closed(chat, "zh")

    told = Chat.private(await chat.say("amy", "已收 @bob", mentions=["bob"]))
    mine = Chat.said(await chat.say("bob", "我的订单", private=True))

    assert told["bob"].startswith("Amy 已确认收到你订单 #1-1（芒果）的付款 ¥30，谢谢！\n")
    assert f"\n自提：{GATE_ZH}\n取货码：" in told["bob"]
    assert f"📍 订单 #1-1 自提：{GATE_ZH}" in mine


async def test_a_payment_confirmed_after_the_pickup_says_where_and_when_in_english() -> None:
    chat = fake_chat()
    await closed(chat, "en")

    told = Chat.private(await chat.say("amy", "/paid @bob", mentions=["bob"]))
    mine = Chat.said(await chat.say("bob", "/orders", private=True))

    assert told["bob"].startswith("Amy confirmed your payment of ¥30 for order #1-1 (Mangoes). Thank you!\n")
    assert f"\nPickup: {GATE_EN}\nYour pickup code:" in told["bob"]
    assert f"📍 Pickup for order #1-1: {GATE_EN}" in mine


async def test_a_help_sold_buyer_is_told_his_groups_own_pickup() -> None:
    family, qun2 = two_groups("qun2", "二号群")
    await family.say("amy", "接龙 苹果 价格 20 成团 1 截止 2小时")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("kim", "+1")
    await family.say("amy", "截单")
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    told = Chat.private(await family.say("amy", "已收 1-1"))

    assert "\n自提：2号楼大堂 · 11月24日 周二 17:00\n取货码：" in told["kim"]
    assert "北门" not in told["kim"]


async def test_no_pickup_set_says_none() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 1 截止 2小时")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    told = Chat.private(await chat.say("amy", "已收 @bob", mentions=["bob"]))

    assert "自提" not in told["bob"]
    assert "取货码：" in told["bob"]
