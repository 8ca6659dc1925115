"""rep78 #8: Emma's two orders were both refunded. `什么时候到` (and `when does it arrive?`) in private
answered "你现在没有要取的货…例如：问 #4 什么时候取货", #4 a buy she was never on (王阿姨 got a buy from the
other group). She is told her orders were refunded; the example, when there is one, is a buy she was on."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": (
        "什么时候到",
        "你有 2 个订单已退款：#2-1（月饼）、#1-1（粽子），没有要取的货。退款的情况发 退款到了吗 查看。",
    ),
    "en": (
        "when does it arrive?",
        "2 orders of yours were refunded, so there is nothing to collect: #2-1 (月饼), #1-1 (粽子)."
        ' To check the refunds, send "did I get my refund?"',
    ),
}


async def _refunded_twice() -> Chat:
    room = fake_chat()
    for who, typed in (
        ("amy", "接龙 粽子 价格 68"),
        ("emma", "+1"),
        ("amy", "截单 #1"),
        ("amy", "接龙 月饼 价格 30"),
        ("emma", "+1"),
        ("amy", "截单 #2"),
        ("amy", "已收 1-1 2-1"),
        ("amy", "退款 1-1"),
        ("amy", "退款 2-1"),
        ("amy", "接龙 苹果 价格 10"),  # #3: open, Emma never on it
    ):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_in_private_she_hears_her_orders_were_refunded(lang: str) -> None:
    room = await _refunded_twice()
    if lang == "en":
        await room.say("emma", "/lang en", private=True)
    asked, hers = SAID[lang]

    said = room.said(await room.say("emma", asked, private=True))

    assert said == hers
    assert "#3" not in said


async def test_one_never_on_any_buy_gets_no_example_of_anothers() -> None:
    room = await _refunded_twice()

    said = room.said(await room.say("dan", "什么时候到", private=True))

    assert said == (
        "你现在没有要取的货：没有已付款、还没取的订单，也没有在跟的团。"
        "跟团后再问，就会告诉你在哪、什么时候取。"
    )
