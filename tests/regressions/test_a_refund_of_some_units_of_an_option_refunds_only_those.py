"""s35 #1: `退款 1-2 大盒 一份` of an order holding 大盒 ×3 and 小盒 ×1 refunded all three 大盒 (¥204),
"一份" becoming the buyer's reason. Now a count after the option refunds that many of its units (¥68 for
one, the notice naming `大盒 ×1`), `大盒 2份` two, `/refund 1-2 large 1` one; a count above what the option
holds is refused naming how many she has and both ways to refund them (s36 #2), nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:68,小盒:38", "大盒+1", "大盒+3", "小盒+1", "截单", "已收 1-1 1-2"),
    "en": (
        "/groupbuy Dumplings options large:68,small:38",
        "/join 1 large",
        "/join 3 large",
        "/join 1 small",
        "/close",
        "/paid 1-1 1-2",
    ),
}
ONE = {
    "zh": (
        "退款 1-2 大盒 一份",
        "订单 #1-2（Cat）退了 ¥68，已付 ¥242，已退 ¥68。请直接把钱退给对方。",
        "Amy 退给你 ¥68（#1-2 粽子 大盒 ×1），已付 ¥242，已退 ¥68。",
    ),
    "en": (
        "/refund 1-2 large 1",
        "Order #1-2 of Cat: ¥68 refunded (paid ¥242, refunded ¥68). Give it back to them directly.",
        "Amy is giving you back ¥68 (#1-2 Dumplings large ×1): paid ¥242, refunded ¥68.",
    ),
}
TWO = {
    "zh": ("退款 1-2 大盒 2份", "Amy 退给你 ¥136（#1-2 粽子 大盒 ×2），已付 ¥242，已退 ¥204。"),
    "en": (
        "/refund 1-2 large 2",
        "Amy is giving you back ¥136 (#1-2 Dumplings large ×2): paid ¥242, refunded ¥204.",
    ),
}
OVER = {
    "zh": (
        "退款 1-2 大盒 4份",
        "订单 #1-2 只剩 3 份 大盒 可退，退不了 4 份，没有任何改动。"
        "退部分：退款 1-2 大盒 3；按金额退：退款 1-2 ¥204 原因。",
    ),
    "en": (
        "/refund 1-2 large 4",
        "Order #1-2 has only 3 × large left to refund, so 4 can't be refunded. Nothing was changed."
        " To refund some: /refund 1-2 large 3; by amount: /refund 1-2 ¥204 reason.",
    ),
}


async def _room(lang: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, bobs, cats, cats_small, close, paid = SAID[lang]
    for who, typed in (("amy", opening), ("bob", bobs), ("cat", cats), ("cat", cats_small), ("amy", close)):
        await room.say(who, typed)
    await room.say("amy", paid)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_count_after_the_option_refunds_that_many_of_its_units(lang: str) -> None:
    room = await _room(lang)
    typed, hers, cats = ONE[lang]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == hers
    told = room.private(replies)
    assert told["cat"] == cats
    assert "原因" not in told["cat"] and "reason" not in told["cat"]  # the count is never the reason
    typed, cats = TWO[lang]
    assert room.private(await room.say("amy", typed, private=True))["cat"] == cats


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_count_above_what_the_option_holds_is_refused_naming_it(lang: str) -> None:
    room = await _room(lang)
    typed, refused = OVER[lang]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == refused
    assert "cat" not in room.private(replies)
    # nothing changed: the whole of the option is still there to refund
    told = room.private(
        await room.say("amy", "退款 1-2 大盒" if lang == "zh" else "/refund 1-2 large", private=True)
    )
    assert "204" in told["cat"]


async def test_a_count_in_chinese_after_the_option_in_the_group() -> None:
    room = await _room("zh")
    replies = await room.say("amy", "退款 1-2 大盒 2份")
    assert room.said(replies) == "订单 #1-2（Cat）已部分退款。"
    assert "¥136" in room.private(replies)["amy"]
