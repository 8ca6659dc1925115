"""rep85 #5: 我的订单 read `1 × ¥63 + 2 × ¥33 = ¥129（已退 1 份，¥53）` after one ¥33 小盒 went back and ¥20
by amount: a buyer reads one unit refunded for ¥53, which no price supports, and nothing says what is
still paid. The units given back are said with their option and money, the amount refunded apart, then
in all and what is still paid, in Chinese and in English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:63,小盒:33 成团 1", "截单", "已收", "退款", "我的订单"),
    "en": ("/groupbuy Zongzi options 大盒:63,小盒:33 target 1", "/close", "/paid", "/refund", "/orders"),
}
SEEN = {
    "zh": (
        "= ¥129（已退 1 份 小盒 ¥33，另退 ¥20，共退 ¥53，实付 ¥76）",
        "= ¥96（已退 1 份 大盒 ¥63，实付 ¥33）",
        "= ¥96（已退 1 份 大盒 ¥63，另退 ¥30，共退 ¥93，实付 ¥3）",
    ),
    "en": (
        "= ¥129 (refunded 1 unit of 小盒 for ¥33, and ¥20 more: ¥53 in all; ¥76 paid after refunds)",
        "= ¥96 (refunded 1 unit of 大盒 for ¥63; ¥33 paid after refunds)",
        "= ¥96 (refunded 1 unit of 大盒 for ¥63, and ¥30 more: ¥93 in all; ¥3 paid after refunds)",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_my_orders_says_the_units_and_the_amount_refunded_apart(lang: str) -> None:
    opening, close, paid, refund, mine = SAID[lang]
    chat = fake_chat()
    for who in ("may", "zhou", "wang"):
        if lang == "en":
            await chat.say(who, "/lang en", private=True)
    await chat.say("may", opening)
    await chat.say("zhou", "+1 大盒")
    await chat.say("zhou", "+2 小盒")
    await chat.say("wang", "+1 小盒")
    await chat.say("wang", "+1 大盒")
    await chat.say("may", close)
    await chat.say("may", f"{paid} 1-1 1-2", private=True)
    await chat.say("may", f"{refund} 1-1 小盒 1 broken", private=True)
    await chat.say("may", f"{refund} 1-1 20", private=True)
    await chat.say("may", f"{refund} 1-2 大盒 1 broken", private=True)
    both, units_only, after_amount = SEEN[lang]

    zhou = chat.said(await chat.say("zhou", mine, private=True))
    wang = chat.said(await chat.say("wang", mine, private=True))
    assert both in zhou, zhou
    assert units_only in wang, wang

    await chat.say("may", f"{refund} 1-2 30", private=True)
    wang = chat.said(await chat.say("wang", mine, private=True))
    assert after_amount in wang, wang
