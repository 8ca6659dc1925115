"""Review 28 #1: `退款 1-2 坏了两个 退一半`, `/refund 4-2 half, one durian was bad` and
`退款 1-7 三个里坏了一个` refunded the whole order (it cannot be undone) and took back all
commission; `退款 1-2 78` was read as a second order. A refund whose reason asks for part of the
money, or an amount after the order number, is refused with one message saying what was read, that
a refund is the whole order (its total) and what to send for that; nothing changes, in the chat and
in private. A plain reason still refunds. Since session 25 an amount after the number refunds that
much (部分退款: tests/regressions/test_a_part_refund_gives_back_that_amount_once.py); words asking for
part of it are answered with the amount form to send, half of what is left for an example."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 78", "+2", "+3", "截单", "已收 1-1 1-2"),
    "en": ("/groupbuy Durian price 55", "/join 2", "/join 3", "/close", "/paid 1-1 1-2"),
}
# (what the organiser types, where, what was read)
PART = {
    "zh": (
        ("退款 1-1 坏了两个 退一半", False, "退一半"),
        ("退款 1-1 退78元", False, "退78元"),
        ("退款 1-2 三个里坏了一个", True, "三个里坏了一个"),
        ("退款 1-2 部分退款", False, "部分退款"),
        ("退款 @Bob 坏了两个 退一半", False, "退一半"),
    ),
    "en": (
        ("/refund 1-1 half, one durian was bad", False, "half"),
        ("/refund 1-2 a partial refund please", True, "a partial refund"),  # the courtesy left out
        ("/refund 1-2 one of the three was bad", False, "one of the three was bad"),
    ),
}
REFUSED = {
    "zh": "“{asked}”：没有任何改动。退一部分请写金额，"
    "例如要退一半就发 退款 {order} {half}（这单还可退 {total}）。",
    "en": "“{asked}”: nothing was changed. To refund part of it, send the amount: for half,"
    " /refund {order} {half} ({total} left to refund on this order).",
}
TOTALS = {"zh": {"1-1": "¥156", "1-2": "¥234"}, "en": {"1-1": "¥110", "1-2": "¥165"}}
HALF = {"zh": {"1-1": "¥78", "1-2": "¥117"}, "en": {"1-1": "¥55", "1-2": "¥82.50"}}
WHOLE = {
    "zh": (
        "退款 1-1 尺码不对",
        "订单 #1-1（Bob）已退款。已私信告诉 Bob。",
        "\n原因：尺码不对",
    ),
    "en": (
        "/refund 1-1 a spare part was missing",  # `part` alone asks for no part of the money
        "Order #1-1 of Bob is refunded. Bob was told privately.",
        "\nReason: a spare part was missing",
    ),
}

# typed in the group, the group reads no amount and she reads it privately (rep58 #2)
HERE = {"zh": "{name}，退款的事已私信发给你。", "en": "{name}, I've answered you about the refund privately."}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_asked_for_part_of_the_money_refunds_nothing(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opening, two, three, close, paid = SAID[lang]
    await room.say("amy", opening)
    await room.say("bob", two)
    await room.say("cat", three)
    await room.say("amy", close)
    await room.say("amy", paid)
    for typed, private, asked in PART[lang]:
        order = typed.split()[1] if "@" not in typed else "1-1"
        replies = await room.say("amy", typed, private=private)
        total = TOTALS[lang][order]
        half = HALF[lang][order]
        refused = REFUSED[lang].format(asked=asked, total=total, order=order, half=half)
        if private:
            assert room.said(replies) == refused, typed
            assert room.private(replies) == {}, typed  # the buyer is told nothing: nothing was refunded
        else:
            assert room.said(replies) == HERE[lang].format(name="Amy"), typed
            assert room.private(replies) == {"amy": refused}, typed  # the buyer is told nothing
    typed, said, reason = WHOLE[lang]  # a plain reason still refunds the whole order, paid as before
    replies = await room.say("amy", typed)
    assert room.said(replies) == said
    assert room.private(replies)["bob"].endswith(reason)
