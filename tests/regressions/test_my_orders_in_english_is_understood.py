"""`my orders` in a private chat was answered "我没看懂…" in Chinese: it is now `/orders`, and what is
not understood is answered in the language it was written in."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_my_orders_in_english_is_understood() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await chat.say("dan", "+1")

    listed = await chat.say("dan", "My orders", private=True)
    unknown = await chat.say("dan", "where are my mangoes", private=True)

    assert chat.said(listed) == chat.said(await chat.say("dan", "/orders", private=True))
    # a question now (a private question is answered from the notes): still in English, with /orders
    assert chat.said(unknown).startswith("No note in your groups answers that. Your orders: /orders.")
    assert chat.said(await chat.say("dan", "my mangoes", private=True)).startswith(
        "I didn't understand that."
    )
