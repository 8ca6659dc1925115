"""Session 34: `link my note to the avocado group buy` and `把笔记1挂到牛油果团` were silent, and there was no
`/linknote`. They now link the note as `笔记 1 #1` does when it is clear which note (its number, else the
member's one note here) and which group buy (its number, else the one open here its words name); else one
line gives the exact form, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def with_note(lang: str, title: str, note: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("bob", note)  # note #1, written before the group buy opened
    await chat.say("amy", f"/groupbuy {title} price 12")  # #1
    await chat.say("amy", "/groupbuy Durian price 30")  # #2
    return chat


async def test_link_my_note_to_the_avocado_group_buy_links_it() -> None:
    chat = await with_note("en", "Avocado Hass 6pcs", "/note these were creamy and perfectly ripe")

    replies = await chat.say("bob", "link my note to the avocado group buy")

    assert Chat.said(replies).startswith("Note #1 is now linked to Avocado Hass 6pcs (#1)")
    card = Chat.said(await chat.say("bob", "/note 1"))
    assert "Avocado Hass 6pcs" in card


@pytest.mark.parametrize("typed", ["把笔记1挂到牛油果团", "把笔记 #1 关联到 #1", "/linknote 1 #1"])
async def test_linking_note_1_to_the_avocado_buy_in_chinese_links_it(typed: str) -> None:
    chat = await with_note("zh", "牛油果 6个", "种草 这批又香又糯，熟得刚好")

    replies = await chat.say("bob", typed)

    assert Chat.said(replies).startswith("笔记 #1 已关联到 牛油果 6个（#1）")


@pytest.mark.parametrize(
    ("lang", "typed", "answer"),
    [
        (
            "en",
            "/linknote",
            "I couldn't tell which note and which group buy you mean, so nothing was changed."
            " Send: /note 1 #2 (the note's number, then # and the group buy's number).",
        ),
        (
            "en",
            "link my note to the lychee group buy",
            "I couldn't tell which note and which group buy you mean, so nothing was changed."
            " Send: /note 1 #2 (the note's number, then # and the group buy's number).",
        ),
        (
            "zh",
            "把笔记挂到荔枝团",
            "没看出要关联哪条笔记、哪个团，没有任何改动。请这样发：笔记 1 #2（先写笔记号，# 后面是团号）。",
        ),
    ],
)
async def test_what_names_nothing_gets_the_exact_form(lang: str, typed: str, answer: str) -> None:
    chat = await with_note(lang, "Avocado Hass 6pcs", "/note these were creamy and perfectly ripe")

    assert Chat.said(await chat.say("bob", typed)) == answer
    assert "Avocado" not in Chat.said(await chat.say("bob", "/note 1"))


async def test_talk_about_notes_stays_talk() -> None:
    chat = await with_note("zh", "牛油果 6个", "种草 这批又香又糯，熟得刚好")

    assert await chat.say("bob", "把笔记放到群里") == []
    assert await chat.say("bob", "I'll link it later") == []
