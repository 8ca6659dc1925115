"""Under a per-person limit, `+2 小盒` with 小盒 sold out was told "还有 大盒 可以跟，例如 +2 大盒" by one
holding 1 大盒 of her 2 (the example then refused) and by one holding her 2 already (none to be had). The
other options offered are now those she may still take, the example's count within what is left to her
(found by the review of session 46)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

SOLD_OUT = "抱歉，粽子 小盒 已经卖完了。想候补请发“候补 小盒 1”：空出的数量按排队顺序，补给数量放得下的人。"


async def test_in_chinese_the_example_counts_what_she_holds() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 粽子 规格 小盒:30:1,大盒:50:5 限购 2 截止 明天上午8点")
    await chat.say("a1", "+1 小盒")
    await chat.say("a2", "+1 大盒")
    await chat.say("a3", "+2 大盒")

    one_left = Chat.said(await chat.say("a2", "+2 小盒"))
    at_limit = Chat.said(await chat.say("a3", "+2 小盒"))

    assert one_left == f"A2：{SOLD_OUT}还有 大盒 可以跟，例如 +1 大盒。"
    joined = Chat.said(await chat.say("a2", "+1 大盒"))  # the example joins
    assert joined.startswith("A2 跟团：又加 1 份，现在共 2 × 粽子 大盒（#1）")
    assert at_limit == f"A3：{SOLD_OUT}"


async def test_in_english_a_friends_line_counts_toward_her_limit() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Dumplings options veg:5:1,pork:6:9,beef:7:9 limit 3 ends tomorrow 8:00")
    await chat.say("bob", "+1 veg")
    await chat.say("cat", "+2 pork for mum")
    await chat.say("cat", "+1 pork")

    told = Chat.said(await chat.say("cat", "+3 veg"))

    assert told.endswith("Still to be had: beef, e.g. +3 beef."), told
