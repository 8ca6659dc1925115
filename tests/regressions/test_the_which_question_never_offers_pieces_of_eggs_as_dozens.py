"""`+6枚` (or `跟团 6枚`) with eggs sold by the dozen and apples open beside them asked which, with the
example `鸡蛋发 +6 #1`: sent as given, that joins 6 dozen (¥72) for the half dozen she meant. The
example keeps the pieces as typed (`+6枚 #1`, answered in dozens), and `+6个` lists the eggs too."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _eggs_and_apples() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 鸡蛋 价格 12/打")
    await chat.say("amy", "接龙 苹果 价格 10")
    return chat


@pytest.mark.parametrize("typed", ["+6枚", "跟团 6枚", "+6颗"])
async def test_pieces_of_eggs_are_asked_about_as_typed(typed: str) -> None:
    chat = await _eggs_and_apples()
    pieces = typed.removeprefix("跟团 ").removeprefix("+")

    asked = chat.said(await chat.say("bob", typed))
    followed = chat.said(await chat.say("bob", f"+{pieces} #1"))

    assert asked == (
        "这个群里有 2 个团在接龙：#1 鸡蛋 · #2 苹果。这次没有加上，请带上编号："
        f"鸡蛋发 +{pieces} #1（也可以直接回复编号或名称）。"
    )
    assert followed.startswith("鸡蛋（#1）按打卖（一打 12 个），") and followed.endswith("没有任何改动。")
    assert "半打" in followed
    assert "Bob" not in chat.said(await chat.say("amy", "名单 #1"))


async def test_pieces_typed_with_ge_list_the_eggs_too() -> None:
    chat = await _eggs_and_apples()

    asked = chat.said(await chat.say("bob", "跟团 6个"))

    assert asked.endswith("请带上编号：鸡蛋发 +6个 #1，苹果发 +6个 #2（也可以直接回复编号或名称）。")
