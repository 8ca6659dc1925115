"""A group buy opened in a private chat with the bot was opened where nobody could join it. It is refused
with where to open it, and nothing is opened."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        (
            "/groupbuy Mangoes price 88 target 5",
            "Open group buys in your group chat: add me to the group and send /groupbuy there "
            "(e.g. /groupbuy Mangoes price 88). Nothing was opened.",
        ),
        (
            "接龙 海南贵妃芒 价格 88",
            "请在群里开团：把我拉进群，然后在群里发“接龙”（例如：接龙 海南贵妃芒 价格 88）。没有开团。",
        ),
    ],
)
async def test_opening_in_a_private_chat_says_where_to_open_it(typed: str, answer: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")

    assert Chat.said(await chat.say("amy", typed, private=True)) == answer
    assert factory.state.group_buys == {}


async def test_the_same_words_in_the_group_open_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")

    said = Chat.said(await chat.say("amy", "/groupbuy Mangoes price 88 target 5"))

    assert said.startswith("Group buy #1 is open: Mangoes at ¥88 each.")
    assert len(factory.state.group_buys) == 1
