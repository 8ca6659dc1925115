"""`I want 2 lychees` on Lychees sold by the jin joined Eve for 2 jin: two lychees are no two jin. A number of
the goods themselves said in English on a group buy sold by weight is answered with how it is sold and
the form to send, nothing joined; `我要2个荔枝` is answered so too; `I want 2`, `I want 2 jin`, `+2 荔枝`
still join."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

EN = (
    "Lychees (#1) is sold by the jin, so “2 lychees” is not a quantity of it. Send how many jin you want, "
    "e.g. +2 for 2 jin. Nothing was changed."
)


async def test_two_lychees_said_in_english_are_not_two_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 20/jin")
    card = await chat.card(1)

    assert chat.said(await chat.say("eve", "I want 2 lychees")) == EN
    assert chat.said(await chat.say("eve", "+2 lychees")) == EN
    added = chat.said(await chat.say("amy", "/add Wang 2 lychees"))
    assert added == EN.replace("e.g. +2", "e.g. /add #1 Wang 2")
    assert await chat.card(1) == card  # nothing joined

    assert chat.said(await chat.say("bob", "I want 2")) == "Bob is in: 2 jin of Lychees (#1). Now ¥20/jin."
    cat = chat.said(await chat.say("cat", "I want 2 jin"))
    assert cat == "Cat is in: 2 jin of Lychees (#1). Now ¥20/jin."
    assert "Taken: 4 jin" in await chat.card(1)


async def test_two_lychees_said_in_chinese_are_not_two_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 荔枝 价格 20/斤")
    card = await chat.card(1)

    refused = chat.said(await chat.say("eve", "我要2个荔枝"))

    assert refused == "荔枝（#1）按斤卖，“2个”不是它的数量。要几斤就发 +几，例如 +2（2斤）。没有任何改动。"
    assert await chat.card(1) == card
    assert chat.said(await chat.say("bob", "我要2")) == "Bob 跟团：2斤 荔枝（#1）。当前 ¥20/斤。"
    assert chat.said(await chat.say("cat", "+2 荔枝")) == "Cat 跟团：2斤 荔枝（#1）。当前 ¥20/斤。"


async def test_a_mass_word_after_the_number_is_still_its_weight() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Rice price 6/kg")

    eve = chat.said(await chat.say("eve", "+2 rice"))
    assert eve == "Eve is in: 2 kg of Rice (#1). Now ¥6/kg."


async def test_lychees_sold_each_are_still_counted() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 20")

    eve = chat.said(await chat.say("eve", "I want 2 lychees"))
    assert eve == "Eve is in: 2 × Lychees (#1). Now ¥20 each."
