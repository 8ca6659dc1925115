"""Review 75 #3: Bob, whose #1-1 was refunded in full, asked `什么时候到` in the group after the pickup
was set and got no answer at all. Now he is told privately that his order was refunded, so there is
nothing to collect (the group reads the usual one line); a member with no order here stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": (
        "什么时候到",
        "Bob，已私信回复你。",
        "你有 1 个订单已退款：#1-1（粽子），没有要取的货。退款的情况发 退款到了吗 查看。",
    ),
    "en": (
        "when do they arrive?",
        "Bob, I replied to you privately.",
        "1 order of yours here was refunded, so there is nothing to collect: #1-1 (粽子)."
        ' To check the refund, send "did I get my refund?"',
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refunded_buyer_asking_when_the_goods_arrive_is_told_there_is_nothing_to_collect(
    lang: str,
) -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 价格 68"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1 1-2"),
        ("amy", "退款 1-1"),
        ("amy", "自提 #1 小区南门 明天下午5点"),
    ):
        await room.say(who, typed)
    if lang == "en":
        await room.say("amy", "/lang en")
    asked, group, his = SAID[lang]
    replies = await room.say("bob", asked)
    assert room.said(replies) == group
    assert room.private(replies) == {"bob": his}
    assert await room.say("dan", asked) == []  # no order here: talk
