"""rep91 #5: Bob's #1-3 (大盒 ×2, ¥70) was refunded ¥10 by amount; then `退款 1-3 大盒 2份` (both boxes
crushed) was refused, `只剩 1 份 大盒 可退…按金额退：退款 1-3 ¥35 原因`, suggesting ¥35, neither what is
left (¥60) nor what she asked. Every unit the order still holds, named by its units, refunds all that is
left (the order's whole refund); asking more than that still refuses, naming all that is left and
`退款 1-3` to refund it."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def _room(*joins: str):  # type: ignore[no-untyped-def]
    room = fake_chat()
    await room.say("amy", "接龙 粽子 规格 大盒:35,小盒:15")
    for typed in joins:
        await room.say("bob", typed)
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    await room.say("amy", "退款 1-1 ¥10 晚到了", private=True)
    return room


async def test_every_unit_left_named_refunds_all_that_is_left() -> None:
    room = await _room("+2 大盒")

    replies = await room.say("amy", "退款 1-1 大盒 2份 压坏了", private=True)

    assert room.said(replies).startswith("订单 #1-1（Bob，¥60）已标记为退款。"), replies
    told = room.private(replies)["bob"]
    assert "¥60" in told and "原因：压坏了" in told, told


async def test_every_unit_left_by_count_alone_refunds_all_that_is_left() -> None:
    room = await _room("+2 大盒")

    replies = await room.say("amy", "退款 1-1 2份", private=True)

    assert room.said(replies).startswith("订单 #1-1（Bob，¥60）已标记为退款。"), replies


async def test_more_than_is_left_names_all_that_is_left_and_how_to_refund_it() -> None:
    room = await _room("+2 大盒")

    replies = await room.say("amy", "退款 1-1 大盒 3份", private=True)

    said = room.said(replies)
    assert said.startswith("订单 #1-1 已经退过 ¥10，只剩 1 份 大盒 可退，退不了 3 份，没有任何改动。"), said
    assert "剩下的 ¥60 全部退：退款 1-1；" in said, said
    assert room.private(replies) == {}
