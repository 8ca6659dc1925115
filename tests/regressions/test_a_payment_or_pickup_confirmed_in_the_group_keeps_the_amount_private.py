"""Review 51, finding 4: the organiser's `/paid 1-2` in the group posted "Order #1-2 of Eva (¥176) is
marked as paid", a `text_mention` of Eva, who joined with a share code in private and is no member of
the group; `/pickedup 1-1` likewise showed Dan's amount. In a group the acknowledgement now says whose
order it is and nothing of its amount (the organiser's `/list` has it), and mentions only a buyer seen
in the group (Eva is named in plain text). In private the organiser still reads the amount."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "en": {
        "paid": "✅ Eve's order #1-2 is paid.",
        "picked": "📦 Bob's order #1-1 is picked up.",
        "several": "Marked as paid: #1-1 Bob, #1-2 Eve.",
        "private": "Order #1-2 of Eve (¥176) is marked as paid.",
        "/paid": "/paid",
        "/pickedup": "/pickedup",
    },
    "zh": {
        "paid": "✅ Eve 的订单 #1-2 已付款。",
        "picked": "📦 Bob 的订单 #1-1 已提货。",
        "several": "已标记为已付款：#1-1（Bob）、#1-2（Eve）。",
        "private": "订单 #1-2（Eve，¥176）已标记为已付款。",
        "/paid": "已收",
        "/pickedup": "已取货",
    },
}


async def _closed(language: str, factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory, default_language=language)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "/share")
    code = factory.state.share_codes[(1, "cat")]
    await chat.say("eve", f"+2 1-{code}", private=True)  # Eve never wrote in the group
    await chat.say("amy", "/close")
    return chat


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_group_hears_whose_order_never_its_amount(language: str) -> None:
    words = WORDS[language]
    chat = await _closed(language, FakeUnitOfWorkFactory())

    paid = await chat.say("amy", f"{words['/paid']} 1-2")
    assert chat.said(paid) == words["paid"]
    assert all(not reply.mention for reply in paid if not reply.private_to)  # Eve is not in the group
    await chat.say("amy", f"{words['/paid']} 1-1")
    picked = await chat.say("amy", f"{words['/pickedup']} 1-1")
    assert chat.said(picked) == words["picked"]
    assert [reply.mention for reply in picked if reply.text == words["picked"]] == [("bob",)]  # a member


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_several_at_once_and_in_private(language: str) -> None:
    words = WORDS[language]
    chat = await _closed(language, FakeUnitOfWorkFactory())

    several = await chat.say("amy", f"{words['/paid']} 1-1 1-2")
    assert chat.said(several) == words["several"]
    assert "¥" not in chat.said(several)
    assert [r.mention for r in several if r.text == words["several"]] == [("bob",)]

    again = await _closed(language, FakeUnitOfWorkFactory())
    said = await again.say("amy", f"{words['/paid']} 1-2", private=True)
    assert words["private"] in [reply.text for reply in said if reply.private_to is None]
