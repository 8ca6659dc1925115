"""`+6枚` (or `跟团 6枚`) with eggs sold by the dozen and apples open beside them asked which, with the
example `鸡蛋发 +6 #1`: sent as given, that joins 6 dozen (¥72) for the half dozen she meant. 枚 and 颗
count no 份: they go to the one sold by the dozen, answered in dozens at once (replay s22b C); `+6个`
(a 个 of apples is a 份) is asked which, the eggs listed with the pieces as typed (`+6个 #1`)."""

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
async def test_pieces_of_eggs_go_to_the_eggs_and_are_answered_in_dozens(typed: str) -> None:
    chat = await _eggs_and_apples()
    pieces = typed.removeprefix("跟团 ").removeprefix("+")

    said = chat.said(await chat.say("bob", typed))

    # 枚 and 颗 count no 份 of apples: the only group buy they can mean is the one sold by the dozen
    assert said == (
        f"鸡蛋（#1）按打卖（一打 12 个），“{pieces}”是半打。要 1打（12 个）就发 +1 #1。没有任何改动。"
    )
    assert "Bob" not in chat.said(await chat.say("amy", "名单 #1"))


async def test_a_dozen_of_them_says_the_form_to_send() -> None:
    chat = await _eggs_and_apples()

    said = chat.said(await chat.say("bob", "+24枚"))

    assert said == "鸡蛋（#1）按打卖：“24枚”是 2打，要就发 +2 #1。没有任何改动。"


async def test_pieces_typed_with_ge_list_the_eggs_too() -> None:
    chat = await _eggs_and_apples()

    asked = chat.said(await chat.say("bob", "跟团 6个"))

    assert asked.endswith("请带上编号：鸡蛋发 +6个 #1，苹果发 +6个 #2（也可以直接回复编号或名称）。")
