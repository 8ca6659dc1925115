"""rep30 leftover: with 桃子 and 芒果 open, `要2份桃子和芒果`, `2份桃子和芒果` and `桃子和芒果各要2份`
joined 2 of 桃子 and dropped the mango without a word. A sentence naming two open group buys joins
nothing and is answered with the two messages to send, one by one, as `+1 芒果 +2 大葱` is; a title
with 和 in it (和田枣) is one product, and a sentence naming one still joins."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

ONE_BY_ONE = "一条消息请只报一样东西：先发“+2 桃子”，再单独发一条“+2 芒果”。没有任何改动。"


async def test_two_products_in_one_sentence_join_nothing_and_say_how_to_send_them() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 桃子 价格 10")
    await chat.say("amy", "接龙 芒果 价格 20")
    cards = [await chat.card(1), await chat.card(2)]

    for text in ("要2份桃子和芒果", "2份桃子和芒果", "桃子和芒果各要2份"):
        assert chat.said(await chat.say("eve", text)) == ONE_BY_ONE, text
    assert [await chat.card(1), await chat.card(2)] == cards  # nothing joined

    assert chat.said(await chat.say("eve", "+2 桃子")) == "Eve 跟团：2 × 桃子（#1）。当前 ¥10/份。"
    assert chat.said(await chat.say("eve", "+2 芒果")) == "Eve 跟团：2 × 芒果（#2）。当前 ¥20/份。"


async def test_a_title_with_and_in_it_is_one_product() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 和田枣 价格 30")
    await chat.say("amy", "接龙 芒果 价格 20")

    said = chat.said(await chat.say("eve", "要2份和田枣"))

    assert said == "Eve 跟团：2 × 和田枣（#1）。当前 ¥30/份。"
