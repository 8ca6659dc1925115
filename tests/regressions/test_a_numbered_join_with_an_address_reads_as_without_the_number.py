"""`/join #1 3号楼 2` joined 1 with the note "3号楼 2", though `/join 3号楼 2` is 2 with the note 3号楼
(README "join with a note"). The group buy's number, first or last, changes nothing of how the rest reads."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    "typed", ["/join #1 3号楼 2", "跟团 #1 3号楼 2", "/join 3号楼 2 #1", "/join 3号楼 2"]
)
async def test_a_numbered_join_after_an_address_is_two_with_the_address_as_note(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12")

    assert chat.said(await chat.say("bob", typed)) == "Bob 跟团：2 × 鸡蛋（#1）。备注：3号楼。当前 ¥12/份。"


async def test_in_english_and_a_room_stays_the_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12")

    two = chat.said(await chat.say("bob", "/join #1 3号楼 2"))
    room = chat.said(await chat.say("cat", "/join #1 3号楼 502"))

    assert two == "Bob is in: 2 × Eggs (#1). Note: 3号楼. Now ¥12 each."
    assert room == "Cat is in: 1 × Eggs (#1). Note: 3号楼 502. Now ¥12 each."
