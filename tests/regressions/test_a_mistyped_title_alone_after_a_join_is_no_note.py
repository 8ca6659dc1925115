"""rep39 #8: Eve's `+1 lychess` on "Lychees 1kg" joined with the note "lychess", shown on the card as
"Eve ×1 · lychess": a typo of the title, not a note for the organiser. The only word after the join, in
Latin letters and one or two edits from a word of the title (five letters or more, the same first letter),
names the group buy: no note. A word beside a note (`+1 lichees gate 3`), a short name, a word far from the
title and a Chinese word one character off (`+1 #1 鸡旦`, the organiser reads it) stay as typed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees 1kg price 10 target 5 ends 2h")
    return chat


@pytest.mark.parametrize("typed", ["+1 lychess", "+1 Lichees", "+1 lycehes!", "/join lychess"])
async def test_a_typo_of_the_title_alone_joins_with_no_note(typed: str) -> None:
    chat = await _opened()

    said = Chat.said(await chat.say("eve", typed))

    assert said == "Eve is in: 1 × Lychees 1kg (#1). Now ¥10 each.", typed
    assert (await chat.card(1)).endswith("\n\n1. Eve ×1"), typed


@pytest.mark.parametrize(
    ("typed", "note"), [("+1 lichees gate 3", "lichees gate 3"), ("+1 Lucas", "Lucas"), ("+1 lydia", "lydia")]
)
async def test_other_words_stay_the_note(typed: str, note: str) -> None:
    chat = await _opened()

    said = Chat.said(await chat.say("eve", typed))

    assert said == f"Eve is in: 1 × Lychees 1kg (#1). Note: {note}. Now ¥10 each.", typed
    assert (await chat.card(1)).endswith(f"\n\n1. Eve ×1 · {note}"), typed


async def test_a_chinese_title_one_character_off_is_kept_as_typed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 10 成团 5")

    said = Chat.said(await chat.say("eve", "+1 #1 鸡旦"))

    assert "备注：鸡旦" in said, said
