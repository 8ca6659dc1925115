"""A group buy with options (small ¥20, large ¥30): a member's `how much?` / `多少钱` got every option's
price, but `how much is large?`, `how much is the large one?`, `大的多少钱`, `大号多少钱` (an option named in
the price question) got no answer at all, and `大多少钱` every option's. Now a price question naming an
option, however it is said (`large`, `the large one`, `大的`, `大号`, `大份`), is answered with that option's
price alone (`Pizza (#1): Large ¥30 each.`, `披萨（#1）：大 ¥30/份。`); one naming a size it does not sell
(`how much is medium?`, `中的多少钱`) is answered as `how much?` is, every option's price, so she reads the
options there are; one naming nothing sold here (`how much is the parking?`, `停车多少钱`) stays talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

_LARGE_EN = "Pizza (#1): Large ¥30 each."
_EVERY_EN = "Pizza (#1): Small ¥20 each, large ¥30 each."
_LARGE_ZH = "披萨（#1）：大 ¥30/份。"
_EVERY_ZH = "披萨（#1）：小 ¥20/份，大 ¥30/份。"


async def _english() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Pizza options small:20:5,large:30:5", private=False)
    return chat


async def _chinese() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 披萨 规格 小:20:5,大:30:5", private=False)
    return chat


@pytest.mark.parametrize(
    "asked",
    ["how much is large?", "how much is the large one?", "how much for the large?", "large how much?"],
)
async def test_an_option_named_in_english_is_answered_with_its_price(asked: str) -> None:
    chat = await _english()

    assert Chat.said(await chat.say("dan", asked, private=False)) == _LARGE_EN


@pytest.mark.parametrize("asked", ["大的多少钱", "大号多少钱", "大多少钱", "大份多少钱", "请问大的多少钱"])
async def test_an_option_named_in_chinese_is_answered_with_its_price(asked: str) -> None:
    chat = await _chinese()

    assert Chat.said(await chat.say("dan", asked, private=False)) == _LARGE_ZH


async def test_the_option_is_named_beside_another_group_buy_open_too() -> None:
    chat = await _english()
    await chat.say("amy", "/groupbuy Mangoes price 12", private=False)

    assert Chat.said(await chat.say("dan", "how much is the large one?", private=False)) == _LARGE_EN
    assert Chat.said(await chat.say("dan", "/ask how much is large?", private=False)) == _LARGE_EN


async def test_a_size_not_sold_is_answered_with_every_options_price() -> None:
    english, chinese = await _english(), await _chinese()

    assert Chat.said(await english.say("dan", "how much?", private=False)) == _EVERY_EN
    assert Chat.said(await english.say("dan", "how much is medium?", private=False)) == _EVERY_EN
    assert Chat.said(await chinese.say("dan", "多少钱", private=False)) == _EVERY_ZH
    assert Chat.said(await chinese.say("dan", "中的多少钱", private=False)) == _EVERY_ZH


async def test_a_price_of_something_not_sold_here_stays_talk() -> None:
    english, chinese = await _english(), await _chinese()

    assert await english.say("dan", "how much is the parking?", private=False) == []
    assert await chinese.say("dan", "停车多少钱", private=False) == []
