"""Session 27 (rep39 #9): a buyer's refund request was answered "…passed to the organiser, Amy:
she decides and gives the money back", while the bot says "they" of others elsewhere. The answer now
says "they" (zh 由团长决定), and so does the help-seller's copy in zh."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        ("/groupbuy Strawberries price 39.90 ends in 2 hours", "/close", "/paid 1-1", "/refund 1-1 crushed"),
        "Your refund request was passed to the organiser, Amy: they decide and give the money back to you "
        "directly.",
    ),
    "zh": (
        ("接龙 草莓 价格 39.90 截止 2小时", "截单", "已收 1-1", "退款 1-1 压坏了"),
        "已把你的退款申请转给团长 Amy，由团长决定、直接退给你。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_buyers_refund_request_answer_says_they_decide(lang: str) -> None:
    (opening, close, paid, asked), said = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening, language=lang)
    await chat.say("kim", "+1", language=lang)
    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)

    replies = await chat.say("kim", asked, language=lang)

    assert [r.text for r in replies if r.private_to is None] == [said]
