"""`I paid RM25`, `I paid 25 ringgit`, `I paid MYR 25` of an S$ order, `我已付款 25马币`, `付了 20港币` of a ¥
order got no reply at all, and `/ipaid 1-1 RM20`, `/ipaid 1-1 20 ringgit` only the report's form, which did
not say what was wrong; `退款 1-1 RM5` refunded the whole order with the reason "RM5", `退款 1-1 5 myr` ¥5
with the reason "myr". Tuan knew only $, €, £ and the yuan as currencies beside an amount. Now the region's
and beyond (ringgit, HK$, NT$, S$, A$, £, yen, won, baht, peso, rupiah, rupees, dong, C$, NZ$, €) are read
as currencies, so each is refused naming the order's currency as `I paid 25 USD` is, nothing reported or
refunded; `rm` is one only beside the number (`confirm`, `room 302`, `hrs` are none)."""

from __future__ import annotations

import pytest

from commerce.domain.money import names_another_currency, parse_money
from tests.unit.handlers.conftest import Chat, fake_chat

_NOT_SGD = (
    "“{typed}” is not in S$: order #1-1 (Kaya jars) is in S$ (SGD) and comes to S$25. Nothing was reported "
    "or changed. Say the amount in S$, e.g. paid S$25, or send /ipaid 1-1 if it was for this order."
)
_NOT_SGD_NUMBERED = (
    "“{typed}” is not in S$: order #1-1 (Kaya jars) is in S$ (SGD) and comes to S$25. Nothing was reported "
    "or changed. If you paid S$20, send /ipaid 1-1 20; if you paid all S$25, send /ipaid 1-1."
)
_NOT_YUAN = (
    "“{typed}”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥20。没有报告付款，没有任何改动。"
    "请按 ¥ 写付了多少，例如 付了 ¥20；付的就是这一单就发：我已付款 1-1。"
)
_NOT_YUAN_REFUND = (
    "“{typed}”不是 ¥：订单 #1-1 按 ¥（CNY）计，没有退款，没有任何改动。请按 ¥ 写金额，最多 ¥20，"
    "例如 退款 1-1 ¥10；只发“退款 1-1”就退还剩下的全部。"
)


async def _sgd_closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya jars price 12.50 currency SGD ends tomorrow 8pm", private=False)
    await chat.say("bob", "+2", private=False)
    await chat.say("amy", "/close", private=False)
    return chat


async def _yuan_closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10", private=False)
    await chat.say("bob", "+2", private=False)
    await chat.say("amy", "截单", private=False)
    return chat


@pytest.mark.parametrize("typed", ["RM25", "25 ringgit", "MYR 25", "25 RM", "A$25", "25 baht", "500円"])
async def test_a_payment_in_another_regional_currency_is_refused_naming_the_orders(typed: str) -> None:
    chat = await _sgd_closed()

    replies = await chat.say("bob", f"I paid {typed}", private=False)

    assert [reply.text for reply in replies] == [_NOT_SGD.format(typed=typed)]  # the organiser told nothing


@pytest.mark.parametrize("typed", ["RM20", "20 MYR", "20 ringgit"])
async def test_a_numbered_report_in_ringgit_is_refused_naming_the_orders_currency(typed: str) -> None:
    chat = await _sgd_closed()

    replies = await chat.say("bob", f"/ipaid 1-1 {typed}", private=False)
    after = Chat.said(await chat.say("bob", "/ipaid 1-1 20", private=False))

    assert [reply.text for reply in replies] == [_NOT_SGD_NUMBERED.format(typed=typed)]
    assert after == (  # nothing was reported before: the report in S$ is the first
        "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; the amount was sent to you "
        "privately. The card shows 💸 until they do."
    )


@pytest.mark.parametrize(
    ("said", "typed"), [("我已付款 25马币", "25马币"), ("付了 20港币", "20港币"), ("付了 20令吉", "20令吉")]
)
async def test_a_payment_in_chinese_currency_words_is_refused_naming_the_yuan(said: str, typed: str) -> None:
    chat = await _yuan_closed()

    replies = await chat.say("bob", said, private=False)

    assert [reply.text for reply in replies] == [_NOT_YUAN.format(typed=typed)]


@pytest.mark.parametrize("typed", ["RM5", "5 myr", "5马币"])
async def test_a_refund_in_ringgit_is_refused_and_nothing_is_refunded(typed: str) -> None:
    chat = await _yuan_closed()
    await chat.say("amy", "已收 1-1", private=False)

    replies = await chat.say("amy", f"退款 1-1 {typed}", private=False)

    assert [reply.text for reply in replies] == [
        "Amy，退款的事已私信发给你。",
        _NOT_YUAN_REFUND.format(typed=typed),
    ]


async def test_a_room_number_after_a_report_is_no_currency() -> None:
    chat = await _sgd_closed()

    talk = await chat.say("bob", "I paid 25, room 302", private=False)
    reported = Chat.said(await chat.say("bob", "I paid 1-1 25, rm 302 pickup", private=False))

    assert talk == []  # two numbers in a sentence: talk, as before
    assert "#1-1" in reported and "is not in S$" not in reported


@pytest.mark.parametrize(
    ("typed", "currency"),
    [
        ("RM25", "MYR"),
        ("25 ringgit", "MYR"),
        ("25马币", "MYR"),
        ("HK$25", "HKD"),
        ("25港纸", "HKD"),
        ("NT$25", "TWD"),
        ("25 twd", "TWD"),
        ("25新台币", "TWD"),
        ("S$25", "SGD"),
        ("25新加坡元", "SGD"),
        ("A$25", "AUD"),
        ("25澳元", "AUD"),
        ("£25", "GBP"),
        ("25英镑", "GBP"),
        ("2500円", "JPY"),
        ("2500 yen", "JPY"),
        ("₩25000", "KRW"),
        ("25000 won", "KRW"),
        ("25韩元", "KRW"),
        ("250 baht", "THB"),
        ("250泰铢", "THB"),
        ("250 pesos", "PHP"),
        ("PHP 250", "PHP"),
        ("Rp 25000", "IDR"),
        ("25000 rupiah", "IDR"),
        ("₹250", "INR"),
        ("Rs. 250", "INR"),
        ("250 rupees", "INR"),
        ("25000越南盾", "VND"),
        ("C$25", "CAD"),
        ("25加币", "CAD"),
        ("NZ$25", "NZD"),
        ("25纽币", "NZD"),
        ("25 euros", "EUR"),
        ("25欧元", "EUR"),
    ],
)
def test_each_currency_is_another_but_its_own(typed: str, currency: str) -> None:
    other = "USD" if currency != "USD" else "CNY"

    assert names_another_currency(typed, other)
    assert not names_another_currency(typed, currency)


@pytest.mark.parametrize("typed", ["25", "confirm 25", "room 302", "25 hrs", "25 rmb", "firm25"])
def test_an_ordinary_word_or_number_is_no_ringgit(typed: str) -> None:
    assert not names_another_currency(typed, "CNY")


def test_an_amount_in_its_own_currency_mark_is_read_and_another_is_never_guessed() -> None:
    assert parse_money("₹250", "INR").minor == 25000
    assert parse_money("2500円", "JPY").minor == 2500
    with pytest.raises(Exception, match="price_invalid"):
        parse_money("RM25", "SGD")
