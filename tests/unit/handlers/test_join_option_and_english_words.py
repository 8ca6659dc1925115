"""`/join #2 5kg` without a quantity is one of that option (as `+1 5kg`); `my orders` typed in English
is `/orders`; what is not understood in a private chat is answered in the language it was written in."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_join_naming_an_option_and_no_quantity_is_one_of_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Plums price 12")
    await chat.say("amy", "/groupbuy Mangoes options 3kg:58:3,5kg:88:3")

    said = await chat.say("dan", "/join #2 5kg")

    assert chat.said(said).startswith("Dan is in: 1 × Mangoes 5kg (#2).")


async def test_my_orders_in_english_lists_the_orders_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("dan", "+1")

    said = await chat.say("dan", "my orders", private=True)

    assert said and "#1" in chat.said(said) and "我没看懂" not in chat.said(said)
    assert chat.said(said) == chat.said(await chat.say("dan", "/orders", private=True))


async def test_what_is_not_understood_is_answered_in_the_language_it_was_written_in() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())

    english = await chat.say("dan", "show me the list please", private=True)
    chinese = await chat.say("dan", "给我看看单子", private=True)

    assert chat.said(english) == (
        "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
    )
    assert chat.said(chinese).startswith("我没看懂")
