"""Review 64 item 9: in the group, `paid 👍 /ipaid 1-1` and `just paid kate!` got silence. `just paid`
and `付了` report the one unpaid order here (the organiser asked to confirm); now so does `/ipaid 1-1`
anywhere in a message (the words around it none of it), and a paying verb with the organiser's name,
`just paid kate!` (as `just paid`). Another word after it (`paid rent`, `just paid Bob`) stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ASKED = "Thanks, Leo: Kate is asked to confirm your payment for order #1-1;"


async def _leo_owes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+3 large", name="Leo")
    await chat.say("amy", "/close", name="Kate")
    return chat


@pytest.mark.parametrize("typed", ["paid 👍 /ipaid 1-1", "just paid kate!", "paid Kate 👍", "just paid"])
async def test_the_report_reaches_the_organiser(typed: str) -> None:
    chat = await _leo_owes()

    replies = await chat.say("bob", typed, name="Leo")

    said = chat.said(replies)
    assert said.startswith(ASKED), said
    assert chat.private(replies)["amy"].startswith("💸 Leo says they paid order #1-1 (Bubble Tea, #1): ¥18.")


@pytest.mark.parametrize("typed", ["paid rent", "just paid Bob!", "paid rent!"])
async def test_paying_someone_else_stays_talk(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+3 large", name="Leo")
    await chat.say("amy", "/close", name="Kate")

    replies = await chat.say("bob", typed, name="Leo")

    assert not [reply.text for reply in replies if reply.text and not reply.is_card], replies


async def test_in_private_paying_someone_else_gets_the_help_pointer() -> None:
    chat = await _leo_owes()

    said = chat.said(await chat.say("bob", "just paid Bob!", private=True, name="Leo"))

    assert said == "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
