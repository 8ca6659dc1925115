"""Replay s22 (task A1): on a group buy sold by the dozen, `+6 eggs` was answered in dozens, but
`/add Granny 6 eggs` added 6 dozen with a note "eggs", `/join #1 6 eggs` joined 1 dozen with a note
"6 eggs", and `代报 王阿姨 6枚` (6颗) made a guest called "王阿姨 6枚" with 1 dozen. Each is now answered as
`+6 eggs` is, in the add's form when it is an add, and nothing changes; `/join 1 eggs` is still 1 dozen."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_english_adds_and_numbered_joins_of_eggs_are_said_in_dozens() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")

    added = Chat.said(await chat.say("amy", "/add Granny 6 eggs"))
    joined = Chat.said(await chat.say("dan", "/join #1 6 eggs"))
    eighteen = Chat.said(await chat.say("amy", "/add Granny 18 eggs"))

    assert added == (
        "Eggs (#1) is sold by the dozen (12 pieces): “6 eggs” is half a dozen. "
        "Send /add #1 Granny 1 for 1 dozen (12 pieces). Nothing was changed."
    ), added
    assert joined == (
        "Eggs (#1) is sold by the dozen (12 pieces): “6 eggs” is half a dozen. "
        "Send +1 #1 for 1 dozen (12 pieces). Nothing was changed."
    ), joined
    assert "/add #1 Granny 1" in eighteen and "/add #1 Granny 2" in eighteen, eighteen
    card = await chat.card()
    assert "Granny" not in card and "Dan" not in card, card

    one = Chat.said(await chat.say("bob", "/join 1 eggs"))
    assert one == "Bob is in: 1 dozen of Eggs (#1). Now ¥12/dozen.", one


async def test_chinese_adds_of_mei_ke_and_eggs_are_said_in_dozens() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 12/打")

    mei = Chat.said(await chat.say("amy", "代报 王阿姨 6枚"))
    ke = Chat.said(await chat.say("amy", "代报 王阿姨 6颗"))
    eggs = Chat.said(await chat.say("amy", "代报 王阿姨 6 eggs"))
    joined = Chat.said(await chat.say("dan", "跟团 #1 6枚"))

    half = "土鸡蛋（#1）按打卖（一打 12 个），“6枚”是半打。要 1打（12 个）就发 "
    assert mei == half + "代报 #1 王阿姨 1。没有任何改动。", mei
    assert ke == mei.replace("6枚", "6颗"), ke
    assert eggs == mei.replace("6枚", "6 eggs"), eggs
    assert joined == half + "+1 #1。没有任何改动。", joined
    card = await chat.card()
    assert "王阿姨" not in card and "Dan" not in card, card


async def test_mei_on_a_group_buy_sold_by_the_portion_is_refused_not_a_name() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 3")

    said = Chat.said(await chat.say("amy", "代报 王阿姨 6枚"))

    assert said.startswith("苹果（#1）按份卖，“6枚”不是它的数量。"), said
    assert "代报 #1 王阿姨 6" in said, said
    assert "王阿姨" not in await chat.card()
