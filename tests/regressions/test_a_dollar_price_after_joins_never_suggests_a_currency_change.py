"""rep48 #5(b): `修改 #9 价格 $50` on a ¥ group buy people had joined suggested
`币种 USD…例如：价格 3 币种 USD`, and sending that was refused ("币种不能改"). After joins the
answer now says the currency is fixed and to leave out the $; before any join the `币种 USD`
suggestion stays (it would be accepted)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_dollar_price_after_joins_never_suggests_a_currency_change_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 60")
    await chat.say("lin", "+1")

    said = chat.said(await chat.say("amy", "修改 #1 价格 $50"))

    assert said == (
        "价格“$50”里有美元符号 $，但这个团用 ¥（CNY）标价，已经有人跟团，币种不能改，没有任何改动。"
        "要改价就去掉 $，用 ¥。"
    )


async def test_a_dollar_price_after_joins_never_suggests_a_currency_change_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 60")
    before = chat.said(await chat.say("amy", "/edit #1 price $50"))
    assert "currency USD" in before  # nobody joined: a currency change would be taken
    await chat.say("lin", "+1")

    said = chat.said(await chat.say("amy", "/edit #1 price $50"))

    assert said == (
        "The price “$50” has a $ sign, but this group buy is priced in ¥ (CNY) and people have joined, "
        "so its currency cannot change: nothing was changed. "
        "To change the price, leave out the $ and give it in ¥."
    )
