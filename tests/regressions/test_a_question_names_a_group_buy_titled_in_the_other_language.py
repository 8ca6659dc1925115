"""Session 17 review, findings 4 and 5: with Lychees open, `问 荔枝多少钱` said
"本群没有「荔枝」的团购。进行中的是：… #2 Lychees", and `问 榴莲多少钱` the same of Durian
Musang King; `/ask how much is the pineapple` said there was no pineapple group buy beside
台湾凤梨, though `ask_words.json` maps lychee→荔枝, durian→榴莲 and pineapple→菠萝, 凤梨 (a
two-character name was dropped as the `not_heads` word 凤梨, kept there for pears, 梨). A
product word names a title in the other language by that list, both ways."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("amy", "/groupbuy Lychees price 15/斤 stock 40")
    await chat.say("cat", "接龙 台湾凤梨 价格 30")
    await chat.say("jon", "/groupbuy Durian Musang King price 120")
    return chat


async def test_a_chinese_question_names_an_english_title() -> None:
    chat = await _open()

    assert chat.said(await chat.say("mia", "问 荔枝多少钱")) == "Lychees（#2）：当前 ¥15/斤。"
    assert chat.said(await chat.say("mia", "问 荔枝还有吗")) == "Lychees（#2）还剩 40斤。"
    assert chat.said(await chat.say("nia", "问 榴莲多少钱")) == "Durian Musang King（#4）：当前 ¥120/份。"


async def test_an_english_question_names_a_chinese_title() -> None:
    chat = await _open()

    price = chat.said(await chat.say("mia", "/ask how much is the pineapple"))
    assert price == "台湾凤梨 (#3): Now ¥30 each."
    left = chat.said(await chat.say("mia", "/ask any pineapples left?"))
    assert left == "台湾凤梨 (#3) has no stock limit: join any time before it closes."
    assert chat.said(await chat.say("mia", "/ask how much are the lychees")) == "Lychees (#2): Now ¥15/jin."


async def test_a_product_none_sells_is_still_said_so() -> None:
    chat = await _open()

    grapes = chat.said(await chat.say("mia", "问 葡萄多少钱"))
    pears = chat.said(await chat.say("mia", "/ask how much are the pears"))

    assert grapes.startswith("本群没有「葡萄」的团购。"), grapes
    assert pears.startswith("There is no group buy of “pears” here."), pears
