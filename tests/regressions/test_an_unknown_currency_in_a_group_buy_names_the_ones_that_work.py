"""`币种 XYZ` in a group buy was answered "ask the admin to set CNY, USD or EUR": the member wrote the
currency, not the admin, and JPY, GBP… work too. The refusal lists the currencies Tuan takes."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

CODES = "CNY, USD, EUR, GBP, HKD, TWD, SGD, RUB, INR, JPY, KRW, XTR"


async def test_an_unknown_currency_in_a_group_buy_names_the_ones_that_work() -> None:
    chat = fake_chat()

    assert chat.said(await chat.say("amy", "接龙 鸭 价格 100 成团 5 截止 2小时 币种 XYZ")) == (
        f"暂不支持 XYZ 币种，请写其中之一：{CODES}，例如 币种 USD。"
    )
    assert chat.said(await chat.say("amy", "/groupbuy Duck price 100 target 5 currency XYZ")) == (
        f"The currency XYZ is not supported here. Write one of {CODES}, e.g. currency USD."
    )
    assert chat.said(await chat.say("amy", "接龙 鸭 价格 100 成团 5 截止 2小时 币种 JPY")).startswith(
        "团购 #1 开团了：鸭，JP¥100/份。"
    )
