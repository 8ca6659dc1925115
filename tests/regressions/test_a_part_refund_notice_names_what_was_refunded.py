"""Review 75 #7: `退款 5-1 大盒` of an order of 大盒 ×1 + 小盒 ×1 told Bob
`Amy 退给你 ¥30（#5-1 粽子 ×2）…`, and `/refund 5-2 ¥20` of 2 小盒 `…(#5-2 粽子 ×2)…`: "×2" read as if
both were refunded. Now the notice names what was refunded when an option was named (`粽子 大盒 ×1`),
else the group buy without a count (the console's refunds alike)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:30,小盒:20", "大盒+1", "小盒+1", "小盒+2", "截单", "已收 1-1 1-2"),
    "en": (
        "/groupbuy Dumplings options large:30,small:20",
        "/join 1 large",
        "/join 1 small",
        "/join 2 small",
        "/close",
        "/paid 1-1 1-2",
    ),
}
TOLD = {
    "zh": (
        ("退款 1-1 大盒", "Amy 退给你 ¥30（#1-1 粽子 大盒 ×1），已付 ¥50，已退 ¥30。"),
        ("退款 1-2 ¥20", "Amy 退给你 ¥20（#1-2 粽子），已付 ¥40，已退 ¥20。"),
    ),
    "en": (
        (
            "/refund 1-1 large",
            "Amy is giving you back ¥30 (#1-1 Dumplings large ×1): paid ¥50, refunded ¥30.",
        ),
        ("/refund 1-2 ¥20", "Amy is giving you back ¥20 (#1-2 Dumplings): paid ¥40, refunded ¥20."),
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_notice_names_what_was_refunded(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, big, small, cats, close, paid = SAID[lang]
    for who, typed in (("amy", opening), ("bob", big), ("bob", small), ("cat", cats), ("amy", close)):
        await room.say(who, typed)
    await room.say("amy", paid)
    (option, bobs), (money, cats_told) = TOLD[lang]
    assert room.private(await room.say("amy", option))["bob"] == bobs
    assert room.private(await room.say("amy", money))["cat"] == cats_told
