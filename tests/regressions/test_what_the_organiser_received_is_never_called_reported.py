"""s32 leftovers #3 (the rest): after Amy's `只收到 ¥20` of Dan's ¥156 and his `我已付款 1-1 30元`,
the order keeps ¥50 reported, the ¥20 she received inside it. His bare `我已付款 1-1` sent again read
`你刚报告付了 ¥50`, `我的订单` `已报付款 ¥50`, `多少钱` `你报告付了 ¥50`, as if he had reported all of it.
Each now says the two apart: `团长 Amy 已收到 ¥20，你刚报告付了 ¥30…`,
`已收 ¥20，已报付款 ¥30，还差 ¥106…`, `团长已收到 ¥20，你之后报告付了 ¥30…`."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, dan_paid_20_of_156


async def _received_then_reported(*, english: bool = False) -> Chat:
    clock = FakeClock()
    chat = await dan_paid_20_of_156(english=english, clock=clock)
    clock.advance(minutes=30)
    await chat.say("dan", "/ipaid 1-1 30" if english else "我已付款 1-1 30元", name="Dan")
    clock.advance(minutes=2)
    return chat


async def test_the_report_sent_again_says_both_apart() -> None:
    chat = await _received_then_reported()
    private = chat.private(await chat.say("dan", "我已付款 1-1", name="Dan"))
    assert private["dan"] == (
        "团长 Amy 已收到 ¥20，你刚报告付了 ¥30，应付 ¥156，还差 ¥106。如果已经付齐，请写：我已付款 1-1 106元"
    ), private


async def test_my_orders_says_both_apart() -> None:
    chat = await _received_then_reported()
    said = chat.said(await chat.say("dan", "我的订单", private=True, name="Dan"))
    assert "¥156 · 已收 ¥20，已报付款 ¥30，还差 ¥106，等待团长确认" in said, said


async def test_how_much_says_both_apart() -> None:
    chat = await _received_then_reported()
    said = chat.said(await chat.say("dan", "多少钱", private=True, name="Dan"))
    assert said.startswith(
        "芒果（#1）订单 #1-1：团长已收到 ¥20，你之后报告付了 ¥30，应付 ¥156，还差 ¥106。"
    ), said


async def test_in_english_too() -> None:
    chat = await _received_then_reported(english=True)
    private = chat.private(await chat.say("dan", "/ipaid 1-1", name="Dan"))
    assert private["dan"].startswith(
        "Amy has received ¥20 and you just reported paying ¥30 of ¥156, so ¥106 is still to pay."
    ), private
    said = chat.said(await chat.say("dan", "/orders", private=True, name="Dan"))
    assert "received ¥20, reported paid ¥30 since, ¥106 still to pay" in said, said
