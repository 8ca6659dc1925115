"""Session 31: `这个多少钱`, `多少钱`, `how much?` said to the group with no group buy open got no answer
(chatter: they may be about anything) but counted toward the member's five commands a minute, so after
six of them her `/wait` was refused with "slow down", and the seventh `这个多少钱`, said to nobody, got a
"slow down" of its own. A question the group hears, said neither to the bot nor as a command, now
counts only when it is answered, and once her commands are used up it is left alone; asked of the bot
(`问 这个多少钱`, `/ask how much is this?`), it is answered that no group buy is open here and how to
start one."""

from __future__ import annotations

from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NOTHING_OPEN = "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"
NOTHING_OPEN_ZH = "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88"
SLOW_DOWN = (
    "Bob, slow down: I take at most 5 commands a minute from each member here, so I did not do “/wait”. "
    "Try again in 60 seconds."
)


def limited() -> Chat:
    counters = MemorySharedState().counters
    return fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), counters=counters, default_language="en")


async def test_unanswered_price_chatter_counts_for_nothing() -> None:
    chat = limited()
    for _ in range(3):
        for talk in (
            "这个多少钱",
            "这个多少钱？",
            "多少钱",
            "how much?",
            "how much is it?",
            "how much is this",
        ):
            assert await chat.say("bob", talk) == [], talk  # no group buy here to name: talk

    answered = [chat.said(await chat.say("bob", "/wait")) for _ in range(5)]
    assert answered == [NOTHING_OPEN] * 5  # her five commands are all hers still
    assert chat.said(await chat.say("bob", "/wait")) == SLOW_DOWN
    assert await chat.say("bob", "这个多少钱") == []  # over the limit: still no "slow down" for talk


async def test_asked_of_the_bot_it_says_none_is_open_and_how_to_start_one() -> None:
    chat = limited()
    assert chat.said(await chat.say("bob", "问 这个多少钱")) == NOTHING_OPEN_ZH
    assert chat.said(await chat.say("bob", "/ask how much is this?")) == NOTHING_OPEN


async def test_an_answered_question_still_counts() -> None:
    chat = limited()
    await chat.say("amy", "/groupbuy Plums price 10")
    for _ in range(5):
        assert chat.said(await chat.say("bob", "how much?")) == "Plums (#1): Now ¥10 each."
    assert await chat.say("bob", "how much?") == []  # her five used up: the group hears nothing more
    assert chat.said(await chat.say("bob", "/wait")).startswith("Bob, slow down")
