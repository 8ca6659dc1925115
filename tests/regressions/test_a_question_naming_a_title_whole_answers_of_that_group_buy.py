"""With 苹果 (#2) and 烟台苹果 (#3) open, `问 烟台苹果还剩多少` from a member on 苹果 answered of 苹果, and
`问 苹果多少钱` from one on both of 烟台苹果; the stock said 份 on one sold by the 斤. The title named whole
wins (the longest such: 烟台苹果 holds 苹果), and the stock is said in its unit."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _apples() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15/斤")
    await chat.say("amy", "接龙 苹果 价格 12/斤 库存 30")
    await chat.say("amy", "接龙 烟台苹果 价格 9/斤 库存 40")
    await chat.say("bob", "+4斤 #2")
    await chat.say("cat", "+1 #2")
    await chat.say("cat", "+1 #3")
    return chat


async def test_the_longer_title_named_whole_is_the_one_asked_about() -> None:
    chat = await _apples()
    assert Chat.said(await chat.say("bob", "问 烟台苹果还剩多少")) == "烟台苹果（#3）还剩 39斤。"


async def test_the_shorter_title_named_whole_is_the_one_asked_about() -> None:
    chat = await _apples()
    assert Chat.said(await chat.say("cat", "问 苹果多少钱")) == "苹果（#2）：当前 ¥12/斤。"
    assert Chat.said(await chat.say("cat", "问 苹果还剩多少")) == "苹果（#2）还剩 25斤。"


async def test_an_english_title_named_whole_is_the_one_asked_about() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 12 per kg stock 30")
    await chat.say("amy", "/groupbuy Yantai Apples price 9 per kg stock 40")
    await chat.say("bob", "+4 #1")
    assert Chat.said(await chat.say("bob", "/ask how many yantai apples are left")) == (
        "Yantai Apples (#2): 40 kg left."
    )
