"""Session 15 (fr, from fp's review): with only 荔枝 ¥15/斤 open, `我要2公斤` got no answer at all while
`我要两斤`, `2kg` and `+1kg` joined; on Mangoes ¥12/kg, `I want 2 kg` and `I want 2kg` got none while
`I want 2` and `2 kg please` joined; `I'm in for 2` got none either. Each is now a join like its
siblings (`我要2公斤` as `+2公斤`: 4斤; `I want 2 kg` as `+2 kg`; `I'm in for 2` as `I want 2`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(("text", "quantity"), [("我要2公斤", 4), ("我要2 kg", 4), ("我要两斤", 2)])
async def test_in_chinese_i_want_a_weight_joins_it(text: str, quantity: int) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")

    joined = chat.said(await chat.say("fay", text, name="Fay"))

    assert joined.startswith(f"Fay 跟团：{quantity}斤 荔枝（#1）。"), joined
    assert (await chat.card()).endswith(f"\n\n1. Fay {quantity}斤")


@pytest.mark.parametrize("text", ["I want 2 kg", "I want 2kg", "I want 2 kg please", "I want 2kg #1"])
async def test_in_english_i_want_a_weight_joins_it(text: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 12/kg ends 3d")

    joined = chat.said(await chat.say("mo", text, name="Mo"))

    assert joined.startswith("Mo is in: 2 kg of Mangoes (#1)."), joined
    assert (await chat.card()).endswith("\n\n1. Mo 2 kg")


async def test_im_in_for_two_joins_two() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 3 ends 3d")

    joined = chat.said(await chat.say("eve", "I'm in for 2", name="Eve"))

    assert joined.startswith("Eve is in: 2 × Eggs (#1)."), joined
    assert (await chat.card()).endswith("\n\n1. Eve ×2")
    assert await chat.say("eve", "I'm in for 2 days") == []  # talk stays talk
