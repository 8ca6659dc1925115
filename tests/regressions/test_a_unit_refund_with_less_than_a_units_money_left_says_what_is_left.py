"""rep85 #9: #2-2 (小盒 ¥33 + 大盒 ¥63, ¥96 paid) had ¥30 refunded by amount and its 大盒 by units, ¥3 left;
`退款 2-2 小盒 1份` got `订单 #2-2 已经退过 ¥93，没有 小盒 可退了…`, though the 小盒 is still held: what
is short is money, and the reply gave no way forward. It now says what is left and both commands that
work (the whole rest, or by amount); an order without options alike (`退款 1-1 1份`), and an option whose
units all went back says so with what the order has left."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 粽子 规格 大盒:63,小盒:33 成团 1", "截单", "已收 1-1", "退款"),
    "en": ("/groupbuy Zongzi options 大盒:63,小盒:33 target 1", "/close", "/paid 1-1", "/refund"),
}
MONEY_LEFT = {
    "zh": "订单 #1-1 已经退过 ¥93，只剩 ¥3 可退，不够 1 份 小盒（¥33），退不了 1 份，没有任何改动。"
    "剩下的全部退发 退款 1-1；按金额退：退款 1-1 ¥3 原因。",
    "en": "Order #1-1 has had ¥93 refunded already: only ¥3 is left, less than one 小盒 (¥33), so 1 can't be"
    " refunded. Nothing was changed. To refund what is left: /refund 1-1; by amount: /refund 1-1 ¥3 reason.",
}
ALL_BACK = {
    "zh": "订单 #1-1 的 大盒 已经全部退过了（这单共已退 ¥93），退不了 1 份，没有任何改动。"
    "这单还可退 ¥3：全部退发 退款 1-1；按金额退：退款 1-1 ¥3 原因。",
    "en": "Order #1-1's 大盒 has all been refunded already (¥93 refunded on the order), so 1 can't be"
    " refunded. Nothing was changed. ¥3 is left on the order: to refund it all, /refund 1-1; by amount:"
    " /refund 1-1 ¥3 reason.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_held_option_short_of_money_says_what_is_left_and_how_to_refund_it(lang: str) -> None:
    opening, close, paid, refund = SAID[lang]
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    await chat.say("may", opening)
    await chat.say("wang", "+1 小盒")
    await chat.say("wang", "+1 大盒")
    await chat.say("may", close)
    await chat.say("may", paid, private=True)
    await chat.say("may", f"{refund} 1-1 30", private=True)
    await chat.say("may", f"{refund} 1-1 大盒 1 broken", private=True)

    short = await chat.say("may", f"{refund} 1-1 小盒 1份", private=True)
    assert chat.said(short) == MONEY_LEFT[lang]
    assert "wang" not in chat.private(short)  # nothing refunded, nobody told
    gone = await chat.say("may", f"{refund} 1-1 大盒 1份", private=True)
    assert chat.said(gone) == ALL_BACK[lang]


UNITS = {
    "zh": ("接龙 土鸡蛋 价格 45 成团 1", "+2", "截单", "已收 1-1", "退款 1-1 50", "退款 1-1 1份"),
    "en": (
        "/groupbuy Eggs price 45 target 1",
        "+2",
        "/close",
        "/paid 1-1",
        "/refund 1-1 50",
        "/refund 1-1 1 unit",
    ),
}
UNITS_LEFT = {
    "zh": "订单 #1-1 已经退过 ¥50，只剩 ¥40 可退，不够 1 份，退不了 1 份，没有任何改动。"
    "剩下的全部退发 退款 1-1；按金额退：退款 1-1 ¥40 原因。",
    "en": "Order #1-1 has had ¥50 refunded already: only ¥40 is left, less than one unit, so 1 can't be"
    " refunded. Nothing was changed. To refund what is left: /refund 1-1; by amount: /refund 1-1 ¥40 reason.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_units_short_of_money_without_options_say_what_is_left(lang: str) -> None:
    opening, join, close, paid, part, units = UNITS[lang]
    chat = fake_chat()
    if lang == "en":
        await chat.say("may", "/lang en")
    await chat.say("may", opening)
    await chat.say("bob", join)
    await chat.say("may", close)
    await chat.say("may", paid, private=True)
    await chat.say("may", part, private=True)

    assert chat.said(await chat.say("may", units, private=True)) == UNITS_LEFT[lang]
