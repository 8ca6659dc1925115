"""Round 28 (item 17): `接龙 土鸡蛋 价格 15 单位 打` was refused as "“15 单位 打”不是有效的价格…"
with examples that have no unit at all (`价格 88`), so the organiser never learnt how to sell by the
dozen. A price with its unit named apart (`单位 打`, `unit dozen`) is now told the form to send,
`价格 15/打`, nothing opened; sent, that form opens the group buy sold by the 打."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_the_unit_apart_is_told_as_price_slash_unit() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 土鸡蛋 价格 15 单位 打"))
    opened = Chat.said(await chat.say("amy", "接龙 土鸡蛋 价格 15/打"))

    assert said == "价格“15 单位 打”：单位请用斜杠写在金额后面。请这样写：价格 15/打"
    assert opened.startswith("团购 #1 开团了：土鸡蛋，¥15/打。"), opened


async def test_in_english_the_unit_apart_is_told_as_price_slash_unit() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "/groupbuy Eggs price 15 unit dozen"))
    await chat.say("amy", "/groupbuy Eggs price 15/dozen")

    assert said == (
        "The price “15 unit dozen”: write its unit after the amount with a slash. "
        "Write it like: price 15/dozen"
    )
    assert "Eggs" in await chat.card(1)


async def test_a_word_that_is_no_unit_is_refused_as_before() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 土鸡蛋 价格 15 单位 abc"))

    assert said.startswith("“15 单位 abc”不是有效的价格"), said
