"""Review 74 #1: `退款 1-2 大盒` of an order holding 大盒 ×1 (¥68) and 小盒 ×2 (¥76) refunded the whole
¥144, "大盒" becoming the buyer's "reason"; `/refund 3-3 1` quietly refunded ¥1 where one unit may have
been meant; `撤销退款 1-2` got no reply in the group and 我没看懂 in private. Now a refund naming one of
the order's options is a part refund of that option's lines (said to the organiser and the buyer); a bare
number that could be a count of units is asked about, nothing changed, with both commands; an undo is
answered with one line saying a refund is not undone and what to do instead, in the group and in private."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:68,小盒:38", "大盒+1", "小盒+2", "小盒+3", "截单", "已收 1-1 1-2"),
    "en": (
        "/groupbuy Dumplings options large:68,small:38",
        "/join 1 large",
        "/join 2 small",
        "/join 3 small",
        "/close",
        "/paid 1-1 1-2",
    ),
}
OPTION = {
    "zh": (
        "退款 1-1 大盒",
        "订单 #1-1（Bob）已部分退款。",
        "订单 #1-1（Bob）退了 ¥68，已付 ¥144，已退 ¥68。请直接把钱退给对方。",
        "Amy 退给你 ¥68（#1-1 粽子 大盒 ×1），已付 ¥144，已退 ¥68。",
    ),
    "en": (
        "/refund 1-1 large",
        "Order #1-1 of Bob is refunded in part.",
        "¥68",
        "¥68",
    ),
}
UNITS = {
    "zh": (
        "退款 1-2 1",
        "#1-2 后面的 1 可能是 1 份（¥38），也可能是 ¥1，没有任何改动。"
        "退 1 份请发 退款 1-2 ¥38；只退 ¥1 请发 退款 1-2 ¥1",
    ),
    "en": (
        "/refund 1-2 1",
        "After #1-2, 1 could be 1 unit (¥38) or ¥1. Nothing was changed."
        " To refund 1 unit, send /refund 1-2 ¥38; to refund only ¥1, send /refund 1-2 ¥1",
    ),
}
UNDO = {
    "zh": (
        ("退款 1-2", "撤销退款 1-2"),
        "订单 #1-2 的退款不能撤销：钱可能已经退给对方了，没有任何改动。退错了的话，请直接告诉 Cat；"
        "对方还要的话，可以在群里重新跟团，或由你 代报。",
    ),
    "en": (
        ("/refund 1-2", "undo refund 1-2"),
        "The refund of order #1-2 can't be undone: the money may already have been sent back. Nothing was"
        " changed. If it was a mistake, tell Cat directly; if they still want it, they can join again in the"
        " group, or you can add them with /add.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_naming_an_option_refunds_only_that_options_line(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, big, small, cats, close, paid = SAID[lang]
    await room.say("amy", opening)
    await room.say("bob", big)
    await room.say("bob", small)
    await room.say("cat", cats)
    await room.say("amy", close)
    await room.say("amy", paid)

    typed, group, hers, buyers = OPTION[lang]
    replies = await room.say("amy", typed)
    assert room.said(replies) == group
    told = room.private(replies)
    assert hers in told["amy"] and "144" in told["amy"]
    assert buyers in told["bob"] and "144" in told["bob"]
    assert "原因" not in told["bob"] and "reason" not in told["bob"]  # the option is never the "reason"

    typed, asked = UNITS[lang]
    for private in (False, True):
        replies = await room.say("amy", typed, private=private)
        # typed in the group: to her privately, as every refund refusal about an order (rep91 #6)
        assert (room.said(replies) if private else room.private(replies)["amy"]) == asked
        assert "bob" not in room.private(replies)  # nothing refunded: the buyer is told nothing

    refund, undo = UNDO[lang][0]
    await room.say("amy", refund)
    for private in (False, True):
        replies = await room.say("amy", undo, private=private)
        assert room.said(replies) == UNDO[lang][1]


async def test_a_refund_naming_the_orders_only_option_refunds_it_whole_without_that_reason() -> None:
    room = fake_chat()
    for who, typed in (("amy", "接龙 粽子 规格 大盒:68,小盒:38"), ("bob", "大盒+2"), ("amy", "截单")):
        await room.say(who, typed)
    await room.say("amy", "已收 1-1")
    replies = await room.say("amy", "退款 1-1 大盒")
    assert room.said(replies) == "订单 #1-1（Bob）已退款。已私信告诉 Bob。"
    assert room.private(replies)["bob"] == "订单 #1-1（粽子）已退款：Amy 会直接退给你 ¥136。"


async def test_an_undo_without_a_refunded_order_is_still_answered() -> None:
    room = fake_chat()
    bare = (
        "退款不能撤销：钱可能已经退给对方了，没有任何改动。退错了的话，请直接告诉买家；"
        "对方还要的话，可以在群里重新跟团，或由团长 代报。"
    )
    assert room.said(await room.say("amy", "撤销退款")) == bare
    assert room.said(await room.say("amy", "撤销退款 9-9", private=True)) == bare
