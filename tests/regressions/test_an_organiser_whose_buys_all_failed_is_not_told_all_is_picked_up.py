"""Troll's two group buys both ended without going ahead; his private `谁还没取货` said "✅ 你的团购都已取货",
while his own paid order still waited to be collected. Now he is told none of his group buys went ahead
(so there is nothing of his to hand out) and, holding a paid order of his own, where to see it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _troll_bought_and_his_own_was_called_off() -> Chat:
    room = fake_chat()
    await room.say("amy", "接龙 阳光玫瑰 价格 60 截止 明天上午8点")
    await room.say("troll", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    await room.say("troll", "接龙 茶叶 价格 10 成团 5 截止 明天上午8点")
    await room.say("troll", "取消 #2")
    return room


async def test_he_is_told_none_went_ahead_and_where_his_own_order_is() -> None:
    room = await _troll_bought_and_his_own_was_called_off()

    zh = Chat.said(await room.say("troll", "谁还没取货", private=True))
    # `/uncollected` alone speaks his own language (his words are Chinese): his app's English here
    en = Chat.said(await room.say("troll", "/uncollected", private=True, language="en"))

    assert zh == (
        "你开的团购还没有一个成团，所以没有已付款、要交货的订单。你自己有 1 个订单待取货，发“我的订单”查看。"
    )
    assert en == (
        "None of your group buys has gone ahead, so you have no paid orders to hand out."
        " You have 1 order of your own to collect: send /orders to see it."
    )


async def test_once_his_order_is_picked_up_only_the_first_part_is_said() -> None:
    room = await _troll_bought_and_his_own_was_called_off()
    await room.say("amy", "已取 1-1")

    zh = Chat.said(await room.say("troll", "谁还没取货", private=True))

    assert zh == "你开的团购还没有一个成团，所以没有已付款、要交货的订单。"
