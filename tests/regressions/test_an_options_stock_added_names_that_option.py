"""On 粽子 with options (小盒 unlimited, 大盒 5 in stock), `加库存 #1 5` suggested `修改 #1 小盒 库存 5`,
which put a stock of 5 on 小盒 and left 大盒 as it was; `加库存 #1 大盒 5` and `#1 大盒 加库存 5` got no
answer, `大盒加库存 5` was told there is no 大盒 (found playing the organiser's edits). An option named
raises that option's stock; none named, the example is an option with a stock of its own."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_an_option_named_anywhere_gets_its_stock_raised() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 粽子 规格 小盒:38,大盒:68:5 截止 明天晚上8点")
    await chat.say("bob", "+2 大盒")

    which = Chat.said(await chat.say("lao", "加库存 #1 5"))
    after = Chat.said(await chat.say("lao", "加库存 #1 大盒 5"))
    before = Chat.said(await chat.say("lao", "大盒加库存 5"))
    unlimited = Chat.said(await chat.say("lao", "小盒加库存 5"))

    assert which == "粽子（#1）每个规格有自己的库存，没有任何改动。请按规格改，例如 修改 #1 大盒 库存 10"
    assert after == "已修改 粽子（#1）：大盒 库存 10。\n库存：5 → 10（加了 5）"
    assert before == "已修改 粽子（#1）：大盒 库存 15。\n库存：10 → 15（加了 5）"
    assert unlimited == "粽子 小盒（#1）没有设库存（不限量），没有任何改动。要设库存就发 修改 #1 小盒 库存 5"
    assert await chat.say("bob", "大盒加库存 5") == []  # a buyer's words: talk
