"""rep79 #6: `退款 5-9` (no such order) answered with a made-up example, `退款 12-3`, of no order of
the organiser's. The example is one of her orders the command could act on (a paid one): of the group
buy typed first, and in private one of her own group buys' (no group buy runs there)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def _room():  # type: ignore[no-untyped-def]
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 10元"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("amy", "截单"),
        ("amy", "已收 1-2"),
        ("amy", "接龙 芒果 20元"),
        ("bob", "+1"),
        ("amy", "截单 #2"),
        ("amy", "已收 2-1"),
    ):
        await room.say(who, typed)
    return room


async def test_the_example_is_a_paid_order_of_the_group_buy_typed() -> None:
    room = await _room()
    assert room.said(await room.say("amy", "退款 1-9")) == (
        "这里没有订单 #1-9，没有任何改动。退款由团长按订单编号发：退款 1-2（买家要退款请联系团长）。"
    )


async def test_in_private_the_example_is_one_of_her_paid_orders() -> None:
    room = await _room()
    replies = await room.say("amy", "退款 2-9", private=True)
    assert room.said(replies) == (
        "这里没有订单 #2-9，没有任何改动。退款由团长按订单编号发：退款 2-1（买家要退款请联系团长）。"
    )
