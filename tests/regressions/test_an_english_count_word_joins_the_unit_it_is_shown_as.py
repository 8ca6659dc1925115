"""Session 21: an English chat reads a group buy priced per 盒 as sold "by the box" and one per 件 "by the
piece" (handlers.texts.units.said), yet `+2 boxes` and `+2 pieces` there were refused: "sold by the box, so
“2 boxes” is not a quantity of it", since the English words counted only 箱 and 个. An English word now
counts every Chinese unit English says by it (commerce.domain.units.same_unit); a Chinese word stays its
own unit (`+2箱` on a per-盒 group buy is still refused)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_two_boxes_join_a_group_buy_sold_per_box_of_tea() -> None:
    chat = fake_chat(default_language="en")
    opened = chat.said(await chat.say("amy", "/groupbuy Tea price 30/盒"))

    joined = chat.said(await chat.say("bob", "+2 boxes"))

    assert opened.startswith("Group buy #1 is open: Tea at ¥30/box."), opened
    assert joined == "Bob is in: 2 boxes of Tea (#1). Now ¥30/box."


async def test_pieces_join_a_group_buy_sold_per_jian() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Shirts price 50/件")

    joined = chat.said(await chat.say("bob", "+3 pieces"))

    assert joined == "Bob is in: 3 pieces of Shirts (#1). Now ¥50/piece."


async def test_a_chinese_unit_word_stays_its_own_unit() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 茶叶 价格 30/盒")

    refused = chat.said(await chat.say("bob", "+2箱"))

    assert "按盒卖" in refused, refused
    assert "茶叶" in await chat.card()
    assert "Bob" not in await chat.card()
