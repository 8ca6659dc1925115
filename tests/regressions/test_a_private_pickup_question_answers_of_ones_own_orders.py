"""Session 17 review, finding 6: Cat, owing order #1-1 of a closed group buy, asked in private
`什么时候取货？` / "when is pickup?" and was told to name the group buy, with an example about
its closing time; and `问 #1 什么时候取货` gave only the place, not that no pickup time was set.
A private pickup (or paying) question naming none is answered from her orders not picked up yet;
asked when, with no time set, the answer says so; one with no such order is asked for a number
with an example of her own question."""

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


async def test_without_an_order_the_example_is_her_question() -> None:
    chat = await _closed()

    zh = chat.said(await chat.say("bob", "什么时候取货？", private=True))
    en = chat.said(await chat.say("bob", "when is pickup?", private=True))

    assert zh == "私聊里问团购请带上团号，例如：问 #N 什么时候取货。"
    assert en == "In a private chat, name the group buy, for example: /ask #N when is pickup."
