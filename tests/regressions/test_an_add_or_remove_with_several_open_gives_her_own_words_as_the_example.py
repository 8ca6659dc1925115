"""Review 94 #8: with two group buys open, `/add Wang 2` was answered `…e.g. /add #3 Aunt Wang 2.`, a name
she never typed, and `踢出 @王阿姨 全部` dropped her `全部` from its example. The example now keeps what she
typed, with the number added (`/add #1 Wang 2`, `代报 #1 张姐 2 3号楼`, `踢出 #1 @kim 全部`), in the
group and in private."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = [
    (
        "/add Wang 2",
        "2 group buys are open here: #1 榴莲 · #2 芒果. Say which with its number, e.g. /add #1 Wang 2.",
    ),
    (
        "代报 张姐 2 3号楼",
        "这个群里有 2 个团在接龙：#1 榴莲 · #2 芒果。请带上编号，例如 代报 #1 张姐 2 3号楼。",
    ),
    ("踢出 @kim 全部", "这个群里有 2 个团在接龙：#1 榴莲 · #2 芒果。请带上编号，例如 踢出 #1 @kim 全部。"),
    (
        "/remove @kim all",
        "2 group buys are open here: #1 榴莲 · #2 芒果. Say which with its number, e.g. /remove #1 @kim all.",
    ),
]
PRIVATE = (
    "In a private chat, name the group buy by its number, e.g. /add #2 Wang 2 (the number is on its card)."
    " Nothing was changed."
)


async def two_open() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 榴莲 价格 30")
    await chat.say("amy", "接龙 芒果 价格 30")
    for number in (1, 2):
        await chat.say("kim", f"+1 #{number}")
    return chat


@pytest.mark.parametrize(("typed", "said"), SAID)
async def test_the_example_keeps_what_she_typed(typed: str, said: str) -> None:
    chat = await two_open()

    assert [r.text for r in await chat.say("amy", typed) if r.text] == [said]


async def test_in_private_too() -> None:
    chat = await two_open()

    assert [r.text for r in await chat.say("amy", "/add Wang 2", private=True) if r.text] == [PRIVATE]
