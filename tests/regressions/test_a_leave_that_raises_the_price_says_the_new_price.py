"""Session 26 (rep37 finding 4): with a flash buy at 24, five `-1 #5` each answered only
"Q1 退出了 阳光玫瑰 2斤装（#5）。" while the leaves dropped it below the 20 tier and everyone's
price went from ¥50 back to ¥58 (the close charged all 19 buyers ¥58). A leave that raises the
price now says so, with what brings it back; one that leaves the price as it was says nothing of it.
s49: it counts units, so it says 总数降到 19 份, not 人数 (people)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _at_twenty(lang: str, opening: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+10", name="Bob")
    await chat.say("cat", "+9", name="Cat")
    await chat.say("dan", "+1", name="Dan")
    return chat


async def test_in_chinese_a_leave_below_a_tier_says_the_price_went_back() -> None:
    chat = await _at_twenty("zh", "接龙 阳光玫瑰 价格 68 阶梯 10:58,20:50 库存 25 截止 3d")

    said = chat.said(await chat.say("dan", "-1 #1", name="Dan"))

    assert said == "Dan 退出了 阳光玫瑰（#1）。总数降到 19 份，价格回到 ¥58/份，再 1 份就回到 ¥50。"


async def test_in_chinese_a_lowered_line_below_a_tier_says_the_price_went_back() -> None:
    chat = await _at_twenty("zh", "接龙 阳光玫瑰 价格 68 阶梯 10:58,20:50 库存 25 截止 3d")

    said = chat.said(await chat.say("bob", "-2", name="Bob"))

    assert said == "Bob 现在是 8 × 阳光玫瑰（#1）。总数降到 18 份，价格回到 ¥58/份，再 2 份就回到 ¥50。"


async def test_in_english_a_leave_below_a_tier_says_the_price_went_back() -> None:
    chat = await _at_twenty("en", "/groupbuy Grapes price 68 tiers 10:58,20:50 stock 25 ends 3d")

    said = chat.said(await chat.say("dan", "-1", name="Dan"))

    assert said == (
        "Dan left Grapes (#1). Down to 19 units, so the price is back to ¥58 each — 1 more brings back ¥50."
    )


async def test_a_leave_that_keeps_the_price_says_nothing_of_it() -> None:
    chat = await _at_twenty("zh", "接龙 阳光玫瑰 价格 68 阶梯 10:58,20:50 库存 25 截止 3d")
    await chat.say("eve", "+1", name="Eve")

    said = chat.said(await chat.say("eve", "-1", name="Eve"))

    assert said == "Eve 退出了 阳光玫瑰（#1）。"
