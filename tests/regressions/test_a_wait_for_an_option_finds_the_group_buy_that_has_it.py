"""`候补 5斤 3` with two group buys open, from a member on the one without options, was told that one has
no options; the wait now goes to the only open group buy with the option 5斤."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_for_an_option_finds_the_group_buy_that_has_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for user, text in [
        ("amy", "接龙 李子 价格 12"),
        ("amy", "接龙 海南芒果 规格 3斤:58:3,5斤:88:3"),
        ("cat", "+1 #1"),
        ("bob", "+3 #2 5斤"),
    ]:
        await chat.say(user, text)

    said = await chat.say("cat", "候补 5斤 3")

    assert chat.said(said).startswith("Cat 已候补 海南芒果 5斤（#2）3 份")
