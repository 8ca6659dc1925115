"""Session 28 (rep47 #12): two members both called 小美: `已收 @小美` without mention ids was rightly
refused, but its example `已收 1-3` was 李四's order, and the card's two `小美 ×1` lines carry no number,
so the organiser could not tell which order was whose. Now the refusal names the orders of the members
called so, and its example is one of theirs."""

from __future__ import annotations

import pytest

from tests.regressions.test_a_wechat_room_alias_change_keeps_one_member import Room

SAID = {
    "zh": (
        "/lang zh",
        "接龙 草莓 价格 118",
        "截单",
        "已收 @小美",
        "@wxid_amay\u2005本群有不止一位成员叫 小美，没有任何改动。"
        "叫 小美 的成员的订单：#1-2（¥118）、#1-3（¥236）。请改用订单编号，例如：已收 1-2",
    ),
    "en": (
        "/lang en",
        "/groupbuy Strawberries price 118",
        "/close",
        "/paid @小美",
        "@wxid_amay\u2005More than one member here is called 小美: nothing was changed. "
        "The orders of members called 小美: #1-2 (¥118), #1-3 (¥236). Use the order number instead, "
        "e.g. /paid 1-2",
    ),
}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_paid_at_a_shared_name_lists_their_own_orders(language: str) -> None:
    lang, open_, close, paid, refused = SAID[language]
    room = Room()
    await room.say("wxid_amay", "阿May", lang)
    await room.say("wxid_amay", "阿May", open_)
    await room.say("wxid_lisi", "李四", "+1")
    await room.say("wxid_xiaomei1", "小美", "+1")
    await room.say("wxid_xiaomei2", "小美", "+2")
    await room.say("wxid_amay", "阿May", close)

    said = await room.say("wxid_amay", "阿May", paid)

    assert said == [refused]
