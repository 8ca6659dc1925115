"""Session 30 (review 58, item 4): Sun's `巧克力 -1` holding a 香草 line was told "你还没有跟 冰淇淋 这个团",
as if she held nothing. She is told she has no 巧克力 and what she holds, with the leave that takes it;
nothing changes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_zh_an_option_not_held_names_the_line_she_holds() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 冰淇淋 规格 香草:8,巧克力:9")
    await chat.say("sun", "+1 香草")

    reply = chat.said(await chat.say("sun", "巧克力 -1"))

    assert reply == "你没有跟 冰淇淋 的 巧克力（#1）：你跟的是 香草 ×1，没有任何改动。要退就发 -1 香草"
    assert "1. Sun 香草 ×1" in await chat.card()


async def test_zh_a_friends_line_is_named_as_hers() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 冰淇淋 规格 香草:8,巧克力:9")
    await chat.say("sun", "+1 香草 帮小王")

    reply = chat.said(await chat.say("sun", "-1 巧克力"))

    assert "你跟的是 帮 小王 香草 ×1，没有任何改动。要退就发 -1 帮 小王 香草" in reply
    assert "1. Sun 帮 小王 香草 ×1" in await chat.card()


async def test_en_an_option_not_held_names_the_line_she_holds() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lisa", "/new Ice cream options Vanilla:8,Chocolate:9")
    await chat.say("amy", "+1 vanilla")

    reply = chat.said(await chat.say("amy", "-1 chocolate"))

    assert reply == (
        "You have no Chocolate on Ice cream (#1): you have Vanilla ×1. Nothing was changed. "
        "To take one off, send -1 Vanilla"
    )
    assert "1. Amy Vanilla ×1" in await chat.card()
