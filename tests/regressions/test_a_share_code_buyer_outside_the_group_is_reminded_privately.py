"""rep28 finding 8: Kim joined #1 in her private chat with a share code (`+1 1-rfs7`); Amy's 催款 in the
group listed "• Kim：¥234（订单 #1-7）" to a group Kim is not in, and Kim's private chat got nothing. A
buyer the group never saw is now reminded privately, in her own language, and left out of the group's
message; the organiser is told privately whom."""

from __future__ import annotations

import re

from handlers.buttons import CardAction, CardButton
from tests.unit.handlers.conftest import fake_chat


async def test_a_share_code_buyer_outside_the_group_is_reminded_privately() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 78 截止 2小时")
    found = re.search(r"团1-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("kim", f"+3 {found.group(0)}", private=True)
    await room.say("dan", "+2")
    await room.tap("eve", CardButton(CardAction.JOIN, 1).pack())  # joined in the group by its button
    await room.say("amy", "截单")

    reminded = await room.say("amy", "催款")

    group = room.said(reminded)
    assert "• Dan（订单 #1-2）" in group, group
    assert "• Eve（订单 #1-3）" in group, group
    assert "Kim" not in group, group
    private = room.private(reminded)
    assert private["kim"].startswith(
        "💸 催款：你在 芒果（#1）的订单 #1-1 还没付款：¥234。\n怎么付款请问 Amy"
    ), private
    assert private["amy"] == (
        "#1 另有 1 位通过分享码私聊跟团、不在群里的买家未付款，已分别私信提醒：Kim ¥234（订单 #1-1）"
    )


async def test_an_english_share_code_buyer_outside_the_group_is_reminded_privately() -> None:
    room = fake_chat()
    await room.say("zoe", "/lang en")
    await room.say("zoe", "/groupbuy Durian price 55 stock 8")
    found = re.search(r"1-\w{4}", room.shared(await room.say("omar", "/share")))
    assert found is not None
    await room.say("tom", f"+1 {found.group(0)}", private=True)
    await room.say("zoe", "/close")

    reminded = await room.say("zoe", "/remind")

    private = room.private(reminded)
    assert private["tom"].startswith("💸 Reminder: your order #1-1 of Durian (#1) is not paid yet: ¥55."), (
        private
    )
    assert private["zoe"] == (
        "#1: 1 more buyer who joined by a share code in private, not in the group, has not paid and was "
        "reminded privately: Tom ¥55 (order #1-1)"
    )
    assert room.said(reminded) == (
        "#1: the 1 buyer who has not paid joined by a share code in private, not in the group: "
        "reminded privately, nothing posted here."
    )
