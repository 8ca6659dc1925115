"""`/add Aunt Li 2 gate 3` when Aunt Li already had 1 said "Amy added Aunt Li …: 3 × Eggs", as if 3 were
added; after removing her, `/remove Aunt Li` said "you added nobody by that name". The add now says
how many were added and what she has, and the remove that nobody by that name is on the list."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_add_to_her_line_says_what_was_added_and_a_second_remove_finds_nobody() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Eggs price 5 target 9")

    first = chat.said(await chat.say("amy", "/add Aunt Li 1"))
    more = chat.said(await chat.say("amy", "/add Aunt Li 2 gate 3"))
    await chat.say("amy", "/remove Aunt Li")
    again = chat.said(await chat.say("amy", "/remove Aunt Li"))

    assert first.startswith("Amy added Aunt Li (not in this chat): 1 × Eggs (#1);")
    assert more == (
        "Amy added 2 for Aunt Li (not in this chat): now 3 × Eggs (#1); their order goes to Amy."
        " Note: gate 3. Now ¥5 each."
    )
    assert again.startswith(
        "Nobody called Aunt Li is on the list of Eggs (#1), and no member of this chat is called that:"
        " nothing was changed."
    )


async def test_an_add_to_her_line_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 5 成团 9")
    await chat.say("amy", "代报 王阿姨 1")

    assert chat.said(await chat.say("amy", "代报 王阿姨 2")).startswith(
        "Amy 代报：给 王阿姨 加了 2 份，现在是 3 × 鸡蛋（#1），订单由 Amy 收款。"
    )
