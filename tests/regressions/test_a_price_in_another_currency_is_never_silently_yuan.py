"""rep46 finding 6: `/groupbuy Avocados price $3 target 4 ends 2h` opened "Avocados at ¥3 each". A price's
own sign now sets its currency where it names one (`US$3`, `S$3`, `€3`: as `currency USD` would, while
nobody joined), and a bare `$` where the currency is ¥ is refused in one message saying the price is in ¥
here and how to set another; nothing is opened."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_dollar_sign_on_a_yuan_price_is_refused_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = chat.said(await chat.say("ben", "/groupbuy Avocados price $3 target 4 ends 2h"))
    assert said == (  # s31: an opening's refusal says nothing was opened, and the form that works
        "The price “$3” has a $ sign, but prices here are in ¥ (CNY): nothing was opened. To open it in ¥, "
        "send /groupbuy Avocados price 3 target 4 ends 2h (or /groupbuy Avocados price ¥3 target 4 ends 2h); "
        "for US dollars add currency USD (Singapore dollars: currency SGD)."
    )
    assert factory.state.group_buys == {}


async def test_a_dollar_sign_on_a_yuan_price_is_refused_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = chat.said(await chat.say("amy", "接龙 牛油果 价格 $3"))
    assert said == (  # s31: 没有开团, and the form that works
        "价格“$3”里有美元符号 $，但这里的价格用 ¥（CNY），没有开团。"
        "按 ¥ 开团请发：接龙 牛油果 价格 3（或 接龙 牛油果 价格 ¥3）；"
        "要用美元请加上 币种 USD（新加坡元：币种 SGD）。"
    )
    assert factory.state.group_buys == {}


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("/groupbuy Avocados price US$3", "$3"),
        ("/groupbuy Avocados price S$3", "S$3"),
        ("/groupbuy Avocados price €3", "€3"),
        ("/groupbuy Avocados price $3 currency USD", "$3"),
        ("/groupbuy Avocados price ¥3", "¥3"),
    ],
)
async def test_a_sign_naming_a_currency_prices_in_it(text: str, price: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    said = chat.said(await chat.say("ben", text))
    assert said.startswith(f"Group buy #1 is open: Avocados at {price} each."), said


async def test_once_someone_joined_the_sign_cannot_change_the_currency() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("ben", "/groupbuy Avocados price 5")
    await chat.say("bob", "+1")
    said = chat.said(await chat.say("ben", "/edit #1 price S$3"))
    assert said == (
        "The currency cannot change (this group buy is priced in CNY, and people joined at that). "
        "Nothing was changed."
    )
