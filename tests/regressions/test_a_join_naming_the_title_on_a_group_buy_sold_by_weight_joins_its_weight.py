"""s25 review: `+2 Lychees` (the card's title, copied) on Lychees ¥12/jin was refused as `+2 lychees` is
("2 lychees is not a quantity of it"). The title as the card writes it names the group buy, not the goods
counted: it joins 2 jin, while `+2 lychees` and `I want 2 lychees` are still refused."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

REFUSED = (
    "Lychees (#1) is sold by the jin, so “2 lychees” is not a quantity of it. Send how many jin you "
    "want, e.g. +2 for 2 jin. Nothing was changed."
)


async def test_the_title_after_a_count_joins_that_many_of_its_unit() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")

    assert chat.said(await chat.say("eve", "+2 Lychees")) == "Eve is in: 2 jin of Lychees (#1). Now ¥12/jin."
    said = chat.said(await chat.say("cat", "+2 #1 Lychees"))
    assert said == "Cat is in: 2 jin of Lychees (#1). Now ¥12/jin."
    assert chat.said(await chat.say("dan", "+2 lychees")) == REFUSED
    assert chat.said(await chat.say("dan", "I want 2 lychees")) == REFUSED
    assert (await chat.card(1)).endswith("\n\n1. Eve 2 jin\n2. Cat 2 jin")


async def test_the_title_in_a_chinese_chat() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 Lychees 价格 12元/斤")

    said = chat.said(await chat.say("eve", "+2 Lychees"))

    assert said == "Eve 跟团：2斤 Lychees（#1）。当前 ¥12/斤。"
