"""rep63 finding 10: `帮卖 开 10%` answered `帮卖已开放：芒果（#1）别的群的成员发「帮卖 #1」…`, two sentences
run together (it read as "the other groups of 芒果"). A `。` ends the first."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_group_buy_ends_its_sentence() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 156")
    said = chat.said(await chat.say("amy", "帮卖 开 10%"))
    assert said.startswith("帮卖已开放：芒果（#1）。别的群的成员发「帮卖 #1」即可挂到自己的群，"), said


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 156", language="en")
    said = chat.said(await chat.say("amy", "/helpsell on 10%", language="en"))
    assert said.startswith("Help-selling is on: a member of another group sends /helpsell #1 there"), said
