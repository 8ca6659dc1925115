"""Review 45 #7: `退款 1-6 自己不要了` of the organiser's own order sent her privately the buyer's notice
`订单 #1-6（阳光玫瑰 2斤装）已退款：Amy 会直接退给你 ¥68。`: she was told she would pay herself. Her own
refund of her own order (whole or in part) is now said by her command's answer alone, no notice to her;
another buyer's refund still tells that buyer. Chinese and English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 34 成团 1", "截单", "已收 1-2", "退款 1-1 自己不要了", "退款 1-2 10"),
    "en": (
        "/groupbuy Mangoes price 34 target 1",
        "/close",
        "/paid 1-2",
        "/refund 1-1 not needed",
        "/refund 1-2 10",
    ),
}
ANSWER = {
    "zh": "订单 #1-1（Amy）已退款。",
    "en": "Order #1-1 of Amy is refunded.",
}
# typed in the group, the amount is her answer's privately (s30): never the buyer's notice
PRIVATE = {
    ("zh", False): "订单 #1-1（Amy，¥68）已标记为退款。",
    ("en", False): "Order #1-1 of Amy is marked refunded (¥68).",
    ("zh", True): "订单 #1-1（Amy）退了 ¥20，已付 ¥68，已退 ¥20。",
    ("en", True): "Order #1-1 of Amy: ¥20 refunded (paid ¥68, refunded ¥20).",
}
BOB = {"zh": "Amy 退给你 ¥10", "en": "Amy is giving you back ¥10"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("part", [False, True])
async def test_the_organisers_refund_of_her_own_order_sends_her_no_buyers_notice(
    lang: str, part: bool
) -> None:
    opening, close, paid, refund_hers, refund_bob = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("amy", "+2")  # her own order, paid at the close
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    await chat.say("amy", paid)

    hers = await chat.say("amy", refund_hers.replace("1-1", "1-1 20") if part else refund_hers)
    bobs = await chat.say("amy", refund_bob)

    assert [r.text for r in hers if r.private_to == "amy"] == [PRIVATE[lang, part]]
    assert [r for r in hers if r.private_to is None and r.text.startswith(("订单 #1-1", "Order #1-1"))]
    if not part:
        assert ANSWER[lang] in chat.said(hers)
    assert [r for r in bobs if r.private_to == "bob" and BOB[lang] in r.text], [
        (r.private_to, r.text) for r in bobs
    ]
