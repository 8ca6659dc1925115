"""s25 review, with 芒果 (#1), 大葱 (#2) and 鸡蛋 (#3) open: `+1 #1 鸡旦` (a typo of 鸡蛋) joined 芒果
with the note 鸡旦, the eggs she meant never ordered. A note that is only another open group buy's
title, or a typo of one, joins nothing and asks which is meant, both joins given; a typo of the named
one's own title (`+1 #3 鸡旦`) joins it, the note kept as typed (in Latin letters, `+1 #2 lichees`, it
names it: no note, rep39 #8). Notes with numbers, names and labelled notes stay notes."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _three_open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")
    await chat.say("amy", "接龙 大葱 价格 3元/斤")
    await chat.say("amy", "接龙 鸡蛋 价格 15元/打")
    return chat


async def test_a_typo_of_another_title_as_the_note_asks_which_is_meant() -> None:
    chat = await _three_open()
    cards = [await chat.card(n) for n in (1, 2, 3)]

    said = chat.said(await chat.say("eve", "+1 #1 鸡旦"))
    assert (
        said
        == "你写的是 #1 芒果，备注“鸡旦”像是 鸡蛋（#3）。要芒果就发 +1 #1，要鸡蛋就发 +1 #3。没有任何改动。"
    )
    said = chat.said(await chat.say("eve", "+2 #2 鸡旦 帮 小王"))
    assert said == (
        "你写的是 #2 大葱，备注“鸡旦”像是 鸡蛋（#3）。"
        "要大葱就发 +2 #2 帮 小王，要鸡蛋就发 +2 #3 帮 小王。没有任何改动。"
    )
    assert [await chat.card(n) for n in (1, 2, 3)] == cards


async def test_a_typo_of_its_own_title_joins_it_with_the_note_kept() -> None:
    chat = await _three_open()

    assert (
        chat.said(await chat.say("eve", "+1 #3 鸡旦"))
        == "Eve 跟团：1打 鸡蛋（#3）。备注：鸡旦。当前 ¥15/打。"
    )


async def test_real_notes_stay_notes() -> None:
    chat = await _three_open()

    for user, text, note in (
        ("eve", "+1 #1 3号楼", "3号楼"),
        ("cat", "+1 #1 302室", "302室"),
        ("dan", "+1 #1 下午3点取", "下午3点取"),
        ("bob", "+1 #1 小王", "小王"),
        ("amy", "+1 #1 备注 鸡旦", "鸡旦"),
    ):
        said = chat.said(await chat.say(user, text))
        assert said.endswith(f"芒果（#1）。备注：{note}。当前 ¥20/份。"), text


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")

    said = chat.said(await chat.say("eve", "+2 #1 lichees"))
    assert said == (
        "You wrote #1 Mangoes with the note “lichees”, which reads like Lychees (#2). For Mangoes, send "
        "+2 #1; for Lychees, send +2 #2. Nothing was changed."
    )
    assert (  # its own title mistyped in Latin letters names it: no note (rep39 #8)
        chat.said(await chat.say("eve", "+1 #2 lichees")) == "Eve is in: 1 jin of Lychees (#2). Now ¥12/jin."
    )
    assert (
        chat.said(await chat.say("cat", "+1 #1 Tom"))
        == "Cat is in: 1 × Mangoes (#1). Note: Tom. Now ¥20 each."
    )
