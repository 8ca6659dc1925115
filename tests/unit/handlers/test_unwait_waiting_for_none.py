"""`/unwait` (取消候补) from a member waiting for none of the group buys open in the chat: told he waits
for nothing here, not asked which group buy (there is none to choose); one he does wait for is left
without being named, as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_sold_out(factory: FakeUnitOfWorkFactory) -> Chat:
    """Plums #1 (Bob took the one) and Pears #2 (Cat took the one), both open."""
    chat = fake_chat(factory)
    for user, text in [
        ("amy", "/groupbuy Plums price 10 stock 1"),
        ("amy", "/groupbuy Pears price 10 stock 1"),
        ("bob", "+1 #1"),
        ("cat", "+1 #2"),
    ]:
        await chat.say(user, text)
    return chat


async def test_a_second_unwait_is_told_he_waits_for_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await two_sold_out(factory)
    await chat.say("dan", "/wait #1")

    assert chat.said(await chat.say("dan", "/unwait")) == "Dan left the waiting list of Plums (#1)."
    again = await chat.say("dan", "/unwait")

    assert chat.said(again) == "You are not on any waiting list here: nothing was changed."
    assert chat.said(await chat.say("dan", "取消候补")) == "你没有在候补这里的任何团，没有任何改动。"
    assert not any(factory.state.waiting.values())


async def test_a_buyer_on_a_line_but_waiting_for_nothing_is_told_so() -> None:
    chat = await two_sold_out(FakeUnitOfWorkFactory())

    assert chat.said(await chat.say("bob", "退出候补")) == "你没有在候补这里的任何团，没有任何改动。"


async def test_with_one_open_the_answer_still_names_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Plums price 10 stock 1")

    assert chat.said(await chat.say("dan", "/unwait")) == (
        "You are not on the waiting list of Plums (#1): nothing was changed."
    )
