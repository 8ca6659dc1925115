"""Session 30 (review 58, item 4): `+1 香草 帮小王` (帮 glued to the name, after the option) was Sun's own
line with the note "帮小王", `+1 巧克力 帮香草` too, and `香草 +1 帮老赵` got no reply. Each is the friend's
line of that option, as `+1 香草 帮 小王` is; talk after the option (`给钱了`) stays her note."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _ice_cream() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 冰淇淋 规格 香草:8,巧克力:9")
    return chat


async def test_bang_glued_to_the_name_after_the_option_is_the_friends_line() -> None:
    chat = await _ice_cream()

    reply = chat.said(await chat.say("sun", "+1 香草 帮小王"))

    assert reply.startswith("Sun 帮 小王 跟团：1 × 冰淇淋 香草（#1）。")
    assert "备注" not in reply
    assert "1. Sun 帮 小王 香草 ×1" in await chat.card()


async def test_a_friend_called_as_an_option_is_the_friends_line_of_the_option_typed() -> None:
    chat = await _ice_cream()

    reply = chat.said(await chat.say("liu", "+1 巧克力 帮香草"))

    assert reply.startswith("Liu 帮 香草 跟团：1 × 冰淇淋 巧克力（#1）。")
    assert "1. Liu 帮 香草 巧克力 ×1" in await chat.card()


async def test_the_option_first_then_the_friend_joins_the_friends_line() -> None:
    chat = await _ice_cream()

    reply = chat.said(await chat.say("zhao", "香草 +1 帮老赵"))

    assert reply.startswith("Zhao 帮 老赵 跟团：1 × 冰淇淋 香草（#1）。")
    assert "1. Zhao 帮 老赵 香草 ×1" in await chat.card()


async def test_talk_after_the_option_stays_her_note() -> None:
    chat = await _ice_cream()

    reply = chat.said(await chat.say("sun", "+1 香草 给钱了"))

    assert reply.startswith("Sun 跟团：1 × 冰淇淋 香草（#1）。备注：给钱了。")
    assert "1. Sun 香草 ×1 · 给钱了" in await chat.card()
