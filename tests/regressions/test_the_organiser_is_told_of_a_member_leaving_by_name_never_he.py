"""Review 56 #7: the organiser was told of 阿娟 leaving the WeChat room with `他在你的团里…他的订单只私信
发给他…请你联系他`, a pronoun that is wrong for a woman (and for anyone the bot cannot tell). Now the
message names her each time, with no pronoun; so does the order handed to the organiser to pass on."""

from __future__ import annotations

from tests.regressions.test_two_non_friends_orders_in_one_wechat_room_message_each_name_the_buyer import (
    ROOM,
    Room,
)


async def test_the_organiser_reads_her_name_and_no_pronoun() -> None:
    room = Room({"wxid_阿娟"})
    await room.say("王姐", "接龙 草莓 价格 40")
    await room.say("阿娟", "+1")
    before = len(room.sent)

    await room.adapter.on_left(ROOM, ["wxid_阿娟"])
    told = [text for where, text in room.sent[before:] if where == "wxid_王姐"]
    assert told == [
        "阿娟 已离开群（或被移出），看不到群里的消息了。阿娟 在你的团里：草莓（#1）。"
        "阿娟 的订单只私信发送，不发在群里；私信不到时我会告诉你，请你直接联系 阿娟。"
    ]
    assert "他" not in told[0]

    before = len(room.sent)
    await room.say("王姐", "截单")
    handed = next(text for where, text in room.sent[before:] if where == "wxid_王姐" and "转告" in text)
    assert (
        "阿娟 已不在群里，也不是我的好友，我没法把订单私信发给 阿娟。请你直接联系 阿娟，把下面的订单转告：\n"
        in handed
    )
    assert "他的订单" not in handed and "联系他" not in handed
