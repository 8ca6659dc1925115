"""rep84 #6: Eve, in private, `refund 2-1 crushed` and `I want a refund, they were crushed` heard
"I didn't understand that" (in the group nothing), while `退款 2-1 压坏了` and `/refund 2-1 crushed` were
passed to Ann. The English words now read as `/refund`: with the order's number her request is passed
on; without it (`我要退款 压坏了` too) she is shown the request's form with her orders."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

PASSED = (
    "Your refund request was passed to the organiser, Ann: they decide and give the money back to you "
    "directly."
)
FORM = {
    "en": "Orders you can ask a refund for: #1-1 Cookies ×3 (¥30). Send e.g. /refund 1-1 two boxes were "
    "crushed: it is passed to the organiser, who decides and gives the money back to you directly.",
    "zh": "你可以申请退款的订单：#1-1 Cookies ×3（¥30）。请这样写：退款 1-1 原因（例如 退款 1-1 "
    "压坏了两盒），会转给团长，由团长决定、直接退给你。",
}


async def _paid() -> Chat:
    room = fake_chat()
    await room.say("ann", "/lang en")
    for who, typed in (
        ("ann", "/groupbuy Cookies 10"),
        ("eve", "+3"),
        ("ann", "/close"),
        ("ann", "/paid 1-1"),
    ):
        await room.say(who, typed)
    return room


@pytest.mark.parametrize("private", [True, False])
@pytest.mark.parametrize(
    ("typed", "reason"),
    [("refund 1-1 crushed", "crushed"), ("I want a refund for 1-1, they were crushed", "they were crushed")],
)
async def test_a_refund_asked_in_words_with_its_number_reaches_the_organiser(
    typed: str, reason: str, private: bool
) -> None:
    room = await _paid()
    replies = await room.say("eve", typed, private=private)
    assert room.said(replies) == PASSED
    assert room.private(replies)["ann"] == (
        f"Eve asks for a refund: #1-1 Cookies ×3 (¥30), reason: {reason}. To refund it, send /refund 1-1 "
        "(part of it: /refund 1-1 amount)."
    )


@pytest.mark.parametrize(
    ("typed", "lang"), [("I want a refund, they were crushed", "en"), ("我要退款 压坏了", "zh")]
)
async def test_a_refund_asked_without_a_number_shows_the_form_with_her_orders(typed: str, lang: str) -> None:
    room = await _paid()
    replies = await room.say("eve", typed, private=True)
    assert room.said(replies) == FORM[lang]
    assert room.private(replies) == {}
