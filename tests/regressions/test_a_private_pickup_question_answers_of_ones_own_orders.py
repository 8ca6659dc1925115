"""Session 17 review, finding 6: Cat, owing order #1-1 of a closed group buy, asked in private
`什么时候取货？` / "when is pickup?" and was told to name the group buy, with an example about
its closing time; and `问 #1 什么时候取货` gave only the place, not that no pickup time was set.
A private pickup (or paying) question naming none is answered from her orders not picked up yet;
asked when, with no time set, the answer says so; one with no such order is told she has nothing to
pick up (session 27: never a literal `#N`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 自提 小区南门")
    await chat.say("cat", "+2")
    await chat.say("amy", "截单")
    await chat.say("cat", "我已付款 1-1", private=True)
    return chat


async def test_when_is_pickup_in_private_answers_of_her_order() -> None:
    chat = await _closed()

    zh = chat.said(await chat.say("cat", "什么时候取货？", private=True))
    en = chat.said(await chat.say("cat", "when is pickup?", private=True))
    numbered = chat.said(await chat.say("cat", "问 #1 什么时候取货", private=True))
    where = chat.said(await chat.say("cat", "在哪取货？", private=True))

    assert zh == "海南贵妃芒 5斤（#1）取货：小区南门。取货时间团长 Amy 还没定，定了会通知，也可以直接问团长。"
    assert en == (
        "海南贵妃芒 5斤 (#1) pickup: 小区南门. Amy has not set a pickup time yet:"
        " you will be told, or ask them."
    )
    assert numbered == zh
    assert where == "海南贵妃芒 5斤（#1）取货：小区南门"


async def test_without_an_order_she_is_told_she_has_nothing_to_collect() -> None:
    chat = await _closed()

    zh = chat.said(await chat.say("bob", "什么时候取货？", private=True))
    en = chat.said(await chat.say("bob", "when is pickup?", private=True))

    # never a literal `#N` (session 27): she is on none, and told so
    assert zh == (
        "你现在没有要取的货：没有已付款、还没取的订单，也没有在跟的团。"
        "跟团后再问，就会告诉你在哪、什么时候取。"
    )
    assert en.startswith("You have nothing to pick up:")
