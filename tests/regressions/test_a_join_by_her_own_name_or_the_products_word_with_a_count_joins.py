"""`Eve 2份` and `Eve 2` (her own name, then the count: the 接龙 line's habit) joined nothing, with no
reply, while `张阿姨 2份` and `Eve +2` joined; with 芒果 (#1) and 土鸡蛋 (#2) open, `鸡蛋×2`, `鸡蛋x2`,
`芒果 x2` and `老陈 鸡蛋2` did nothing while `鸡蛋+2` and `鸡蛋 2份` joined. Now each joins that many of the
group buy the product's word names (on her own line), as the working forms do, with the same answer and
card line. Words that only look alike stay quiet: another name with a bare count (`小李 2`), a product's
word with a bare number (`芒果 30`, maybe its price), `x2 speed`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _mangoes() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点", name="李姐")
    await chat.say("bob", "+1", name="小王")
    return chat


async def _mangoes_and_eggs() -> Chat:
    chat = await _mangoes()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="李姐")
    return chat


@pytest.mark.parametrize("typed", ["Eve 2份", "Eve 2"])
async def test_her_own_name_then_a_count_joins(typed: str) -> None:
    chat = await _mangoes()

    said = Chat.said(await chat.say("eve", typed))

    assert said == "Eve 跟团：2 × 芒果（#1）。当前 ¥30/份。"
    assert "2. Eve ×2" in await chat.card(1)


@pytest.mark.parametrize("typed", ["鸡蛋×2", "鸡蛋x2"])
async def test_the_products_word_times_a_count_joins_that_one(typed: str) -> None:
    chat = await _mangoes_and_eggs()

    said = Chat.said(await chat.say("eve", typed))

    assert said == "Eve 跟团：2 × 土鸡蛋（#2）。当前 ¥45/份。"
    assert "1. Eve ×2" in await chat.card(2)
    assert "Eve" not in await chat.card(1)


async def test_the_products_word_apart_from_times_a_count_joins_that_one() -> None:
    chat = await _mangoes_and_eggs()

    said = Chat.said(await chat.say("eve", "芒果 x2"))

    assert said == "Eve 跟团：2 × 芒果（#1）。当前 ¥30/份。"
    assert "2. Eve ×2" in await chat.card(1)


@pytest.mark.parametrize("typed", ["老陈 鸡蛋2", "老陈 鸡蛋 2份", "老陈 鸡蛋+2", "老陈 +2 鸡蛋"])
async def test_her_name_the_products_word_and_a_count_join_that_one(typed: str) -> None:
    chat = await _mangoes_and_eggs()

    said = Chat.said(await chat.say("dan", typed, name="老陈"))

    assert said == "老陈 跟团：2 × 土鸡蛋（#2）。当前 ¥45/份。"
    assert "1. 老陈 ×2" in await chat.card(2)


async def test_in_an_english_group_buy_the_answer_is_english() -> None:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "/groupbuy Mangoes price 30")

    said = Chat.said(await chat.say("eve", "Eve 2"))

    assert said == "Eve is in: 2 × Mangoes (#1). Now ¥30 each."
    assert "1. Eve ×2" in await chat.card(1)


@pytest.mark.parametrize("typed", ["小李 2", "芒果 30", "鸡蛋 30", "x2 speed", "小李 鸡蛋 30", "明天 下午3"])
async def test_look_alike_talk_stays_quiet(typed: str) -> None:
    chat = await _mangoes_and_eggs()

    replies = await chat.say("eve", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert "Eve" not in await chat.card(1)
    assert "Eve" not in await chat.card(2)
