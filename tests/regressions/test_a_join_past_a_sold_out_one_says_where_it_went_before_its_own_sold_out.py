"""rep96 #10: `+1` with #1 土鸡蛋 sold out, taking the last of #2 草莓, read `…当前 ¥22/份。🈵 已售罄！
#1 土鸡蛋 已售罄，这次跟的是 #2 草莓。`: the 🈵 seemed to be #1's. The routing remark comes first, then
the sold-out of the one joined, naming it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_the_routing_remark_then_the_sold_out_naming_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 土鸡蛋 价格 10 库存 1")
    await chat.say("wang", "接龙 草莓 价格 22 库存 3")
    await chat.say("amy", "+1 #1")

    first = chat.said(await chat.say("quy", "+2"))
    last = chat.said(await chat.say("lin", "+1"))

    assert first == "Quy 跟团：2 × 草莓（#2）。当前 ¥22/份。#1 土鸡蛋 已售罄，这次跟的是 #2 草莓。"
    assert (
        last
        == "Lin 跟团：1 × 草莓（#2）。当前 ¥22/份。#1 土鸡蛋 已售罄，这次跟的是 #2 草莓。🈵 草莓 已售罄！"
    )
    card = await chat.card(2)
    assert "1. Quy ×2" in card and "2. Lin ×1" in card, card


async def test_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Tea price 5 stock 1")
    await chat.say("amy", "/groupbuy Cake price 5 stock 1")
    await chat.say("bo", "+1 #1")

    reply = chat.said(await chat.say("cy", "+1"))

    assert (
        reply == "Cy is in: 1 × Cake (#2). Now ¥5 each. Sold out: #1 Tea, so this joined #2 Cake. "
        "🈵 Cake is sold out!"
    )
    assert "1. Cy ×1" in await chat.card(2)
