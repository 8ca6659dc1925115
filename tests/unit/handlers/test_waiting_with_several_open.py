"""Waiting where several group buys are open: the sold-out hint and the which-option question keep the
group buy's number the member typed (`/wait #2 5kg 1`), so following them never runs into "which group
buy?"; `候补 5斤 3` without a number waits on the one open group buy that has the option 5斤."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def neighbours(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> Chat:
    """Plums #1 (no options, Cat on it) and Mangoes #2, whose whole stock of 3 Bob bought out in 5kg / 5斤."""
    chat = fake_chat(factory, default_language="en" if english else "zh")
    if english:
        opened = ["/groupbuy Plums price 12", "/groupbuy Mangoes options 3kg:58:3,5kg:88:3 stock 3"]
        joins = [("cat", "+1 #1"), ("bob", "+3 #2 5kg")]
    else:
        opened = ["接龙 李子 价格 12", "接龙 海南芒果 规格 3斤:58:3,5斤:88:3 库存 3"]
        joins = [("cat", "+1 #1"), ("bob", "+3 #2 5斤")]
    for text in opened:
        await chat.say("amy", text)
    for user, text in joins:
        await chat.say(user, text)
    return chat


def queue(factory: FakeUnitOfWorkFactory) -> list[tuple[str, int, str, int]]:
    entries = (entry for by_member in factory.state.waiting.values() for entry in by_member.values())
    return sorted((e.user_id, e.group_buy_id, e.option, e.quantity) for e in entries)


async def test_the_sold_out_hint_keeps_the_number_and_following_it_waits() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await neighbours(factory, english=True)

    hint = await chat.say("dan", "+1 #2 5kg")
    assert chat.said(hint) == (
        "Dan: Sorry, Mangoes is sold out: its options share one stock, and all of it is taken. "
        "To wait for 5kg, send /wait #2 5kg 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    )
    followed = await chat.say("dan", "/wait #2 5kg 1")

    assert chat.said(followed).startswith("Dan is on the waiting list of Mangoes 5kg (#2) for 1")
    assert queue(factory) == [("dan", 2, "5kg", 1)]


async def test_the_which_option_question_keeps_the_number() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await neighbours(factory, english=True)

    said = await chat.say("dan", "/wait #2 2")

    assert "E.g. /wait #2 5kg 1" in chat.said(said)
    assert queue(factory) == []


async def test_a_chinese_wait_for_an_option_goes_to_the_group_buy_that_has_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await neighbours(factory)

    said = await chat.say("cat", "候补 5斤 3")

    assert chat.said(said).startswith("Cat 已候补 海南芒果 5斤（#2）3 份")
    assert queue(factory) == [("cat", 2, "5斤", 3)]
