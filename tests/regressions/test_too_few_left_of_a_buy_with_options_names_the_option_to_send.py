"""Review 67 item 5: Zoe `2 pork please` with 1 left of Dumplings (#4, options veg / pork) was told "Only 1
left of Dumplings: nothing was changed. Example: +1", and `+1` alone there is only asked "which option?".
The example names the option she asked for."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["2 pork please", "+2 pork", "I want 2 pork"])
async def test_the_example_names_the_option(typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Dumplings options veg:5,pork:6 stock 5", name="Kate")
    await chat.say("leo", "+4 veg", name="Leo")
    before = await chat.card(1)

    said = chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == "Only 1 of Dumplings pork left; nothing was changed. Example: +1 pork"
    assert await chat.card(1) == before
    joined = chat.said(await chat.say("zoe", "+1 pork", name="Zoe"))
    assert joined.startswith("Zoe is in: 1 × Dumplings pork (#1)."), joined


async def test_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 饺子 规格 素:5,肉:6 库存 5", name="Kate")
    await chat.say("leo", "+4 素", name="Leo")

    said = chat.said(await chat.say("zoe", "+2 肉", name="Zoe"))

    assert said == "饺子 肉 只剩 1 份了，没有任何改动。例如：+1 肉"
