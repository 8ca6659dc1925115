"""Session 16 (fa; review ra 11): `-1 for mum` with only Wang's and mom's lines on a per-kg buy listed
them `Wang ×1 / mom ×1`; a line's amount is said in the unit (`Wang 1 kg`, `小王 2斤`), as the card does."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english_per_kg() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg")
    await chat.say("dan", "+1 for Wang")
    await chat.say("dan", "+2 for mom")

    reply = chat.said(await chat.say("dan", "-1 for mum"))

    assert reply == (
        "You have no line for mum in Lychees (#1); your friends' lines are: Wang 1 kg / mom 2 kg. "
        "E.g. -1 for Wang. Nothing was changed."
    )


async def test_in_chinese_per_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 15元/斤")
    await chat.say("cat", "+2 帮 小王")

    reply = chat.said(await chat.say("cat", "-1 帮 小张"))

    assert (
        reply
        == "你在 烟台苹果（#1）没有帮 小张 报的；你帮朋友报的有：小王 2斤。例如：-1 帮 小王。没有任何改动。"
    )
