"""Session 28: the organiser refunding her own order (whole or in part) had the group read
`…已标记为退款。请直接把钱退给对方。` / "Give the money back to them directly.", though she is the buyer:
there is nobody to give it back to. Her own order's refund now says only what was refunded; a buyer's
refund by her still carries the instruction. Chinese and English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": {
        "open": "接龙 芒果 价格 34 成团 1",
        "close": "截单",
        "paid": "已收 1-2",
        "whole": ("退款 1-1", "订单 #1-1（Amy，¥68）已标记为退款。"),
        "part": ("退款 1-1 20", "订单 #1-1（Amy）退了 ¥20，已付 ¥68，已退 ¥20。"),
        "bobs": "订单 #1-2（Bob）退了 ¥10，已付 ¥34，已退 ¥10。请直接把钱退给对方。",
        "bob": ("退款 1-2 10", "订单 #1-2（Bob）已部分退款。"),
    },
    "en": {
        "open": "/groupbuy Mangoes price 34 target 1",
        "close": "/close",
        "paid": "/paid 1-2",
        "whole": ("/refund 1-1", "Order #1-1 of Amy is marked refunded (¥68)."),
        "part": ("/refund 1-1 20", "Order #1-1 of Amy: ¥20 refunded (paid ¥68, refunded ¥20)."),
        "bobs": "Order #1-2 of Bob: ¥10 refunded (paid ¥34, refunded ¥10). Give it back to them directly.",
        "bob": (
            "/refund 1-2 10",
            "Order #1-2 of Bob is refunded in part.",
        ),
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("which", ["whole", "part"])
async def test_the_organisers_own_refund_says_nothing_of_giving_money_back(lang: str, which: str) -> None:
    w = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", w["open"])
    await chat.say("amy", "+2")  # her own order, paid at the close
    await chat.say("bob", "+1")
    await chat.say("amy", w["close"])
    await chat.say("amy", w["paid"])
    typed, said = w[which]

    hers = await chat.say("amy", typed)
    bobs = await chat.say("amy", w["bob"][0])

    # typed in the group, the amount is hers privately (s30): the answer she reads there
    assert next(r.text for r in hers if r.private_to == "amy") == said
    assert next(r.text for r in bobs if r.private_to is None) == w["bob"][1]
    assert next(r.text for r in bobs if r.private_to == "amy") == w["bobs"]  # a buyer's: she gives it back
