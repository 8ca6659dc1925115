"""s36 #2: `/refund 1-2 large 10` of an order holding large ×2 was refused as too many without the amount
form. It is answered with what is left and both ways to refund it, by units or by an amount; nothing
changed (the buyer told nothing, all of it still there to refund)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:15,小盒:10", "大盒+1", "大盒+2", "截单", "已收 1-1 1-2"),
    "en": (
        "/groupbuy Dumplings options large:15,small:10",
        "/join 1 large",
        "/join 2 large",
        "/close",
        "/paid 1-1 1-2",
    ),
}
OVER = {
    "zh": (
        "退款 1-2 大盒 10",
        "订单 #1-2 只剩 2 份 大盒 可退，退不了 10 份，没有任何改动。"
        "退部分：退款 1-2 大盒 2；按金额退：退款 1-2 ¥30 原因。",
    ),
    "en": (
        "/refund 1-2 large 10",
        "Order #1-2 has only 2 × large left to refund, so 10 can't be refunded. Nothing was changed."
        " To refund some: /refund 1-2 large 2; by amount: /refund 1-2 ¥30 reason.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_more_units_than_the_order_holds_are_answered_with_both_forms(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for who, typed in zip(("amy", "bob", "cat", "amy", "amy"), SAID[lang], strict=True):
        await room.say(who, typed)
    typed, refused = OVER[lang]

    replies = await room.say("amy", typed, private=True)

    assert room.said(replies) == refused
    assert "cat" not in room.private(replies)
    # nothing changed: the offered amount form refunds the whole of it
    again = "退款 1-2 ¥30 坏了" if lang == "zh" else "/refund 1-2 ¥30 damaged"
    done = room.private(await room.say("amy", again, private=True))
    assert "¥30" in done["cat"]
