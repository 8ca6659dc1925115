"""s35 #3: Bob, whose two orders in the group (粽子 #1-1 and 月饼 #2-1) were both refunded, asked
`什么时候到` and read "Your order #1-1 (粽子), #2-1 (月饼) was refunded": one order where he has two.
Now the answer counts them, in the plural where there are several (zh and en)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": (
        "什么时候到",
        "你有 2 个订单已退款：#2-1（月饼）、#1-1（粽子），没有要取的货。退款的情况发 退款到了吗 查看。",
    ),
    "en": (
        "when do they arrive?",
        "2 orders of yours here were refunded, so there is nothing to collect: #2-1 (月饼), #1-1 (粽子)."
        ' To check the refunds, send "did I get my refund?"',
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_buyer_with_several_refunded_orders_hears_them_as_several(lang: str) -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 价格 68"),
        ("bob", "+1"),
        ("amy", "截单 #1"),
        ("amy", "接龙 月饼 价格 30"),
        ("bob", "+1"),
        ("amy", "截单 #2"),
        ("amy", "已收 1-1 2-1"),
        ("amy", "退款 1-1"),
        ("amy", "退款 2-1"),
    ):
        await room.say(who, typed)
    if lang == "en":
        await room.say("amy", "/lang en")
    asked, his = SAID[lang]
    replies = await room.say("bob", asked)
    assert room.private(replies) == {"bob": his}
