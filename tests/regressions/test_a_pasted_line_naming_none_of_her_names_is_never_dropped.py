"""rep79 #7: Chen pasted `#接龙 土鸡蛋⏎1. Zhou 1⏎2. 陈妈妈 1⏎3. 帮赵奶奶 2`; only 赵奶奶's line was added and
line 2 was dropped without a word. Under her group alias 陈妈妈 the line is hers; where the bot knows her by
no such name, the line is said, with both ways to add it (herself or for someone)."""

from __future__ import annotations

from handlers.texts import t
from tests.unit.handlers.conftest import Chat, fake_chat

PASTED = "#接龙 土鸡蛋\n1. Zhou 1\n2. 陈妈妈 1\n3. 帮赵奶奶 2"


async def _eggs() -> Chat:
    chat = fake_chat()
    await chat.say("ann", "接龙 土鸡蛋 价格 45 截止 3d", name="Ann")
    await chat.say("zhou", "+1", name="Zhou")
    return chat


async def test_the_line_under_her_alias_is_hers() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("chen", PASTED, name="Chen", alias="陈妈妈"))

    assert said == (
        "Chen 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
        "名单上的“赵奶奶”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +2 帮 赵奶奶"
    )
    assert "2. Chen ×1" in await chat.card()


async def test_a_line_naming_none_of_her_names_is_said_not_dropped() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("chen", PASTED, name="Chen"))

    assert said == (
        "Chen 帮 赵奶奶 跟团：2 × 土鸡蛋（#1）。当前 ¥45/份。"
        "名单上的“陈妈妈”没有加上：没有一行写着你的名字（Chen），这次只加了帮 赵奶奶 报的一行。"
        "“陈妈妈”是你自己的话请发 +1；要帮 TA 跟团，请发 +1 帮 陈妈妈"
    )
    card = await chat.card()
    assert "2. Chen 帮 赵奶奶 ×2" in card and "陈妈妈" not in card


def test_in_english_too() -> None:
    said = t(
        "en",
        "pasted_line_not_added_for_friend",
        names="“Mama Chen”",
        name="Chen",
        friend="Granny",
        line="Mama Chen",
        own="+1",
        example="+1 for Mama Chen",
    )

    assert said == (
        "“Mama Chen” on the list was not added: no line has your name (Chen), so only the line for Granny "
        "was added. If “Mama Chen” is you, send +1; to join for them, send +1 for Mama Chen"
    )
