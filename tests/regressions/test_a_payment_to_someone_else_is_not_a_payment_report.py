"""`付了500给房东了` ("paid 500 to the landlord") from a buyer who owes ¥120 was answered "you said you paid
¥500, but the order comes to ¥120": a payment she made to someone else read as one to the organiser. A
payment sentence naming someone of her own as the payee (`给房东`, `给我妈`, `给我朋友`, `to my landlord`,
`to the landlord`) stays silent, nothing reported; one naming the organiser (`给团长`, `to you`) or a name
(`给Amy`, `to amy`: the payment note may name whoever is paid) is still her report."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _owing(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "/groupbuy Kaya price 120")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    return chat


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "付了500给房东了"),
        ("zh", "付了500给我妈"),
        ("zh", "付了120给我朋友了"),
        ("en", "paid 500 to my landlord"),
        ("en", "paid 120 to the landlord"),
    ],
)
async def test_a_payment_to_someone_else_is_left_unanswered(lang: str, text: str) -> None:
    chat = await _owing(lang)

    replies = await chat.say("bob", text)

    assert [reply.text for reply in replies if reply.text] == []
    assert "💸" not in await chat.card()


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("zh", "付了120给团长", "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。"),
        ("zh", "付了120给Amy", "收到，Bob：已请 Amy 确认你订单 #1-1 的付款，金额已私信发给你。"),
        (
            "en",
            "paid 120 to amy",
            "Thanks, Bob: Amy is asked to confirm your payment for order #1-1; "
            "the amount was sent to you privately.",
        ),
    ],
)
async def test_a_payment_to_the_organiser_is_still_reported(lang: str, text: str, said: str) -> None:
    chat = await _owing(lang)

    replies = await chat.say("bob", text)

    assert Chat.said(replies).startswith(said)
