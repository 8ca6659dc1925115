"""s36 #1: `退款 1-2 大盒 1个坏了` (order #1-2 holding 大盒 ×2) refunded every 大盒 with the reason `1个坏了`
("1个" read as part of the reason, not the units). A count word right after the option, its reason
following at once (`1个坏了`, `一个坏了`, `1盒坏了`), is the units refunded, the rest the reason, as
`退款 1-2 大盒 一份 坏了` already was; `/refund 1-2 large 1 one was crushed` alike. `一个都没收到` (none of
them came) stays a reason: all of it is refunded."""

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
ONE_ZH = (
    "订单 #1-2（Cat）退了 ¥15，已付 ¥30，已退 ¥15。请直接把钱退给对方。",
    "Amy 退给你 ¥15（#1-2 粽子 大盒 ×1，原因：坏了），已付 ¥30，已退 ¥15。",
)
ONE = {
    "退款 1-2 大盒 1个坏了": ONE_ZH,
    "退款 1-2 大盒 一个坏了": ONE_ZH,
    "退款 1-2 大盒 1盒坏了": ONE_ZH,
    "退款 1-2 大盒 一份，坏了": ONE_ZH,
    "/refund 1-2 large 1 one was crushed": (
        "Order #1-2 of Cat: ¥15 refunded (paid ¥30, refunded ¥15). Give it back to them directly.",
        "Amy is giving you back ¥15 (#1-2 Dumplings large ×1, reason: one was crushed):"
        " paid ¥30, refunded ¥15.",
    ),
}


async def _room(lang: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for who, typed in zip(("amy", "bob", "cat", "amy", "amy"), SAID[lang], strict=True):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("typed", list(ONE))
async def test_a_count_before_the_reason_refunds_that_many_units(typed: str) -> None:
    room = await _room("en" if typed.startswith("/") else "zh")
    hers, cats = ONE[typed]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == hers
    assert room.private(replies)["cat"] == cats


async def test_none_of_them_came_stays_the_reason_of_the_whole() -> None:
    room = await _room("zh")
    replies = await room.say("amy", "退款 1-2 大盒 一个都没收到", private=True)
    assert room.said(replies).startswith("订单 #1-2（Cat，¥30）已标记为退款。")
    assert "原因：一个都没收到" in room.private(replies)["cat"]
