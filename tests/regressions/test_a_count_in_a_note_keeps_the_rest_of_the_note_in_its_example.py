"""Session 33 (s33-enjoin 5): `+1 小 3号楼 要三份` was refused with the example `+3 小`, and sending it lost
her 3号楼. A note asking another count than the `+N` typed is still refused, nothing joined, but the join
to send keeps the rest of her note: `+3 小 3号楼`; in English `+3 veg gate 3`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_example_keeps_the_note_with_an_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 粽子 规格 小:5,大:8", name="Amy")
    before = await chat.card(1)

    said = Chat.said(await chat.say("wang", "+1 小 3号楼 要三份", name="王阿姨"))

    assert said == "你写了 +1 和“要三份”：要 3 份就发 +3 小 3号楼，没有任何改动。"
    assert await chat.card(1) == before
    await chat.say("wang", "+3 小 3号楼", name="王阿姨")  # the example sent as given
    assert "1. 王阿姨 小 ×3 · 3号楼" in await chat.card(1)


async def test_the_example_keeps_the_note_without_options() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 粽子 价格 5", name="Amy")

    said = Chat.said(await chat.say("wang", "+1 3号楼 要三份", name="王阿姨"))

    assert said == "你写了 +1 和“要三份”：要 3 份就发 +3 3号楼，没有任何改动。"


async def test_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/open Dumplings options veg:5,pork:6", name="Kate")

    said = Chat.said(await chat.say("wang", "+1 veg gate 3 3 in total", name="Wang"))

    assert said == "You wrote +1 and “3 in total”: for 3, send +3 veg gate 3. Nothing was changed."


async def test_a_note_that_is_only_the_count_gives_the_two_forms_as_before() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 粽子 价格 5", name="Amy")

    said = Chat.said(await chat.say("wang", "+1 要三份", name="王阿姨"))

    assert said == "你写了 +1 和“要三份”：要 3 份就发 +3（或 我要3份），没有任何改动。"
