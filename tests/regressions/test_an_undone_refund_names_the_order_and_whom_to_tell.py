"""Review 75 #9: `撤销退款 5-1` in a group with several group buys answered a generic line naming neither the
order nor the buyer and telling the organiser to ask "团长". Now the organiser reads the order, its buyer and
"你 代报"; the buyer typing it reads her own version, with no 代报 (she cannot add herself)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": (
        "接龙 苹果 价格 10",
        "接龙 粽子 规格 大盒:30,小盒:20",
        "+1 #1",
        "大盒+1",
        "截单 #1",
        "截单 #2",
        "已收 2-1",
    ),
    "en": (
        "/groupbuy Apples price 10",
        "/groupbuy Dumplings options large:30,small:20",
        "/join 1",
        "/join 2 large",
        "/close #1",
        "/close #2",
        "/paid 2-1",
    ),
}
UNDO = {
    "zh": (
        "退款 2-1",
        "撤销退款 2-1",
        "订单 #2-1 的退款不能撤销：钱可能已经退给对方了，没有任何改动。退错了的话，请直接告诉 Bob；"
        "对方还要的话，可以在群里重新跟团，或由你 代报。",
        "订单 #2-1 的退款不能撤销：钱可能已经退给你了，没有任何改动。还要的话，可以在群里重新跟团。",
    ),
    "en": (
        "/refund 2-1",
        "undo refund 2-1",
        "The refund of order #2-1 can't be undone: the money may already have been sent back. Nothing was"
        " changed. If it was a mistake, tell Bob directly; if they still want it, they can join again in the"
        " group, or you can add them with /add.",
        "The refund of order #2-1 can't be undone: the money may already have been sent back to you. Nothing"
        " was changed. If you still want it, join again in the group.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_undone_refund_names_the_order_and_whom_to_tell(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for typed in SAID[lang]:
        await room.say("bob" if typed.startswith(("+1", "大盒", "/join")) else "amy", typed)
    refund, undo, hers, his = UNDO[lang]
    await room.say("amy", refund)
    for private in (False, True):
        assert room.said(await room.say("amy", undo, private=private)) == hers
        assert room.said(await room.say("bob", undo, private=private)) == his


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_undone_part_refund_names_the_order_and_whom_to_tell_too(lang: str) -> None:
    """Session 34's own replay: a part refund (the order stays paid) then `撤销退款 2-1` got the generic
    line naming neither; a part refund is a refund of the order as well."""
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for typed in SAID[lang]:
        await room.say("bob" if typed.startswith(("+1", "大盒", "/join")) else "amy", typed)
    _, undo, hers, _ = UNDO[lang]
    await room.say("amy", "退款 2-1 ¥10" if lang == "zh" else "/refund 2-1 ¥10")
    assert room.said(await room.say("amy", undo)) == hers
