"""Session 28 (rep48 #8): 王阿姨, in for 2箱, sent `给我来两箱` and was given 2 more ("又加 2箱，现在共 4箱").
A count stated without "more" (`给我来两箱`, `我要两箱`, `要2份`) from a member already holding her own line
is an echo when she holds that many: nothing changes, she is told how to add; holding another count she is
asked which she meant (set to it, or add it), nothing changed. `+2` always adds."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["给我来两箱", "我要两箱", "要2箱", "来两箱吧"])
async def test_the_count_she_holds_is_an_echo(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 45元/箱 成团 20")
    await chat.say("wang", "+2")
    before = await chat.card()

    said = Chat.said(await chat.say("wang", typed))

    assert said == "你已跟团 2箱；要再加请发 +2。这次没有改动。", typed
    assert await chat.card() == before


async def test_another_count_is_asked_which_was_meant() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 水蜜桃 价格 58 成团 20")
    await chat.say("wang", "+1")
    before = await chat.card()

    said = Chat.said(await chat.say("wang", "要2份"))

    assert said == "你已跟团 1 份：要改成 2 份 就发 改成2份；要再加 2 份 就发 +2。这次没有改动。"
    assert await chat.card() == before
    assert "共 3" in Chat.said(await chat.say("wang", "+2"))


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Peaches price 58 target 20")
    await chat.say("wang", "+2")

    said = Chat.said(await chat.say("wang", "I want 2 please"))
    asked = Chat.said(await chat.say("wang", "I want 3"))

    assert asked == (
        "You're in for 2 units: to make it 3 units, send make it 3; to add 3 units more, send +3. "
        "Nothing changed."
    )
    assert said == "You're already in for 2 units; to add more, send +2. Nothing changed."


async def test_a_first_join_so_said_joins() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 45元/箱 成团 20")

    said = Chat.said(await chat.say("wang", "给我来两箱"))

    assert said.startswith("Wang 跟团：2箱 × 芒果（#1）") or "2箱" in said, said
