"""With the outbox on (a bot process), the ChatApp writes what the bot must say as outbox rows in the same
unit of work as the change: a join's card, a refusal's explanation, each buyer's order at the close, a
deadline's outcome; a repeated update writes nothing; a tap's toast is never a row."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def bot(factory: FakeUnitOfWorkFactory, clock: FakeClock, woken: list[int]) -> Chat:
    config = AppConfig(default_language="en", outbox_platform="telegram")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    app.on_queued = lambda: woken.append(1)
    return Chat(app)


def said(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str]]:
    """(destination, text or card) of every row, in order."""
    out = []
    for item in factory.state.outbox:
        assert item.topic == "send:telegram"
        delivery = outbox.delivery(item)
        shown = f"card {delivery.reply.card_of}" if delivery.reply.card_of else delivery.reply.text
        out.append((delivery.chat, shown))
    return out


async def test_each_change_writes_what_it_must_say_and_a_repeat_writes_nothing() -> None:
    factory, clock, woken = FakeUnitOfWorkFactory(), FakeClock(), []
    chat = bot(factory, clock, woken)
    replies = await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h", update_id="1")
    assert said(factory) == [("family", replies[0].text), ("family", "card 1")]
    joined = await chat.say("bob", "+1", update_id="2")
    await chat.say("bob", "+1", update_id="2")  # Telegram delivered it twice
    assert said(factory)[2:] == [("family", joined[0].text), ("family", "card 1")]
    assert len(woken) == 2  # the repeat committed nothing, so it woke nobody


async def test_a_refusal_and_the_close_are_rows_too_but_a_toast_is_not() -> None:
    factory, clock, woken = FakeUnitOfWorkFactory(), FakeClock(), []
    chat = bot(factory, clock, woken)
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    before = len(factory.state.outbox)
    refused = await chat.say("bob", "/close")
    assert said(factory)[before:] == [("family", refused[0].text)]
    toast = await chat.tap("cat", "gb:join:999")
    assert toast[0].toast and len(factory.state.outbox) == before + 1
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    before = len(factory.state.outbox)
    await chat.say("amy", "/close")
    destinations = [chat_id for chat_id, _ in said(factory)[before:]]
    # the card, the outcome, the organiser's summary, each order
    assert destinations == ["family", "family", "amy", "bob", "cat"]


async def test_a_deadline_writes_its_outcome_as_rows() -> None:
    factory, clock, woken = FakeUnitOfWorkFactory(), FakeClock(), []
    chat = bot(factory, clock, woken)
    await chat.say("amy", "/groupbuy Plums price 10 target 2 ends 2h")
    before = len(factory.state.outbox)
    clock.advance(hours=3)
    replies = await chat.app.expire(1)
    # the card, the group's outcome, the organiser's own notice of it
    assert [text for _, text in said(factory)[before:]] == ["card 1", replies[1].text, replies[2].text]
    assert replies[2].private_to == "amy" and replies[2].text.startswith("⏰ Plums (#1) reached its deadline")
