"""Review 72 #4: `修改 #4 价格 9 标题 红富士苹果` was refused ("“9 标题 红富士苹果”不是有效的价格…"), nothing
changed, though README says `标题` names a new title whatever it reads as. The title word after a term's
value now starts the new title (up to the next keyword): the price and the title both change, in either
order, in English too."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    "typed",
    ["修改 #1 价格 9 标题 红富士苹果", "修改 #1 标题 红富士苹果 价格 9", "修改 #1 价格 9 标题：红富士苹果"],
)
async def test_the_price_and_the_title_both_change(typed: str) -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 苹果 价格 10")

    said = chat.said(await chat.say("kim", typed))

    assert "不是有效的价格" not in said
    card = await chat.card()
    assert card.splitlines()[0].startswith("🛒 红富士苹果")
    assert "¥9" in card and "¥10" not in card


async def test_a_stock_after_the_title_is_still_a_stock() -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 苹果 价格 10")

    await chat.say("kim", "修改 #1 价格 9 标题 红富士苹果 库存 5")

    card = await chat.card()
    assert card.splitlines()[0].startswith("🛒 红富士苹果")
    assert "¥9" in card and "5" in card


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("kim", "/groupbuy Apples price 10")

    said = chat.said(await chat.say("kim", "/edit #1 price 9 title Fuji apples"))

    assert "not a valid price" not in said
    card = await chat.card()
    assert card.splitlines()[0].startswith("🛒 Fuji apples")
    assert "¥9" in card
