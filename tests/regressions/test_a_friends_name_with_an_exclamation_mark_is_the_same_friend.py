"""Seen while fixing rep39 #4: `+1 for my mum!` made a line for "mum!", and `+1 帮 小王！` one for
"小王！", so the card read "Dee for mum! ×1" and a later `-1 帮 小王` found no line of 小王. An
exclamation or full stop after the friend's name is not part of it."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": (
        "接龙 荔枝 价格 10 成团 5",
        "+1 帮 小王！",
        "-1 帮 小王",
        "Dee 帮 小王 跟团：1 × 荔枝（#1）。",
        "Dee 帮 小王 ×1",
    ),
    "en": (
        "/groupbuy Lychees price 10 target 5",
        "+1 for my mum!",
        "-1 for mum",
        "Dee joined for mum: 1 × Lychees (#1).",
        "Dee for mum ×1",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_name_is_kept_without_the_exclamation_and_found_again(lang: str) -> None:
    opening, joining, leaving, joined, line = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", opening)

    assert Chat.said(await chat.say("dee", joining)).startswith(joined)
    assert (await chat.card(1)).endswith(f"\n\n1. {line}"), await chat.card(1)
    await chat.say("dee", leaving)
    assert "1. Dee" not in await chat.card(1), await chat.card(1)
