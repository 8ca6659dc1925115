"""Replay s21 (finding A): a price starting with a comma lost it and was taken 100 times over:
`/groupbuy Kiwi price ,50/kg` opened Kiwi at ¥50/kg, `/edit #1 price ,75` changed it to ¥75, `价格 ，5` set
¥5. After a space, a comma before digits is a decimal written with a comma: refused as `2,50` is, with the
price as meant (`price 0.50/kg`), nothing opened or changed. A comma right after the keyword (`价格，50元`) is
still a separator, as ever."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_leading_comma_is_refused_with_the_price_as_meant() -> None:
    chat = fake_chat()
    en = Chat.said(await chat.say("amy", "/groupbuy Kiwi price ,50/kg target 2"))
    zh = Chat.said(await chat.say("amy", "接龙 猕猴桃 价格 ，5元/斤"))
    listed = Chat.said(await chat.say("amy", "/list"))

    assert en == (
        "In a price a comma only separates thousands, as in 1,200 (you wrote “,50/kg”)."
        " For a decimal write a point: price 0.50/kg"
    )
    assert zh == "价格里的逗号只用来分隔千位，例如 1,200（你写的是“,5元/斤”）。小数请用小数点：价格 0.5元/斤"
    assert "Kiwi" not in listed and "猕猴桃" not in listed


async def test_an_edit_with_a_leading_comma_changes_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kiwi price 50/kg target 2")
    await chat.say("bob", "+1")

    edit = Chat.said(await chat.say("amy", "/edit #1 price ,45"))

    assert edit.endswith("For a decimal write a point: price 0.45"), edit
    assert "Price: ¥50/kg" in await chat.card()


async def test_a_comma_right_after_the_keyword_still_separates() -> None:
    chat = fake_chat()

    opened = Chat.said(await chat.say("amy", "接龙 猕猴桃 价格，50元 成团 2"))

    assert opened.startswith("团购 #1 开团了：猕猴桃，¥50/份。"), opened
