"""rep80 #3: after `/refund 1-1 small 1 one was crushed` the card still read `Hal small ×2 (part
refunded)`, `small ¥10 · 3 taken`, and its "refunded: N units" left the unit out; the console's Sold
alike. A unit refunded is out of "taken", the card's total and "refunded: N units", and the line says
how many went back (`Hal small ×2 ✅ (1 refunded)`). A refund by amount alone (`/refund 1-2 ¥5 small
was warm`) marks the order, never a line it does not name: `(order part refunded)` on the first of her
several lines, `(part refunded)` on an only one."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

SAID = (
    ("amy", "/groupbuy Bubble Tea options small:10,large:15"),
    ("hal", "/join 2 small"),
    ("fay", "/join 1 large"),
    ("fay", "/join 1 small"),
    ("amy", "/close"),
    ("amy", "/paid 1-1 1-2"),
)


async def _room():  # type: ignore[no-untyped-def]
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in SAID:
        await room.say(who, typed)
    return room


async def test_a_unit_refunded_is_out_of_taken_and_said_on_its_line() -> None:
    room = await _room()
    await room.say("amy", "/refund 1-1 small 1 one was crushed")
    card = await room.card()
    assert "• small ¥10 · 2 taken" in card
    assert "✅ Succeeded at small ¥10 / large ¥15 each: 3 units · refunded: 1 unit" in card
    assert "1. Hal small ×2 ✅ (1 refunded)" in card.splitlines()
    assert "3. Fay small ×1 ✅" in card.splitlines()
    mine = room.said(await room.say("amy", "/mine", private=True))
    assert "#1 Bubble Tea · reached its target · 3 units, 2 orders" in mine
    assert mine.splitlines()[1].endswith("· refunded ¥10 (1 unit)")  # rep84 #5: one money figure


async def test_an_amount_refund_marks_the_order_not_a_line() -> None:
    room = await _room()
    await room.say("amy", "/refund 1-2 ¥5 small was warm")
    card = await room.card()
    assert "2. Fay large ×1 ✅ (order part refunded)" in card.splitlines()
    assert "• large ¥15 · 1 taken" in card
    await room.say("amy", "/refund 1-2 large 1 one was crushed")
    await room.say("amy", "/refund 1-1 small 1 one was crushed")
    card = await room.card()
    assert "• small ¥10 · 2 taken" in card
    assert "• large ¥15 · 0 taken" in card
    assert "✅ Succeeded at small ¥10 / large ¥15 each: 2 units · refunded: 2 units" in card
    assert "2. Fay large ×1 ✅ (1 refunded, and a part refund)" in card.splitlines()
    listed = room.said(await room.say("amy", "/list"))
    assert "1. Hal small ×2 ✅ (1 refunded)" in listed.splitlines()
    assert "By option: small ×2 · large ×0" in listed.splitlines()


async def test_in_chinese_the_line_says_how_many_went_back() -> None:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 规格 大盒:15,小盒:10"),
        ("bob", "大盒+2"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
        ("amy", "退款 1-1 大盒 1个坏了"),
    ):
        await room.say(who, typed)
    card = await room.card()
    assert "1. Bob 大盒 ×2 ✅（已退 1 份）" in card.splitlines()
    roster = room.said(await room.say("amy", "名单", private=True)).splitlines()
    assert "1. Bob 大盒 ×2 · ¥30 · 订单 #1-1 共 ¥30（已退 1 份，¥15） · ✅已付，未取货" in roster
    assert (
        "合计：1 份，¥15，另有 1 份已退 ¥15" in roster
        and "大盒：1 份，¥15，另有 1 份已退 ¥15" in roster  # rep84 #5: money of the units kept
    )
