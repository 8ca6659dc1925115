"""Session 15 (fe report, finding 4): `+2 (one for my sister)` became `N4 signed up sister): … Note:
(one.` and the card `N4 for sister) ×2 · (one`. A bracketed part is a note kept whole, never a friend;
a friend named outside the brackets still gets the line."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        (
            "+2 (one for my sister)",
            "Gina is in: 2 × Plums (#1). Note: one for my sister. Now ¥10 each.",
            "1. Gina ×2 · one for my sister",
        ),
        (
            "+1 gate 3 (for my mum)",
            "Gina is in: 1 × Plums (#1). Note: gate 3 (for my mum). Now ¥10 each.",
            "1. Gina ×1 · gate 3 (for my mum)",
        ),
        (
            "+1 for Wang (he likes big ones)",
            "Gina joined for Wang: 1 × Plums (#1). Note: he likes big ones. Now ¥10 each.",
            "1. Gina for Wang ×1 · he likes big ones",
        ),
    ],
)
async def test_a_bracketed_part_is_a_whole_note(typed: str, said: str, line: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    assert Chat.said(await chat.say("gina", typed)) == said, typed
    assert (await chat.card(1)).endswith(f"\n\n{line}"), typed


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        (
            "+2（一份 帮 姐姐）",
            "Gina 跟团：2 × 李子（#1）。备注：一份 帮 姐姐。当前 ¥10/份。",
            "1. Gina ×2 · 一份 帮 姐姐",
        ),
        (
            "+1 帮 妈妈（要大的）",
            "Gina 帮 妈妈 跟团：1 × 李子（#1）。备注：要大的。当前 ¥10/份。",
            "1. Gina 帮 妈妈 ×1 · 要大的",
        ),
    ],
)
async def test_in_chinese_too(typed: str, said: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 李子 价格 10 成团 5 截止 2小时")

    assert Chat.said(await chat.say("gina", typed)) == said, typed
    assert (await chat.card(1)).endswith(f"\n\n{line}"), typed
