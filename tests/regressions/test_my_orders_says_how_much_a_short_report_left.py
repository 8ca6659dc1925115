"""s32 leftovers #2: `我的订单` of an order Dan reported short (`我已付款 1-1 20元`, owing ¥156) read only
`已报付款，等待团长确认`, as if he had paid it all. It now says what he reported and what is left:
`已报付款 ¥20，还差 ¥136，等待团长确认`; reported whole it reads as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _reported(report: str, *, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("dan", report, private=True, name="Dan")
    return chat


async def test_a_short_report_says_the_amount_and_the_gap() -> None:
    chat = await _reported("我已付款 1-1 20元")
    said = chat.said(await chat.say("dan", "我的订单", private=True, name="Dan"))
    assert "¥156 · 已报付款 ¥20，还差 ¥136，等待团长确认" in said, said


async def test_a_whole_report_reads_as_before() -> None:
    chat = await _reported("我已付款 1-1")
    said = chat.said(await chat.say("dan", "我的订单", private=True, name="Dan"))
    assert "¥156 · 已报付款，等待团长确认" in said, said


async def test_in_english_too() -> None:
    chat = await _reported("/ipaid 1-1 20", english=True)
    said = chat.said(await chat.say("dan", "/orders", private=True, name="Dan"))
    assert "reported paid ¥20, ¥136 still to pay, waiting for the organiser to confirm" in said, said


async def test_did_i_pay_says_it_too() -> None:
    chat = await _reported("我已付款 1-1 20元")
    said = chat.said(await chat.say("dan", "我付钱了吗？", private=True, name="Dan"))
    assert (
        said == "你在 芒果（#1）订了 2 份，共 ¥156，已报付款 ¥20，还差 ¥136，等待团长确认（订单 #1-1）。"
    ), said
