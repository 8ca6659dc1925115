"""Session 18 (review finding 7): `我也要` and `算我一个` under a card got no answer and added nothing,
while their English twins `me too` / `count me in` joined and `我也要一份` joined: in a WeChat group
half the members type 我也要, and each believed she was on the list. As the whole message (punctuation,
a courtesy or a `#12` after it) they join 1 as `me too` does; with none open, or said with more words
(`我也要去`), they stay talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    "typed", ["我也要", "我也要！", "算我一个", "算我一份", "我也来一份", "我也跟团", "加我一个"]
)
async def test_the_words_join_one(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 3d")

    said = Chat.said(await chat.say("ken", typed))

    assert said == "Ken 跟团：1 × 芒果（#1）。当前 ¥88/份。", typed
    assert (await chat.card()).endswith("\n\n1. Ken ×1"), typed


async def test_with_a_number_and_thanks_it_joins_that_one() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 3d")
    await chat.say("amy", "接龙 荔枝 价格 15 截止 3d")

    said = Chat.said(await chat.say("dan", "算我一个 #2 谢谢"))

    assert said == "Dan 跟团：1 × 荔枝（#2）。当前 ¥15/份。"


async def test_with_options_it_is_asked_which_as_plus_one_is() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12 截止 3d")

    said = Chat.said(await chat.say("ken", "我也要"))

    assert said.startswith("奶茶（#1）要哪个规格？大 ¥18 / 小 ¥12。")


async def test_talk_and_a_group_with_none_open_stay_quiet() -> None:
    chat = fake_chat()
    assert await chat.say("ken", "我也要") == []  # nothing open: talk

    await chat.say("amy", "接龙 芒果 价格 88 截止 3d")
    card = await chat.card()
    talk = [
        *await chat.say("ken", "我也要去"),
        *await chat.say("ken", "算我的"),
        *await chat.say("ken", "加我"),
        *await chat.say("ken", "我也要问一下"),
    ]

    assert [reply.text for reply in talk if reply.text] == []
    assert await chat.card() == card
