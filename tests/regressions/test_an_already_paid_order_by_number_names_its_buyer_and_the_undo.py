"""rep97 finding 7: the organiser's `已收 1-5` of an order marked paid already read only `订单 #1-5 已经标记
为已付款，没有任何改动。`, and `已收 4-5 4-1` only `之前已标记为已付款，没有改动：#4-1（Nan）。`: no buyer's
name in the one, no way to undo a mistaken mark in either. As `已收 @Kim` says it (README), here and in
private: `Eve 的订单 #1-2 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-2`; several: the
undo named with one of them."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    opening, close = (
        ("接龙 芒果 价格 30", "截单") if lang == "zh" else ("/groupbuy Mangoes price 30", "/close")
    )
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("eve", "+2")
    await chat.say("amy", close)
    await chat.say("amy", "已收 1-1 1-2")
    return chat


async def test_one_already_paid_names_its_buyer_and_how_to_undo_it() -> None:
    chat = await _paid()
    expected = "Eve 的订单 #1-2 已经标记为已付款，没有任何改动。如果记错了，发 撤销已收 1-2"
    assert chat.said(await chat.say("amy", "已收 1-2")) == expected
    assert chat.said(await chat.say("amy", "已收 1-2", private=True)) == expected


async def test_in_english_too() -> None:
    chat = await _paid("en")
    assert chat.said(await chat.say("amy", "/paid 1-2", language="en")) == (
        "Eve's order #1-2 is already marked paid: nothing was changed. "
        "If that was a mistake, send /unpaid 1-2"
    )


async def test_a_picked_up_one_is_not_offered_an_undo() -> None:
    chat = await _paid()
    await chat.say("amy", "已取 1-2")
    said = chat.said(await chat.say("amy", "已收 1-2"))
    assert "撤销已收" not in said, said


async def test_several_already_paid_say_how_to_undo_one() -> None:
    chat = await _paid()
    said = chat.said(await chat.say("amy", "已收 1-1 1-2"))
    assert said == (
        "之前已标记为已付款，没有改动：#1-1（Bob）、#1-2（Eve）。"
        "如果哪单记错了，发 撤销已收 加那单的编号，例如：撤销已收 1-1"
    ), said
