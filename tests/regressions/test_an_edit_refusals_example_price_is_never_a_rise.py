"""Session 18 (black-box review, finding 12): on Lychees ¥15/kg with a buyer, `/edit #8 price 12/斤` was
refused with "¥12/斤 is ¥24 per kg: to change only the price, leave the unit out, e.g. /edit #8 price
¥24", and that command was then refused as a rise; on 奶茶 (大 ¥18 / 小 ¥12) `修改＃10 价格 15` was told
`例如：修改 #10 小 价格 80`, a rise for 小 too. A converted price no lower than the price now is said to be
so (prices only go down), with no command to follow; the options' example takes the price typed, on an
option it lowers. Session 21 (review 22): its units in the reader's words (`¥12/jin`, `每公斤`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_converted_price_above_the_price_now_is_no_example() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 15/kg")
    await chat.say("dan", "+1")

    assert chat.said(await chat.say("gina", "/edit #1 price 12/斤")) == (
        "People have already joined Lychees (#1), counted in the unit it is sold in, so its unit cannot"
        " change now. Nothing was changed. ¥12/jin is ¥24 per kg, no lower than the price now (¥15/kg),"
        " and a price may only go down."
    )
    assert chat.said(await chat.say("gina", "修改 #1 价格 8元/斤")) == (
        "Lychees（#1）已经有人跟团了，大家的数量是按原来的单位算的，现在不能改单位。没有任何改动。"
        "¥8/斤 就是每公斤 ¥16，不比现在的 ¥15/kg 低，而价格只能降，不能涨。"
    )
    lower = chat.said(await chat.say("gina", "/edit #1 price 7/斤"))
    assert lower.endswith(
        "¥7/jin is ¥14 per kg: to change only the price, leave the unit out, e.g. /edit #1 price ¥14"
    )
    assert chat.said(await chat.say("gina", "/edit #1 price ¥14")).startswith(
        "Updated Lychees (#1): price ¥14/kg."
    )


async def test_the_options_example_takes_the_price_typed_on_an_option_it_lowers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12")
    await chat.say("bob", "+1 大")

    assert chat.said(await chat.say("amy", "修改＃1 价格 15")) == (
        "奶茶（#1）有多个规格，改价请写上规格名，例如：修改 #1 大 价格 ¥15。"
        "可选规格：大 ¥18 / 小 ¥12。没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "/edit #1 price 20")) == (
        "奶茶 (#1) has options: name the one whose price changes, e.g. /edit #1 小 price ¥11."
        " The options are: 大 ¥18 / 小 ¥12. Nothing was changed."
    )
    assert chat.said(await chat.say("amy", "修改 #1 大 价格 ¥15")).startswith(
        "已修改 奶茶（#1）：大 价格 ¥15"
    )
