"""rep91 #6: most refund refusals typed in a group went to the organiser privately (`阿May，退款的事已私信发给
你。` in the group), but `退款 1-3 小盒 1份` of an order holding only 大盒 told the whole group how much of
Bob's money was still refundable (`…这单还可退 ¥15…`), and `退款 1-1 ¥5` of a refunded order said so in
the group. Every refusal of a refund about a buyer's order, typed in a group, goes privately the same way."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


async def _room():  # type: ignore[no-untyped-def]
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 规格 大盒:35,小盒:15"),
        ("bob", "+2 大盒"),
        ("cat", "+1 小盒"),
        ("dan", "+1 大盒"),
        ("amy", "截单"),
        ("amy", "已收 1-1 1-2"),
        ("amy", "退款 1-2"),
    ):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize(
    ("typed", "hers"),
    [
        ("退款 1-1 小盒 1份", "订单 #1-1 里没有“小盒”，只有 大盒，没有任何改动。这单还可退 ¥70："),
        ("退款 1-2 ¥5", "订单 #1-2 已经退过款了，没有任何改动。"),
        ("退款 1-3", "订单 #1-3 还没付款，无需退款，没有任何改动。"),
    ],
)
async def test_a_refund_refused_in_the_group_is_answered_privately(typed: str, hers: str) -> None:
    room = await _room()

    replies = await room.say("amy", typed)

    assert room.said(replies) == "Amy，退款的事已私信发给你。"
    assert room.private(replies)["amy"].startswith(hers), replies
