"""Session 28: `paid $5` / `付了 $5` by a buyer whose order is in ¥ was read as ¥5 and reported (¥5 short),
the organiser told. An amount in another currency than the order's is now answered in one message (the
order is in ¥, what it comes to, how to say it), nothing reported, nobody else told; an amount in the
order's own currency is reported as before. Chinese and English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": (
        ("接龙 芒果 价格 10", "截单"),
        ("付了 $5", "付了 5 usd", "付了 €10"),
        "“{typed}”不是 ¥：订单 #1-1（芒果）按 ¥（CNY）计，应付 ¥10。没有报告付款，没有任何改动。"
        "请按 ¥ 写付了多少，例如 付了 ¥10；付的就是这一单就发：我已付款 1-1。",
        "付了 ¥10",
    ),
    "en": (
        ("/groupbuy Mangoes price 10", "/close"),
        ("paid $5", "paid 5 usd", "paid 10 dollars", "paid £10"),
        "“{typed}” is not in ¥: order #1-1 (Mangoes) is in ¥ (CNY) and comes to ¥10. Nothing was reported or "
        "changed. Say the amount in ¥, e.g. paid ¥10, or send /ipaid 1-1 if it was for this order.",
        "paid 10",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_amount_in_another_currency_is_answered_and_nothing_is_reported(lang: str) -> None:
    (opening, close), typed_all, answer, right = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)

    for typed in typed_all:
        replies = await chat.say("bob", typed)
        amount = typed.split(" ", 1)[1]
        assert chat.said(replies) == answer.format(typed=amount)
        assert not chat.private(replies)  # the organiser is not told
        async with chat.app.uow_factory() as uow:
            order = await uow.orders.get(1)
        assert order is not None and not order.payments and order.reported_paid_at is None

    replies = await chat.say("bob", right)  # the order's own currency: reported as before
    assert "amy" in chat.private(replies)
