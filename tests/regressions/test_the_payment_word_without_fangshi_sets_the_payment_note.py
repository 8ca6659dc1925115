"""rep48 #11: the organiser's `收款 微信转账给Amy …` (the word without 方式) got no reply. From one running a
group buy here it now sets the payment note as `收款方式 …` does; a buyer's `收款 是谁` and anyone's
`收款码发一下` stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_payment_word_without_fangshi_sets_the_payment_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 90")
    await chat.say("wang", "+1")

    assert await chat.say("wang", "收款 是谁") == []
    assert await chat.say("amy", "收款码发一下") == []
    said = chat.said(await chat.say("amy", "收款 微信转账给Amy 138"))

    assert said == "好的，芒果（#1）的付款方式：微信转账给Amy 138。每位买家的订单里都会写上。"
