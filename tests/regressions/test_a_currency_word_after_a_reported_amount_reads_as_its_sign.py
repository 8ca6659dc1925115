"""rep59 finding 3: `I paid 3-1 20 yuan` got no answer and `/ipaid 3-1 20 yuan` the usage line, while
`I paid 2-1 ¥10` and `我已付款 4-1 30块` worked. A currency word after the amount (`yuan`, `rmb`, `元`,
`块`; `dollars` in a $ chat) now reads as its sign does; another currency is refused, nothing reported."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

REPORTED = (
    "Thanks, Hana: Amy is asked to confirm your payment for order #1-1; the amount was sent to you "
    "privately. The card shows 💸 until they do."
)


async def _owing(factory: FakeUnitOfWorkFactory, *, dollars: bool = False) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Ice cream price 20" + (" currency USD" if dollars else ""))
    await chat.say("hana", "+1", name="Hana")
    await chat.say("amy", "/close")
    return chat


@pytest.mark.parametrize(
    "typed",
    [
        "I paid 1-1 20 yuan",
        "/ipaid 1-1 20 yuan",
        "I paid 1-1 20 rmb",
        "/ipaid 1-1 20 RMB",
        "I paid 1-1 20元",
        "I paid 1-1 20 块",
    ],
)
async def test_yuan_after_the_amount_is_the_report(typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("hana", typed, name="Hana")
    assert chat.said(replies) == REPORTED, typed
    assert chat.private(replies)["amy"].startswith("💸 Hana says they paid order #1-1 (Ice cream, #1): ¥20.")
    assert factory.state.orders[1].reported_paid_at is not None


async def test_a_short_amount_in_yuan_is_kept_short() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    replies = await chat.say("hana", "I paid 1-1 15 yuan", name="Hana")
    assert chat.private(replies)["amy"].startswith(
        "💸 Hana says they paid order #1-1 (Ice cream, #1): ¥15 (¥20 owed, ¥5 short)."
    )


async def test_dollars_in_a_dollar_chat_is_the_report() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, dollars=True)
    replies = await chat.say("hana", "I paid 1-1 20 dollars", name="Hana")
    assert chat.said(replies) == REPORTED
    assert factory.state.orders[1].reported_paid_at is not None


@pytest.mark.parametrize("typed", ["I paid 1-1 20 dollars", "/ipaid 1-1 20 usd"])
async def test_another_currency_word_reports_nothing(typed: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory)
    said = chat.said(await chat.say("hana", typed, name="Hana"))
    assert said.startswith("“20 "), said
    assert "is not in ¥: order #1-1 (Ice cream) is in ¥ (CNY)" in said, said
    assert factory.state.orders[1].reported_paid_at is None


async def test_yuan_in_a_dollar_chat_reports_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _owing(factory, dollars=True)
    said = chat.said(await chat.say("hana", "I paid 1-1 20 yuan", name="Hana"))
    assert "is not in $: order #1-1 (Ice cream) is in $ (USD)" in said, said
    assert factory.state.orders[1].reported_paid_at is None
