"""rep82 #1: `/refund 1-1 3 units` on Dan's order of 2 units refunded the whole order with "3 units" as its
reason (and took back the help-sell commission); `/refund 3-2 5 jars` alike; `/refund 3-2 2 units` was
refused as part asked in words and `/refund 1-1 1 unit` asked whether 1 was a unit or ¥1. A count with a
unit word after the order's number (`units`, `unit`, `jars`, `份`, `个`, `盒`…) is a refund of that many
units; more than the order has left is refused with both ways to refund, nothing changed, as
`退款 1-2 大盒 5` is; the count is never the reason."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": ("接龙 蜂蜜 价格 40", "+2", "+3", "截单", "已收 1-1 1-2"),
    "en": ("/groupbuy Honey price 40", "+2", "+3", "/close", "/paid 1-1 1-2"),
}


async def _room(lang: str) -> Chat:
    """Amy's Honey at ¥40: Bob's #1-1 of 2 units (¥80), Cat's #1-2 of 3 (¥120), both paid."""
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    for who, typed in zip(("amy", "bob", "cat", "amy", "amy"), SAID[lang], strict=True):
        await room.say(who, typed)
    return room


OVER = {
    "/refund 1-1 3 units": "Order #1-1 has only 2 units left to refund, so 3 can't be refunded. Nothing was "
    "changed. To refund some: /refund 1-1 2 units; by amount: /refund 1-1 ¥80 reason.",
    "/refund 1-2 5 jars": "Order #1-2 has only 3 units left to refund, so 5 can't be refunded. Nothing was "
    "changed. To refund some: /refund 1-2 3 units; by amount: /refund 1-2 ¥120 reason.",
    "退款 1-1 3份": "订单 #1-1 只剩 2 份可退，退不了 3 份，没有任何改动。"
    "退部分：退款 1-1 2份；按金额退：退款 1-1 ¥80 原因。",
    "退款 1-1 3 个 坏了": "订单 #1-1 只剩 2 份可退，退不了 3 份，没有任何改动。"
    "退部分：退款 1-1 2份；按金额退：退款 1-1 ¥80 原因。",
}


@pytest.mark.parametrize("typed", list(OVER))
async def test_more_units_than_the_order_holds_is_refused_and_changes_nothing(typed: str) -> None:
    room = await _room("en" if typed.startswith("/") else "zh")
    card = await room.card()
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == OVER[typed]
    assert room.private(replies) == {}  # no buyer told of a refund
    assert await room.card() == card
    # the whole order is still there to refund, by its units
    whole = await room.say(
        "amy", "/refund 1-1 2 units" if typed.startswith("/") else "退款 1-1 2份", private=True
    )
    assert "¥80" in room.said(whole)


FEWER = {
    "/refund 1-2 2 units": (
        "Order #1-2 of Cat: ¥80 refunded (paid ¥120, refunded ¥80). Give it back to them directly.",
        "Amy is giving you back ¥80 (#1-2 Honey ×2): paid ¥120, refunded ¥80.",
    ),
    "/refund 1-2 1 unit one was cracked": (
        "Order #1-2 of Cat: ¥40 refunded (paid ¥120, refunded ¥40). Give it back to them directly.",
        "Amy is giving you back ¥40 (#1-2 Honey ×1, reason: one was cracked): paid ¥120, refunded ¥40.",
    ),
    "退款 1-2 1份 坏了": (
        "订单 #1-2（Cat）退了 ¥40，已付 ¥120，已退 ¥40。请直接把钱退给对方。",
        "Amy 退给你 ¥40（#1-2 蜂蜜 ×1，原因：坏了），已付 ¥120，已退 ¥40。",
    ),
}


@pytest.mark.parametrize("typed", list(FEWER))
async def test_fewer_units_refund_those_units_the_rest_the_reason(typed: str) -> None:
    room = await _room("en" if typed.startswith("/") else "zh")
    hers, cats = FEWER[typed]
    replies = await room.say("amy", typed, private=True)
    assert room.said(replies) == hers
    assert room.private(replies)["cat"] == cats


async def test_units_refunded_once_are_not_refunded_again() -> None:
    room = await _room("en")
    await room.say("amy", "/refund 1-2 2 units", private=True)
    replies = await room.say("amy", "/refund 1-2 2 units", private=True)
    assert room.said(replies) == (
        "Order #1-2 has had ¥80 refunded already: only 1 unit left to refund, so 2 can't be refunded. "
        "Nothing was changed. To refund some: /refund 1-2 1 unit; by amount: /refund 1-2 ¥40 reason."
    )
    done = await room.say("amy", "/refund 1-2 1 unit", private=True)  # the last one: the rest, whole
    assert room.said(done).startswith("Order #1-2 of Cat is marked refunded (¥40).")


async def test_a_count_of_units_on_an_order_of_several_options_more_than_it_holds_is_refused() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in (
        ("amy", "/groupbuy Jam options small:10,large:20"),
        ("bob", "+1 large"),
        ("bob", "+2 small"),
        ("amy", "/close"),
        ("amy", "/paid 1-1"),
    ):
        await room.say(who, typed)
    replies = await room.say("amy", "/refund 1-1 5 units", private=True)
    assert room.said(replies) == (
        "Order #1-1 holds only 3 units to refund, so 5 can't be refunded. Nothing was changed. To refund "
        "some, name the option and the count, e.g. /refund 1-1 large 1; by amount: /refund 1-1 ¥20 reason."
    )
    assert room.private(replies) == {}
