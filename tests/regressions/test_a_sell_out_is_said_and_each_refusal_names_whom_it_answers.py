"""Session 26 (rep37 finding 7): the join that took the last unit of a flash buy said only "当前 ¥50/份", and
the sold-out refusals that followed ("抱歉，阳光玫瑰 2斤装 已经卖完了…" four times in a row) named nobody:
in a busy group nobody could tell whose `+1` each answered. The last join now says `🈵 已售罄！`, and each
sold-out refusal in a group starts with the name of the member it answers, as join answers do."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_the_last_unit_says_sold_out_and_refusals_name_each_member() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 库存 3 截止 3d")
    await chat.say("bob", "+2", name="Bob")

    last = chat.said(await chat.say("cat", "+1", name="Cat"))
    abe = chat.said(await chat.say("abe", "+1", name="Abe"))
    eve = chat.said(await chat.say("eve", "+2 #1", name="Eve"))

    assert last == "Cat 跟团：1 × 阳光玫瑰（#1）。当前 ¥68/份。🈵 已售罄！"
    assert abe.startswith("Abe：抱歉，阳光玫瑰 已经卖完了。想候补请发“候补 1”")
    assert eve.startswith("Eve：抱歉，阳光玫瑰 已经卖完了。想候补请发“候补 #1 2”")


async def test_in_english_the_last_unit_says_sold_out_and_a_refusal_names_the_member() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Grapes price 68 stock 2 ends 3d")
    await chat.say("bob", "+1", name="Bob")

    last = chat.said(await chat.say("cat", "+1", name="Cat"))
    abe = chat.said(await chat.say("abe", "+1", name="Abe"))

    assert last == "Cat is in: 1 × Grapes (#1). Now ¥68 each. 🈵 Sold out!"
    assert abe.startswith("Abe: Sorry, Grapes is sold out.")


async def test_a_join_that_leaves_stock_says_nothing_of_selling_out() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 库存 3 截止 3d")

    said = chat.said(await chat.say("bob", "+2", name="Bob"))

    assert "售罄" not in said


async def test_the_last_unit_of_an_option_says_that_option_sold_out() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 规格 3斤:58:1,5斤:88 截止 3d")

    said = chat.said(await chat.say("bob", "+1 3斤", name="Bob"))

    assert said.endswith("🈵 3斤 已售罄！")
