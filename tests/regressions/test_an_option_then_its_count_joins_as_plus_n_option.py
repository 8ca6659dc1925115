"""Session 42 (rep102 #5): "option then count" joined only with two options whose names were long
enough (`豆沙 2 咸蛋黄 3`). `豆沙 2`, one-character options (`菜 2 肉 3`), English ones (`veg 2 pork 3`), the
count first (`2 small 1 large`, `2个菜 3个肉`) and `豆沙x2` got no reply and joined nothing. Each now joins
as `+N option` does, only where the words are the options of the group buy open here (else talk, as
before); two in one message stay all or nothing."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat


async def _zh(opening: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", opening)
    return chat


@pytest.mark.parametrize("typed", ["豆沙 2", "豆沙2", "豆沙x2", "豆沙 ×2", "2 豆沙", "豆沙 2 谢谢"])
async def test_one_option_then_its_count_joins_it(typed: str) -> None:
    chat = await _zh("接龙 月饼 规格 豆沙:8,咸蛋黄:9 限购 6")

    reply = chat.said(await chat.say("kay", typed))

    assert reply == "Kay 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥8/份。"
    assert "1. Kay 豆沙 ×2" in await chat.card()


@pytest.mark.parametrize("typed", ["菜 2 肉 3", "菜2 肉3", "2个菜 3个肉", "菜2个 肉3个"])
async def test_one_character_options_each_with_its_count_join_both(typed: str) -> None:
    chat = await _zh("接龙 包子 规格 菜:3,肉:4")

    reply = chat.said(await chat.say("kay", typed))

    assert reply == (
        "Kay 跟团：2 × 包子 菜（#1）。菜 现价 ¥3/份。\nKay 跟团：3 × 包子 肉（#1）。肉 现价 ¥4/份。"
    )
    card = await chat.card()
    assert "1. Kay 菜 ×2" in card and "2. Kay 肉 ×3" in card, card


async def test_three_options_each_with_its_count_join_all_never_a_note() -> None:
    chat = await _zh("接龙 月饼 规格 豆沙:8,咸蛋黄:9,莲蓉:7")

    reply = chat.said(await chat.say("kay", "豆沙 2 咸蛋黄 1 莲蓉 1"))

    assert "备注" not in reply and reply.count("Kay 跟团") == 3, reply
    card = await chat.card()
    assert "Kay 豆沙 ×2" in card and "Kay 咸蛋黄 ×1" in card and "Kay 莲蓉 ×1" in card, card


@pytest.mark.parametrize(
    "typed", ["veg 2 pork 3", "2 veg 3 pork", "2 veg and 3 pork", "veg 2, pork 3 please"]
)
async def test_english_options_each_with_its_count_join_both(typed: str) -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Buns options veg:3,pork:4")

    reply = chat.said(await chat.say("kay", typed))

    assert reply == (
        "Kay is in: 2 × Buns veg (#1). Veg: now ¥3 each.\nKay is in: 3 × Buns pork (#1). Pork: now ¥4 each."
    )


@pytest.mark.parametrize("typed", ["veg 2", "veg x2"])
async def test_one_english_option_then_its_count_joins_it(typed: str) -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Buns options veg:3,pork:4")

    reply = chat.said(await chat.say("kay", typed))

    assert reply == "Kay is in: 2 × Buns veg (#1). Veg: now ¥3 each."


@pytest.mark.parametrize("typed", ["2 small 1 large", "small 2 large 1"])
async def test_count_first_with_one_sold_out_joins_neither_and_says_why(typed: str) -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Tea options small:3,large:4:1")
    await chat.say("bob", "+1 large")

    reply = chat.said(await chat.say("kay", typed))

    assert reply.startswith("Tea large (#1) was not added: Sorry, Tea large is sold out."), reply
    assert "none of it was added" in reply, reply
    assert "Kay" not in await chat.card()


@pytest.mark.parametrize(
    "typed", ["小李 2", "明天 2", "楼下 3", "3号楼 2", "等 2 天", "名单 2", "small 2", "豆 2"]
)
async def test_words_that_are_no_option_here_stay_talk(typed: str) -> None:
    chat = await _zh("接龙 月饼 规格 豆沙:8,咸蛋黄:9")
    before = await chat.card()

    replies = await chat.say("kay", typed)

    assert not [r for r in replies if r.text and "跟团" in r.text], replies
    assert await chat.card() == before


async def test_an_option_word_where_no_group_buy_has_options_stays_talk() -> None:
    chat = await _zh("接龙 芒果 价格 10")

    assert await chat.say("kay", "豆沙 2") == []
    assert "Kay" not in await chat.card()
