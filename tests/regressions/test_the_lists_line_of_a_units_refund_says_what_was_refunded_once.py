"""`退款 1-1 1份` on Kim's paid ¥60 order of 3 showed 已退 twice on 名单's line of it, `Kim ×3（已退 1 份）
· ¥60 · 订单 #1-1 共 ¥60（已退 ¥20）`: the order's total now says both once, the units and the money."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

STEPS = {
    "zh": ("接龙 月饼 20", "截单", "已收 1-1", "退款 1-1 1份", "名单"),
    "en": ("/groupbuy Mooncakes 20", "/close", "/paid 1-1", "/refund 1-1 1 unit", "/list"),
}
LINE = {
    "zh": "1. Kim ×3 · ¥60 · 订单 #1-1 共 ¥60（已退 1 份，¥20） · ✅已付，未取货",
    "en": "1. Kim ×3 · ¥60 · order #1-1 ¥60 (1 unit refunded, ¥20 back) · ✅ paid, not picked up",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_units_refund_is_said_once_on_the_list(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, closed, paid, refund, listed = STEPS[lang]
    await room.say("amy", opened)
    await room.say("kim", "+3")
    await room.say("amy", closed)
    await room.say("amy", paid)
    await room.say("amy", refund, private=True)

    shown = room.said(await room.say("amy", listed, private=True))
    line = next(row for row in shown.splitlines() if "Kim" in row)

    assert line.startswith(LINE[lang])
    assert line.count("已退") + line.count("refunded") == 1
