"""rep58 item 3: `我已付款 6-2 10元`, `I paid 8-2 $15` got no reply, `/ipaid 8-2 15` was "There is no order
#15" and `/ipaid 3-2 $40` the usage help. An order's number with an amount is now the report of that
order, the amount checked as `付了 80` is: its total reported plainly, another amount reported as said
with the gap told to the organiser, another currency refused with nothing reported."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": ("接龙 芒果 价格 90", "截单"), "en": ("/groupbuy Mangoes price 90", "/close")}
REPORTED_HERE = {
    "zh": "收到，王阿姨：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。",
    "en": "Thanks, 王阿姨: Amy is asked to confirm your payment for order #1-1; the amount was sent to you "
    "privately.",
}


async def _owing(factory: FakeUnitOfWorkFactory, language: str) -> Chat:
    chat = fake_chat(factory)
    opened, close = OPEN[language]
    await chat.say("amy", f"/lang {language}")
    await chat.say("amy", opened)
    await chat.say("wang", "+1", name="王阿姨")
    await chat.say("amy", close)
    return chat


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("zh", "我已付款 1-1 90元"),
        ("zh", "我已付款 1-1 ¥90"),
        ("en", "I paid 1-1 ¥90"),
        ("en", "/ipaid 1-1 90"),
    ],
)
async def test_the_orders_total_with_its_number_is_reported(language: str, typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, language)
    replies = await chat.say("wang", typed, name="王阿姨")
    assert chat.said(replies).startswith(REPORTED_HERE[language]), typed
    assert chat.private(replies)["amy"].startswith(
        "💸 王阿姨 说已付款：订单 #1-1（芒果，#1）¥90。"
        if language == "zh"
        else "💸 王阿姨 says they paid order #1-1 (Mangoes, #1): ¥90."
    )
    assert factory.state.orders[1].reported_paid_at is not None


@pytest.mark.parametrize(("language", "typed"), [("zh", "我已付款 1-1 80元"), ("en", "/ipaid 1-1 80")])
async def test_another_amount_with_its_number_is_reported_with_the_gap(language: str, typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, language)
    replies = await chat.say("wang", typed, name="王阿姨")
    assert chat.said(replies).startswith(REPORTED_HERE[language])  # the group reads no amount
    assert chat.private(replies)["wang"] == (
        "收到，王阿姨：你说付了 ¥80，订单 #1-1 应付 ¥90，还差 ¥10。"
        "已告诉 Amy，由 TA 核对；确认前接龙卡片上显示 💸。"
        if language == "zh"
        else "Thanks, 王阿姨: you said you paid ¥80, but order #1-1 comes to ¥90 (¥10 short). "
        "Amy has been told and will check; the card shows 💸 until then."
    )
    assert chat.private(replies)["amy"].startswith(
        "💸 王阿姨 说已付款：订单 #1-1（芒果，#1）¥80（应付 ¥90，差 ¥10）。"
        if language == "zh"
        else "💸 王阿姨 says they paid order #1-1 (Mangoes, #1): ¥80 (¥90 owed, ¥10 short)."
    )


@pytest.mark.parametrize(("language", "typed"), [("zh", "我已付款 1-1 $90"), ("en", "I paid 1-1 $90")])
async def test_another_currency_with_its_number_reports_nothing(language: str, typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, language)
    said = chat.said(await chat.say("wang", typed, name="王阿姨"))
    assert said.startswith(
        "“$90”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计" if language == "zh" else "“$90” is not in ¥: order #1-1"
    )
    assert factory.state.orders[1].reported_paid_at is None


async def test_a_dollar_order_with_its_number_and_an_amount_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12 currency USD")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "/close")
    refused = chat.said(await chat.say("bob", "I paid 1-1 ¥15", name="Bob"))
    assert refused.startswith("“¥15” is not in $: order #1-1 (Lychees) is in $ (USD)")
    assert factory.state.orders[1].reported_paid_at is None
    replies = await chat.say("bob", "/ipaid 1-1 $15", name="Bob")
    assert chat.private(replies)["bob"].startswith(
        "Thanks, Bob: you said you paid $15, but order #1-1 comes to $12"
    )
    assert chat.private(replies)["amy"].startswith(
        "💸 Bob says they paid order #1-1 (Lychees, #1): $15 ($12 owed, $3 over)."
    )
