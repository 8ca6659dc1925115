"""Review 78 #3: #7-1 held large ×2; `/refund 7-1 large 1` went through, then `/refund 7-1 large 2` refunded
the whole order (¥30) without a word that only one large was left, and `large 5` was refused as "holds only
2". A count of units is now checked against those left unrefunded: `只剩 1 份 大盒 可退`, nothing changed,
with the command for what is left; that one is then refunded."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:15,小盒:10", "大盒+2", "截单", "已收 1-1"),
    "en": ("/groupbuy Dumplings options large:15,small:10", "/join 2 large", "/close", "/paid 1-1"),
}
FIRST = {"zh": "退款 1-1 大盒 一份", "en": "/refund 1-1 large 1"}
AGAIN = {
    "zh": (
        "退款 1-1 大盒 2份",
        "订单 #1-1 已经退过 ¥15，只剩 1 份 大盒 可退，退不了 2 份，没有任何改动。"
        "退部分：退款 1-1 大盒 1；按金额退：退款 1-1 ¥15 原因。",
    ),
    "en": (
        "/refund 1-1 large 2",
        "Order #1-1 has had ¥15 refunded already: only 1 × large left to refund, so 2 can't be refunded."
        " Nothing was changed. To refund some: /refund 1-1 large 1; by amount: /refund 1-1 ¥15 reason.",
    ),
}
NONE_LEFT = {  # with what the order has left and the commands that work (rep85 #9)
    "zh": "订单 #1-1 的 大盒 已经全部退过了（这单共已退 ¥30），退不了 1 份，没有任何改动。"
    "这单还可退 ¥20：全部退发 退款 1-1；按金额退：退款 1-1 ¥20 原因。",
    "en": "Order #1-1's large has all been refunded already (¥30 refunded on the order), so 1 can't be"
    " refunded. Nothing was changed. ¥20 is left on the order: to refund it all, /refund 1-1; by amount:"
    " /refund 1-1 ¥20 reason.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_more_units_than_are_left_are_refused_and_what_is_left_is_refunded(lang: str) -> None:
    clock = FakeClock()
    room = fake_chat(clock=clock)
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, joined, close, paid = SAID[lang]
    await room.say("amy", opening)
    await room.say("cat", joined)
    await room.say("amy", close)
    await room.say("amy", paid)
    await room.say("amy", FIRST[lang], private=True)

    typed, said = AGAIN[lang]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == said
    assert "cat" not in room.private(replies)  # nothing refunded, nothing told

    clock.advance(minutes=15)  # not the same part refund sent twice
    refunded = await room.say("amy", FIRST[lang], private=True)  # the one left: refunded, ¥30 in all
    assert "¥15" in room.private(refunded)["cat"]
    again = room.said(await room.say("amy", FIRST[lang], private=True))
    assert "已经退过款" in again or "already refunded" in again


MIXED = {
    "zh": ("接龙 粽子 规格 大盒:30,小盒:20", "大盒+1", "小盒+1", "截单", "已收 1-1"),
    "en": (
        "/groupbuy Dumplings options large:30,small:20",
        "/join 1 large",
        "/join 1 small",
        "/close",
        "/paid 1-1",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_option_all_refunded_beside_another_is_said_to_have_none_left(lang: str) -> None:
    clock = FakeClock()
    room = fake_chat(clock=clock)
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, large, small, close, paid = MIXED[lang]
    for who, typed in (("amy", opening), ("cat", large), ("cat", small), ("amy", close), ("amy", paid)):
        await room.say(who, typed)
    await room.say("amy", FIRST[lang], private=True)  # ¥30 of ¥50 back: the large
    clock.advance(minutes=15)

    replies = await room.say("amy", FIRST[lang], private=True)

    assert room.said(replies) == NONE_LEFT[lang]
    assert "cat" not in room.private(replies)
