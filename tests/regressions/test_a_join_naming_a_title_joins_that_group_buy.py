"""`+1 砂糖橘` with 葡萄 #1 and 砂糖橘 #2 open was answered "2 group buys are open here, say which with
its number". A word that names exactly one open group buy's title (the title, a word of it, or inside
it: 粽子 in 端午粽子) joins that one, the word no note."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_title_word_joins_its_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 葡萄 价格 30 截止 3d")
    await chat.say("amy", "接龙 砂糖橘 价格 20 截止 3d")

    said = chat.said(await chat.say("fay", "+1 砂糖橘"))

    assert said == "Fay 跟团：1 × 砂糖橘（#2）。当前 ¥20/份。"
    assert "Fay" in await chat.card(2) and "Fay" not in await chat.card(1)


async def test_a_word_inside_the_title_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 价格 30 截止 3d")
    await chat.say("bob", "接龙 端午粽子 价格 10 截止 3d")

    said = chat.said(await chat.say("fay", "+2 粽子"))

    assert said == "Fay 跟团：2 × 端午粽子（#2）。当前 ¥10/份。"


async def test_in_english_the_title_word_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Grapes price 30 ends 3d")
    await chat.say("amy", "/groupbuy Mangoes 5kg price 88 ends 3d")

    said = chat.said(await chat.say("fay", "+1 mangoes"))

    assert said == "Fay is in: 1 × Mangoes 5kg (#2). Now ¥88 each."
