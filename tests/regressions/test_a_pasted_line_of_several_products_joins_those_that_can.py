"""Session 34 (s34-joins 5): a pasted 接龙 line naming several products (`小周 芒果1 鸡蛋2`) where one
refused (鸡蛋 sold out, or 芒果 over its per-person limit) rolled back the whole message: 芒果 was not
joined either, and the answer spoke only of the refusal. The others now join; the answer says what
joined and, for each one refused, which and why (never "nothing was changed" beside a join). All of
them refused is the refusal, nothing joined, as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 限购 3")
        await chat.say("amy", "接龙 土鸡蛋 价格 15 库存 2")
    else:
        await chat.say("amy", "/open Mangoes price 88 limit 3")
        await chat.say("amy", "/open Eggs price 15 stock 2")
    return chat


async def test_one_sold_out_the_other_still_joins() -> None:
    chat = await _two_open()
    await chat.say("xiaoli", "+2 #2", name="小李")

    said = chat.said(await chat.say("zhou", "接龙\n1. 小李 鸡蛋2\n2. 小周 芒果1 鸡蛋2", name="小周"))

    assert said == (
        "小周 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。\n"
        "土鸡蛋（#2）没有加上：抱歉，土鸡蛋 已经卖完了。想候补请发“候补 #2 2”："
        "空出的数量按排队顺序，补给数量放得下的人。"
    )
    assert "小周 ×1" in await chat.card(1)
    assert "小周" not in await chat.card(2)


async def test_one_over_its_limit_the_other_still_joins() -> None:
    chat = await _two_open()

    said = chat.said(await chat.say("zhou", "接龙\n1. 小李 鸡蛋2\n2. 小周 芒果5 鸡蛋1", name="小周"))

    assert said == (
        "小周 跟团：1 × 土鸡蛋（#2）。当前 ¥15/份。\n"
        "海南贵妃芒 5斤（#1）没有加上：抱歉，海南贵妃芒 5斤 每人限购 3 份，最多发 +3。"
    )
    assert "小周" not in await chat.card(1)
    assert "小周 ×1" in await chat.card(2)


async def test_in_english_too() -> None:
    chat = await _two_open("en")
    await chat.say("lee", "+2 #2", name="Lee")

    said = chat.said(await chat.say("zhou", "1. Lee Eggs2\n2. Zhou Mangoes1 Eggs1", name="Zhou"))

    assert said == (
        "Zhou is in: 1 × Mangoes (#1). Now ¥88 each.\n"
        "Eggs (#2) was not added: Sorry, Eggs is sold out. To wait for it, send /waitlist #2 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    )
    assert "Zhou ×1" in await chat.card(1)


async def test_every_one_refused_is_the_refusal_nothing_joined() -> None:
    chat = await _two_open()
    await chat.say("xiaoli", "+2 #2", name="小李")
    before = await chat.cards_up_to(2)

    said = chat.said(await chat.say("zhou", "接龙\n1. 小李 鸡蛋2\n2. 小周 芒果5 鸡蛋1", name="小周"))

    assert said == (  # rep92 #1: each refused one is said with its why, no longer the first alone
        "海南贵妃芒 5斤（#1）没有加上：抱歉，海南贵妃芒 5斤 每人限购 3 份，最多发 +3。\n"
        "土鸡蛋（#2）没有加上：抱歉，土鸡蛋 已经卖完了。想候补请发“候补 #2 1”："
        "空出的数量按排队顺序，补给数量放得下的人。\n"
        "没有任何改动。"
    )
    assert await chat.cards_up_to(2) == before
