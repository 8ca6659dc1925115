"""Everyday English joins were misread (review, English groups): `+1 for me` signed up a friend called
"me", `+2 for my mum` a friend "my" with the note "mum", `+1 thanks Amy!` kept "Amy" as a note, `+1 x2`
was one unit noted "x2", `/join #7 -2` joined with the note "2", and `+1 #4 apples please` noted the
group buy's own title word. Each now reads as meant."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat

OPEN = "/groupbuy Apples price 30 target 50"


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("+1 for me", "1. Bob ×1"),
        ("+1 帮 我", "1. Bob ×1"),
        ("+2 for my mum", "1. Bob for mum ×2"),
        ("+1 for my mom", "1. Bob for mom ×1"),
        ("+1 thanks Amy!", "1. Bob ×1"),
        ("+1 gate 3 thank you Amy", "1. Bob ×1 · gate 3"),
        ("+1 x2", "1. Bob ×2"),
        ("+1 ×2", "1. Bob ×2"),
        ("+1 #1 apples please", "1. Bob ×1"),
    ],
)
async def test_an_english_join_puts_the_member_on_the_list_as_meant(typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    replies = await chat.say("bob", typed)

    assert chat.cards(replies) == [(1, False)], replies
    assert (await chat.card(1)).endswith(f"\n\n{line}")


async def test_a_join_with_a_negative_quantity_is_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    answer = chat.said(await chat.say("bob", "/join #1 -2"))

    assert answer == t("en", "join_negative", n="2", at=" #1")
    assert "Nothing was changed" in answer
    assert "1. Bob" not in await chat.card(1)


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("/join for me", "1. Bob ×1"),
        ("/join 2 for my mum", "1. Bob for mum ×2"),
        ("/join 帮 我", "1. Bob ×1"),
    ],
)
async def test_the_join_command_reads_me_and_my_as_the_plus_one_does(typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    await chat.say("bob", typed)

    assert (await chat.card(1)).endswith(f"\n\n{line}")


async def test_leaving_for_my_mum_takes_the_friends_line() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    await chat.say("bob", "+1")
    await chat.say("bob", "+2 for my mum")

    await chat.say("bob", "-1 for my mum")

    assert (await chat.card(1)).endswith("\n\n1. Bob ×1\n2. Bob for mum ×1")
