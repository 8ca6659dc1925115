"""s38: `/note 这个月饼真好吃 推荐给大家 hal888` was stored as an English note (its card `Note #1 · Bob`, the
answer English) because of the handle `hal888` in it. A note's language is its words': handles, codes,
links and numbers tell none. A note of English words stays English."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    "text",
    [
        "这个月饼真好吃 推荐给大家 hal888",
        "这个月饼真好吃 找 @hal 买",
        "这个月饼真好吃 https://mooncake.example/shop 看这里",
        "这个月饼真好吃 用 团1-K7QM 跟",
    ],
)
async def test_a_chinese_note_with_a_handle_code_or_link_is_chinese(text: str) -> None:
    chat = fake_chat()

    await chat.say("bob", f"/note {text}")
    again = Chat.said(await chat.say("bob", f"/note {text}"))

    card = await chat.card(-1)
    assert card.startswith("笔记 #1 · Bob") and f"\n{text}\n" in card, card  # a link's: `⚠️ 未验证` after it
    assert again == "这条和你的笔记 #1 一模一样，没有再发。"


async def test_english_words_beside_chinese_still_make_it_english() -> None:
    chat = fake_chat()

    await chat.say("bob", "/note mooncakes 月饼 are great, ask hal888")

    assert (await chat.card(-1)).startswith("Note #1 · Bob\n"), await chat.card(-1)
