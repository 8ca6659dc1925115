"""Round 28 (item 3): with 海南贵妃芒 5斤 #1, 山东大葱 ¥3.5/斤 #2 and 土鸡蛋 ¥15/打 #3 open, `鸡蛋要2打`,
`要2打鸡蛋`, `我要一打土鸡蛋`, `我要一份芒果`, `鸡蛋 +1`, `大葱+3`, `芒果改成1份`,
`我不要芒果了，改成一份` got no reply at all (while `+2打 鸡蛋` joined); in English, with Lychees
¥30/kg open, `I want 2kg of lychees`, `2kg lychees please` and `I want 1.5 kg` too. Said as the whole
message with the product's word, they join (or set her line) as `+2打 鸡蛋` / `改成1份` would on the
group buy the word names, a word naming several being asked which; chatter naming a product with no
amount (`鸡蛋要涨价了`, `芒果改天再说`) stays silent."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _three_open() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 截止 3d")
    await chat.say("amy", "接龙 山东大葱 价格 3.5/斤 截止 3d")
    await chat.say("amy", "接龙 土鸡蛋 价格 15/打 截止 3d")
    return chat


@pytest.mark.parametrize(
    ("typed", "answer", "number"),
    [
        ("鸡蛋要2打", "Fay 跟团：2打 土鸡蛋（#3）。当前 ¥15/打。", 3),
        ("要2打鸡蛋", "Fay 跟团：2打 土鸡蛋（#3）。当前 ¥15/打。", 3),
        ("我要一打土鸡蛋", "Fay 跟团：1打 土鸡蛋（#3）。当前 ¥15/打。", 3),
        ("鸡蛋 +1", "Fay 跟团：1打 土鸡蛋（#3）。当前 ¥15/打。", 3),
        ("我要一份芒果", "Fay 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。", 1),
        ("大葱+3", "Fay 跟团：3斤 山东大葱（#2）。当前 ¥3.50/斤。", 2),
        ("大葱要3斤 谢谢", "Fay 跟团：3斤 山东大葱（#2）。当前 ¥3.50/斤。", 2),
        ("我也要2份芒果", "Fay 跟团：2 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。", 1),
        ("芒果 2份", "Fay 跟团：2 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。", 1),
    ],
)
async def test_a_join_in_a_sentence_joins_the_group_buy_its_product_word_names(
    typed: str, answer: str, number: int
) -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("fay", typed))

    assert said == answer, typed
    assert "Fay" in await chat.card(number)
    on = ["Fay" in await chat.card(other) for other in (1, 2, 3)]
    assert on == [other == number for other in (1, 2, 3)]


async def test_no_whole_number_of_its_unit_in_a_sentence_gets_the_hint() -> None:
    chat = await _three_open()

    said = Chat.said(await chat.say("fay", "鸡蛋要半打"))

    assert said == "土鸡蛋（#3）按打卖，“半打”不是整打数。要 1打 就发 +1 #3。没有任何改动。"
    assert "Fay" not in await chat.card(3)


@pytest.mark.parametrize("typed", ["芒果改成1份", "我不要芒果了，改成一份"])
async def test_a_change_in_a_sentence_sets_the_line_of_the_group_buy_named(typed: str) -> None:
    chat = await _three_open()
    await chat.say("fay", "+2 #1")
    await chat.say("fay", "+1 #3")

    said = Chat.said(await chat.say("fay", typed))

    assert said == "Fay 现在是 1 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。", typed
    assert (await chat.card(1)).endswith("1. Fay ×1")
    assert (await chat.card(3)).endswith("1. Fay 1打")


@pytest.mark.parametrize(
    "typed",
    [
        "鸡蛋要涨价了",
        "我要去买菜",
        "大葱好吃",
        "芒果改天再说",
        "明天要2个",
        "他要3份",
        "芒果还要2份吗",
        "芒果要3个月",
        "芒果好吃+1",
        "I want 2kg of rice",
    ],
)
async def test_chatter_naming_a_product_or_an_amount_stays_silent(typed: str) -> None:
    chat = await _three_open()

    replies = await chat.say("fay", typed)

    assert [reply.text for reply in replies if reply.text] == [], typed
    assert ["Fay" in await chat.card(number) for number in (1, 2, 3)] == [False] * 3


async def test_a_product_word_naming_two_open_group_buys_is_asked_which() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 8 截止 3d")
    await chat.say("amy", "接龙 阿克苏苹果 价格 9 截止 3d")

    said = Chat.said(await chat.say("fay", "苹果要2份"))

    assert said.startswith("这个群里有 2 个团在接龙"), said
    assert "+2 #1" in said and "+2 #2" in said
    assert ["Fay" in await chat.card(number) for number in (1, 2)] == [False] * 2


async def test_a_change_naming_two_products_sets_the_one_she_is_on_else_asks_which() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 8 截止 3d")
    await chat.say("amy", "接龙 阿克苏苹果 价格 9 截止 3d")
    await chat.say("amy", "接龙 芒果 价格 20 截止 3d")
    await chat.say("fay", "+3 #3")

    none_held = Chat.said(await chat.say("fay", "苹果改成1份"))
    await chat.say("fay", "+3 #2")
    one_held = Chat.said(await chat.say("fay", "苹果改成1份"))

    assert none_held.startswith("这个群里有 2 个团在接龙：#1 烟台苹果 · #2 阿克苏苹果。"), none_held
    assert one_held == "Fay 现在是 1 × 阿克苏苹果（#2）。当前 ¥9/份。"
    assert (await chat.card(3)).endswith("1. Fay ×3")
    assert "Fay" not in await chat.card(1)


async def _lychees() -> Chat:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 30/kg ends 3d")
    await chat.say("gina", "/groupbuy Mangoes price 20 ends 3d")
    return chat


@pytest.mark.parametrize("typed", ["I want 2kg of lychees", "2kg lychees please", "I'd like 2 kg of lychees"])
async def test_in_english_an_amount_of_the_product_joins_it(typed: str) -> None:
    chat = await _lychees()

    said = Chat.said(await chat.say("fay", typed))

    assert said == "Fay is in: 2 kg of Lychees (#1). Now ¥30/kg.", typed
    assert "Fay" not in await chat.card(2)


async def test_in_english_a_part_of_a_kg_said_in_words_gets_the_whole_kg_hint() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 30/kg ends 3d")

    said = Chat.said(await chat.say("fay", "I want 1.5 kg"))

    assert said == (
        "Lychees (#1) is sold by the kg: “1.5 kg” is not a whole number of kg. "
        "Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."
    )
    assert "Fay" not in await chat.card(1)


@pytest.mark.parametrize("typed", ["我要一份芒果", "芒果改成1份", "I want 2kg of lychees", "I want 1.5 kg"])
async def test_where_none_is_open_they_stay_talk(typed: str) -> None:
    chat = fake_chat()

    assert [reply.text for reply in await chat.say("fay", typed) if reply.text] == [], typed
