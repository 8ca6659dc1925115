"""Session 28 (rep47 #3): a member removed from the WeChat room stayed on the list, was @-mentioned at 截单
and got his order in the room, which he can no longer read; the organiser was not told he had gone. Now
when WeChat says a member left (or was removed), each organiser of his group buys there is told
privately, which of hers he is on; at the close he is not mentioned in the room and his order is never
posted there: it goes to him privately if he is the bot's friend, else to the organiser to pass on."""

from __future__ import annotations

from tests.regressions.test_two_non_friends_orders_in_one_wechat_room_message_each_name_the_buyer import (
    ROOM,
    Room,
)


async def test_the_organiser_is_told_and_his_order_is_not_posted_in_the_room() -> None:
    room = Room({"wxid_孙八", "wxid_赵六"})
    await room.say("阿May", "接龙 赣南脐橙 10斤 价格 68")
    await room.say("孙八", "+1")
    await room.say("赵六", "+1")
    await room.say("张三", "+2")
    before = len(room.sent)

    await room.adapter.on_left(ROOM, ["wxid_孙八", "wxid_张三"])
    told = [text for where, text in room.sent[before:] if where == "wxid_阿May"]
    assert told == [  # one message
        "孙八 已离开群（或被移出），看不到群里的消息了。孙八 在你的团里：赣南脐橙 10斤（#1）。"
        "孙八 的订单只私信发送，不发在群里；私信不到时我会告诉你，请你直接联系 孙八。\n\n"
        "张三 已离开群（或被移出），看不到群里的消息了。张三 在你的团里：赣南脐橙 10斤（#1）。"
        "张三 的订单只私信发送，不发在群里；私信不到时我会告诉你，请你直接联系 张三。"
    ]
    assert not [text for where, text in room.sent[before:] if where == ROOM]

    before = len(room.sent)
    [closed] = await room.say("阿May", "截单")
    private = {where: text for where, text in room.sent[before:] if where != ROOM}

    assert closed.startswith("@阿May\u2005@赵六\u2005✅")  # 孙八 is not mentioned
    assert "孙八" not in closed and "#1-1" not in closed  # nor is his order posted in the room
    assert "#1-2" in closed  # 赵六, still here, gets his in the room, as before
    assert private["wxid_阿May"].endswith(
        "孙八 已不在群里，也不是我的好友，我没法把订单私信发给 孙八。请你直接联系 孙八，把下面的订单转告：\n"
        "你在 赣南脐橙 10斤（#1）的订单 #1-1：\n赣南脐橙 10斤：1 × ¥68 = ¥68\n合计：¥68\n"
        "请付款给团长 阿May（现金或转账），付完发“我已付款 1-1”告诉团长，团长确认收款。"
    )
    assert private["wxid_张三"].startswith("你在 赣南脐橙 10斤（#1）的订单 #1-3：")  # a friend: privately


async def test_back_in_the_room_he_is_addressed_there_again() -> None:
    room = Room({"wxid_孙八"})
    await room.say("阿May", "接龙 赣南脐橙 10斤 价格 68")
    await room.say("孙八", "+1")
    await room.adapter.on_left(ROOM, ["wxid_孙八"])
    await room.say("孙八", "我回来了")

    [closed] = await room.say("阿May", "截单")

    assert closed.startswith("@阿May\u2005@孙八\u2005✅")
    assert "你在 赣南脐橙 10斤（#1）的订单 #1-1：" in closed
