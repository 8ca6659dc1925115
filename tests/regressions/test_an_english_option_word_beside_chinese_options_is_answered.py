"""s31 (optwords #1): `Vanilla +1 for Tom`, `vanilla +1` in a group whose open buy names its options in
Chinese only (香草, 巧克力) got no reply at all, so she may think Tom is in. Now the English word is
tried as an option: she is told the options there are and how to join, nothing joined; chatter words
(`hello +1`), a product's word and a name as a 接龙 line types it (`Tom +1`) are read as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 冰淇淋 规格 香草:10,巧克力:12 成团 5"


async def opened() -> Chat:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    return chat


@pytest.mark.parametrize("typed", ["Vanilla +1 for Tom", "vanilla +2 for Tom"])
async def test_an_option_in_english_for_a_friend_is_told_the_options(typed: str) -> None:
    chat = await opened()
    before = await chat.card(1)

    said = Chat.said(await chat.say("eve", typed))

    assert said == (
        f"冰淇淋 (#1) has no option “{typed.split()[0]}”; its options: 香草 ¥10 / 巧克力 ¥12."
        f" Send one with your join, e.g. +{typed.split()[1][1]} for Tom 香草. Nothing was changed."
    )
    assert await chat.card(1) == before


async def test_an_option_in_english_alone_is_told_the_options() -> None:
    chat = await opened()
    before = await chat.card(1)

    said = Chat.said(await chat.say("eve", "vanilla +1"))

    assert said == (
        "冰淇淋（#1）没有“vanilla”这个规格，可选：香草 ¥10 / 巧克力 ¥12。"
        "跟团时带上规格，例如 +1 香草。没有任何改动。"
    )
    assert await chat.card(1) == before


async def test_the_example_it_gives_joins_the_friend() -> None:
    chat = await opened()
    await chat.say("eve", "Vanilla +1 for Tom")

    said = Chat.said(await chat.say("eve", "+1 for Tom 香草"))

    assert said.startswith("Eve joined for Tom: 1 × 冰淇淋 香草 (#1).")
    assert "Eve 帮 Tom 香草 ×1" in await chat.card(1)


@pytest.mark.parametrize("typed", ["hello +1", "team +1", "hello +1 for Tom"])
async def test_chatter_stays_silent(typed: str) -> None:
    chat = await opened()
    before = await chat.card(1)

    replies = await chat.say("eve", typed)

    assert [reply.text for reply in replies if reply.text] == []
    assert await chat.card(1) == before


async def test_a_name_before_the_count_is_still_the_friends_line() -> None:
    chat = await opened()

    said = Chat.said(await chat.say("eve", "Tom +1"))

    assert said.startswith("冰淇淋（#1）帮 Tom 要哪个规格？")
