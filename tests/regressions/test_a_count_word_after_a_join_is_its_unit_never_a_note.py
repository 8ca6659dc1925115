"""Session 16 (hb 8, fg 19): a unit word right after a join's number must never become its note. `+2只`,
`+2个`, `+2件`, `+2 pcs`, `+2 pieces` (a piece) count 份 on a group buy sold by the 份, as before (fo, s15)
but `+2 pcs` / `+2 pieces` kept the word as `备注：pcs`; a count word that is no 份 here (`+2条`, `+2串`)
was kept as the note (`备注：条`): it is now answered that the group buy is sold by the 份, and what to
send, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["+2只", "+2个", "+2件", "+2 pcs", "+2 pieces"])
async def test_a_piece_is_a_portion(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大闸蟹 价格 25 成团 20")

    said = Chat.said(await chat.say("bob", typed))

    assert said == "Bob 跟团：2 × 大闸蟹（#1）。当前 ¥25/份。", typed
    assert (await chat.card()).endswith("\n\n1. Bob ×2"), typed


async def test_pieces_in_english_are_portions_without_a_note() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Crabs price 25 target 20")

    said = Chat.said(await chat.say("bob", "+2 pcs"))

    assert said == "Bob is in: 2 × Crabs (#1). Now ¥25 each."


@pytest.mark.parametrize(("typed", "amount", "n"), [("+2条", "2条", 2), ("+3串 3号楼", "3串", 3)])
async def test_another_count_word_says_it_is_sold_by_the_portion(typed: str, amount: str, n: int) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大闸蟹 价格 25 成团 20")
    before = await chat.card()

    said = Chat.said(await chat.say("bob", typed))

    assert said == f"大闸蟹（#1）按份卖，“{amount}”不是它的数量。要几份就发 +几，例如 +{n}。没有任何改动。", (
        typed
    )
    assert await chat.card() == before


async def test_another_count_word_in_english_chat() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Crabs price 25 target 20")

    said = Chat.said(await chat.say("bob", "+2条"))

    assert said == (
        "Crabs (#1) is sold by the portion, so “2条” is not a quantity of it. Send how many you want, "
        "e.g. +2. Nothing was changed."
    )


async def test_on_a_group_buy_sold_per_jin_it_is_refused_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")

    said = Chat.said(await chat.say("bob", "+2条"))

    assert said == "荔枝（#1）按斤卖，“2条”不是它的数量。要几斤就发 +几，例如 +2（2斤）。没有任何改动。"
