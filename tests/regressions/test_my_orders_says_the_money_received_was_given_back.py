"""rep84 #2 (of #1): Dan's order 1-3 had ¥50 received (`只收到 1-3 50`), refunded in two parts and then
cancelled; his `我的订单` read `#1-3 … · 已取消`, with no word of the ¥50 he paid and got back. Now it
says `已取消（收到的 ¥50 已退回）` / "cancelled (the ¥50 received was refunded)"."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("我的订单", "· 已取消（收到的 ¥50 已退回）"),
    "en": ("/orders", "· cancelled (the ¥50 received was refunded)"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_my_orders_says_the_money_received_was_given_back(lang: str) -> None:
    room = fake_chat()
    await room.say("amy", "接龙 粽子 价格 20")
    await room.say("dan", "+3")
    await room.say("amy", "截单")
    for typed in ("只收到 1-1 50", "退款 1-1 ¥20", "退款 1-1", "取消订单 1-1"):
        await room.say("amy", typed, private=True)
    if lang == "en":
        await room.say("dan", "/lang en", private=True)
    command, said = SAID[lang]

    [line] = [
        line
        for line in room.said(await room.say("dan", command, private=True)).splitlines()
        if line.startswith("#1-1")
    ]

    assert line.endswith(said)
