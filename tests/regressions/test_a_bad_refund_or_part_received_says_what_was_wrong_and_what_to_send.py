"""rep81 #10: `退款 1-2 大盒 5` on an order holding only 小盒 with ¥33 of its ¥66 refunded offered
`整单退款（¥66）`; `只收到 1-1 0` answered with a group buy's price error (`价格必须大于 0…例如：价格 88`),
`只收到 1-1 abc` got no reply at all, `退款 1-1 ¥-5` of an unpaid order spoke only of payment. Each now gets
one message saying what was wrong and what to send, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _room() -> Chat:
    """Amy's 粽子: Bob's #1-1 (大盒, ¥68, unpaid), Dan's #1-2 (小盒 ×2, ¥66, paid, one 小盒 refunded)."""
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 规格 大盒:68,小盒:33"),
        ("bob", "+1 大盒"),
        ("dan", "+2 小盒"),
        ("amy", "截单"),
        ("amy", "已收 1-2"),
    ):
        await room.say(who, typed)
    await room.say("amy", "退款 1-2 小盒 1", private=True)
    return room


async def test_an_option_the_order_lacks_names_what_it_holds_and_what_is_left() -> None:
    room = await _room()
    replies = await room.say("amy", "退款 1-2 大盒 5", private=True)
    assert room.said(replies) == (
        "订单 #1-2 里没有“大盒”，只有 小盒，没有任何改动。这单还可退 ¥33：全部退发 退款 1-2；"
        "退一部分请写规格和份数或金额，例如 退款 1-2 ¥10。"
    )
    assert room.private(replies) == {}


async def test_a_part_received_that_is_no_amount_is_answered_with_its_form() -> None:
    room = await _room()
    replies = await room.say("amy", "只收到 1-1 abc", private=True)
    assert room.said(replies) == (
        "“abc” 不是收到的金额，没有任何改动。只收到一部分"
        "就写收到的金额，例如 只收到 1-1 ¥34（这单应付 ¥68）；"
        "全部收到了就发 已收 1-1。"
    )
    assert room.private(replies) == {}


@pytest.mark.parametrize("typed", ["0", "-5"])
async def test_a_part_received_of_zero_or_less_says_it_must_be_more_than_zero(typed: str) -> None:
    room = await _room()
    replies = await room.say("amy", f"只收到 1-1 {typed}", private=True)
    assert room.said(replies) == (
        f"“{typed}” 不是收到的金额：收到的金额要大于 ¥0，没有任何改动。只收到一部分"
        f"就写收到的金额，例如 只收到 1-1 ¥34（这单应付 ¥68）；"
        "全部收到了就发 已收 1-1。"
    )
    assert room.private(replies) == {}


async def test_a_negative_refund_of_an_unpaid_order_says_both_what_is_wrong() -> None:
    room = await _room()
    assert room.said(await room.say("amy", "退款 1-1 ¥-5", private=True)) == (
        "“¥-5” 不是退款金额（要大于 0）；而且订单 #1-1 还没确认收款，没有钱可退。没有任何改动。"
        "要少收一些：整单取消（取消订单 1-1），或者收齐后（已收 1-1）退差价（退款 1-1 金额）；"
        "截单后订单不能改数量。"
    )
    room_en = fake_chat()
    await room_en.say("amy", "/lang en")
    for who, typed in (("amy", "/groupbuy Jam price 10"), ("bob", "+1"), ("amy", "/close")):
        await room_en.say(who, typed)
    assert room_en.said(await room_en.say("amy", "/refund 1-1 ¥-5", private=True)) == (
        "“¥-5” is not an amount to refund (it must be above 0), and order #1-1 is not confirmed paid, so "
        "there is no money to give back. Nothing was changed. To charge less: cancel the whole order "
        "(/cancelorder 1-1), or once it is paid in full (/paid 1-1), refund the difference "
        "(/refund 1-1 and the amount); an order's quantity cannot be changed after the close."
    )
