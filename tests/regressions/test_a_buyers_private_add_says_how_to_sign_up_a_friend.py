"""s39 closing (Organiser): a non-organiser's private `代报 王阿姨 2` got only the organiser-only refusal,
ending on how to leave a group buy (`要退出自己跟的团，在群里发 退出。`), and `代报 #1 王阿姨 2` only that
#1 is not hers. Both now say what she can do, in her words: sign her friend up in the group
(`+2 帮 王阿姨`, which joins)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = [
    (
        "代报 王阿姨 2",
        "只有团长才能用 代报，你还没有开过团购，没有任何改动。要帮朋友报名，在群里发：+2 帮 王阿姨",
    ),
    (
        "代报 #1 王阿姨 2",
        "你没有开过团购 #1（只有它的团长能代报），没有任何改动。要帮朋友报名，在那个群里发：+2 帮 王阿姨 #1",
    ),
    (
        "/add Wang 2",
        "Only a group buy's organiser uses /add, and you have not organised one: nothing was changed."
        " To sign up a friend, send in the group: +2 for Wang",
    ),
    (
        "/add #1 Wang",
        "You did not open group buy #1 (only its organiser can add people): nothing was changed."
        " To sign up a friend, send in its group: +1 for Wang #1",
    ),
]


async def amys_durian() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 榴莲 价格 30")
    await chat.say("kim", "+1")
    return chat


@pytest.mark.parametrize(("typed", "said"), SAID)
async def test_a_buyers_private_add_says_how_to_sign_up_a_friend(typed: str, said: str) -> None:
    chat = await amys_durian()

    replies = await chat.say("kim", typed, private=True)

    assert [r.text for r in replies if r.text] == [said]


async def test_the_way_offered_signs_the_friend_up() -> None:
    chat = await amys_durian()

    replies = await chat.say("kim", "+2 帮 王阿姨 #1")

    assert replies[0].text is not None and replies[0].text.startswith("Kim 帮 王阿姨 跟团：2 × 榴莲（#1）")
