"""Review 45 #9: after `取消订单 2-3` (an order cancelled unpaid), the card read `共 5 份 · 已退款 1 份
· 未付款取消 1 份` but `我的团` only `5 份 … · 已退款 1 份`: the cancelled unit was nowhere. `我的团` now
says it the same way (`· 未付款取消 1 份`), in Chinese and in English; none cancelled: as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 水蜜桃 价格 50 成团 3", "截单", "已收 1-1", "退款 1-1", "取消订单 1-2", "我的团"),
    "en": (
        "/groupbuy Peaches price 50 target 3",
        "/close",
        "/paid 1-1",
        "/refund 1-1",
        "/cancel 1-2",
        "/mine",
    ),
}
SEEN = {
    "zh": ("· 已退款 ¥50（1 份） · 未付款取消 1 份", "未付款取消 1 份"),
    "en": ("· refunded ¥50 (1 unit) · cancelled unpaid: 1 unit", "cancelled unpaid: 1 unit"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_mine_says_the_units_cancelled_unpaid_as_the_card(lang: str) -> None:
    opening, close, paid, refund, cancel, mine = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    for member, units in (("bob", 1), ("cat", 1), ("dan", 3), ("eve", 2)):
        await chat.say(member, f"+{units}")
    await chat.say("amy", close)
    await chat.say("amy", paid)
    await chat.say("amy", refund)
    before = chat.said(await chat.say("amy", mine, private=True))
    await chat.say("amy", cancel)

    after = chat.said(await chat.say("amy", mine, private=True))
    card = await chat.card(1)

    assert SEEN[lang][1] not in before, before
    assert SEEN[lang][0] in after, after
    assert SEEN[lang][1] in card, card
