"""Session 16 (hb 5): `+1 小 #3` on a group buy with options joined with `#3` kept as the note (`备注：#3`),
while `+1 #3 小` named the group buy. The `#N` (a word of its own, outside brackets) is the group buy
wherever it stands."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["+1 小 #2", "+1 #2 小", "+1 小 #2 谢谢"])
async def test_the_number_after_the_option_names_the_group_buy(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 成团 10")
    await chat.say("amy", "接龙 粽子 规格 大:8,小:10")

    said = Chat.said(await chat.say("bob", typed))

    assert said.startswith("Bob 跟团：1 × 粽子 小（#2）。小 现价 ¥10/份。"), typed
    assert "备注" not in said, typed
    assert (await chat.card(2)).endswith("\n\n1. Bob 小 ×1"), typed


async def test_in_english_after_a_note() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5")
    await chat.say("amy", "/groupbuy Mangoes price 20 target 5")

    said = Chat.said(await chat.say("bob", "+1 gate 3 #1"))

    assert said == "Bob is in: 1 × Plums (#1). Note: gate 3. Now ¥10 each."


async def test_a_number_in_brackets_stays_the_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 成团 10")

    said = Chat.said(await chat.say("bob", "+1 (#3 楼)"))

    assert said == "Bob 跟团：1 × 芒果（#1）。备注：#3 楼。当前 ¥20/份。"
