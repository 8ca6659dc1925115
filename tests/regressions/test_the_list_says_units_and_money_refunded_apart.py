"""rep91 #7: `名单 #1` showed Cat's #1-4 as `订单 #1-4 共 ¥85（已退 1 份，¥35）`, read as one ¥35 unit (a
大盒's price), while what went back was 1 小盒 (¥15) and ¥20 by amount. The list says them apart, as 我的订单
does: `（已退 1 份 小盒 ¥15，另退 ¥20，共退 ¥35）`; units alone keep `（已退 1 份，¥15）`."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def _room():  # type: ignore[no-untyped-def]
    room = fake_chat()
    await room.say("amy", "接龙 粽子 规格 大盒:35,小盒:15")
    for typed in ("+1 小盒", "+2 大盒"):
        await room.say("cat", typed)
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    await room.say("amy", "退款 1-1 小盒 1份 坏了", private=True)
    return room


async def test_units_and_money_by_amount_are_said_apart_in_the_list() -> None:
    room = await _room()
    await room.say("amy", "退款 1-1 ¥20 晚到了", private=True)

    listed = room.said(await room.say("amy", "名单 #1", private=True))

    assert "订单 #1-1 共 ¥85（已退 1 份 小盒 ¥15，另退 ¥20，共退 ¥35）" in listed, listed
    assert "（已退 1 份，¥35）" not in listed


async def test_units_alone_keep_their_own_money() -> None:
    room = await _room()

    listed = room.said(await room.say("amy", "名单 #1", private=True))

    assert "订单 #1-1 共 ¥85（已退 1 份，¥15）" in listed, listed


async def test_the_english_list_says_them_apart_too() -> None:
    room = await _room()
    await room.say("amy", "退款 1-1 ¥20 晚到了", private=True)

    listed = room.said(await room.say("amy", "/list #1", private=True, language="en"))

    assert "(refunded 1 unit of 小盒 for ¥15, and ¥20 more: ¥35 in all)" in listed, listed
