"""After `已取 @Bob` (核销) the card still showed Bob's line as merely paid (✅): nobody could see on the
card who had collected. A collected line is ticked with 📦, in both languages."""

from __future__ import annotations

import pytest

from handlers.texts import t
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "paid", "collected"),
    [
        ("en", "/groupbuy Plums price 10 target 2 ends 2h", "/paid 1", "/pickedup 1"),
        ("zh", "接龙 李子 价格 10 成团 2 截止 2小时", "已收 1", "已取货 1"),
    ],
)
async def test_a_collected_line_is_ticked_on_the_card(
    lang: str, opening: str, paid: str, collected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", paid)
    await chat.say("amy", paid.replace("1", "2"))
    await chat.say("amy", collected)
    card = await chat.card()
    assert f"Bob ×1{t(lang, 'card_line_collected')}" in card.replace("1. ", "")
    assert f"Cat ×1{t(lang, 'card_line_paid')}\n" in card.replace("2. ", "") + "\n"
    assert "📦" not in card.split("Cat")[1]
