"""Session 15 review (fe 20): `/foryou` said "4 friends bought this" of a group buy still collecting,
where two of the four were guests the organiser added (`/add Aunt Wang 2`). Those on a list still
collecting have not bought (it may still fail), and guests are nobody's friends in the chat: a pick now
says who bought (an order) apart from who is on the list now, guests in neither."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_for_you_counts_friends_who_bought_apart_from_the_list_and_guests() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("dan", "hello")  # Dan is in the group
    await chat.say("amy", "/groupbuy Mangoes price 20 target 1")  # #1
    await chat.say("bob", "+1")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/groupbuy Mangoes price 18")  # #2, the next batch, still collecting
    await chat.say("cat", "+1 #2")
    await chat.say("amy", "/add #2 Aunt Wang 2")
    await chat.say("amy", "/add #2 Wang 2")

    english = chat.said(await chat.say("dan", "/foryou", private=True))
    chinese = chat.said(await chat.say("dan", "猜你喜欢", private=True))

    assert "· #2 Mangoes: 1 friend bought this; 1 friend on the list now" in english
    assert "· #2 Mangoes：1 位群友买过；1 位群友正在跟" in chinese
