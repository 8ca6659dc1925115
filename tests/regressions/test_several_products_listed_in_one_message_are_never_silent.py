"""s25 review, with 芒果 (#1), 大葱 (#2, per 斤), 鸡蛋 (#3, per 打) and 桃子 (#4) open: `鸡蛋 ２打，大葱5斤，
芒果再加一份` (several items, no `+`, a fullwidth digit) was silent, and `要2份桃子、芒果` (、 ， / where 和
is answered) too. Nothing is joined and the member is told the joins to send one by one: three or more
by number (`+2 #3`, `+5 #2`, `+1 #1`). Chatter naming a product stays silent."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _four_open() -> tuple[Chat, list[str]]:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")
    await chat.say("amy", "接龙 大葱 价格 3元/斤")
    await chat.say("amy", "接龙 鸡蛋 价格 15元/打")
    await chat.say("amy", "接龙 桃子 价格 10")
    return chat, [await chat.card(n) for n in range(1, 5)]


async def test_several_sentences_each_naming_a_product_join_nothing_and_say_what_to_send() -> None:
    chat, cards = await _four_open()

    said = chat.said(await chat.say("eve", "鸡蛋 ２打，大葱5斤，芒果再加一份"))
    assert said == "一条消息请只报一样东西，请分开发：“+2 #3”、“+5 #2”、“+1 #1”，一条一条发。没有任何改动。"
    said = chat.said(await chat.say("eve", "鸡蛋2打，大葱5斤"))
    assert said == "一条消息请只报一样东西：先发“+2打 鸡蛋”，再单独发一条“+5斤 大葱”。没有任何改动。"
    assert [await chat.card(n) for n in range(1, 5)] == cards

    assert chat.said(await chat.say("eve", "+2 #3")) == "Eve 跟团：2打 鸡蛋（#3）。当前 ¥15/打。"
    assert chat.said(await chat.say("eve", "+5 #2")) == "Eve 跟团：5斤 大葱（#2）。当前 ¥3/斤。"


async def test_products_listed_with_a_comma_or_a_slash_are_read_as_with_and() -> None:
    chat, cards = await _four_open()
    one_by_one = "一条消息请只报一样东西：先发“+2 桃子”，再单独发一条“+2 芒果”。没有任何改动。"

    for text in ("要2份桃子、芒果", "要2份桃子，芒果", "要2份桃子,芒果", "要2份桃子/芒果", "要2份桃子和芒果"):
        assert chat.said(await chat.say("eve", text)) == one_by_one, text
    assert [await chat.card(n) for n in range(1, 5)] == cards


async def test_chatter_and_a_single_sentence_are_as_before() -> None:
    chat, _ = await _four_open()

    for text in ("鸡蛋要涨价了", "芒果好吃吗", "明天要2个，后天要3个", "鸡蛋涨价了，大葱也是"):
        assert await chat.say("eve", text) == [], text
    assert chat.said(await chat.say("eve", "鸡蛋2打，谢谢")) == "Eve 跟团：2打 鸡蛋（#3）。当前 ¥15/打。"
    assert chat.said(await chat.say("eve", "要2份桃子，谢谢")) == "Eve 跟团：2 × 桃子（#4）。当前 ¥10/份。"


async def test_three_items_in_english_are_each_given_by_number() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Durian price 50")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")

    said = chat.said(await chat.say("eve", "mangoes+1 durian+2 lychees+3"))

    assert said == (
        "One item per message, please: send “+1 #1”, “+2 #2” and “+3 #3”, each as a message of its own. "
        "Nothing was changed."
    )
