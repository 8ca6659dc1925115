"""s36 #4: a pasted 接龙 list whose line for a friend reads `帮赵奶奶 2` booked the 2 as the sender's own
line (or, after her own line, hinted `+2 帮 帮赵奶奶`): a member called 帮赵奶奶. Now that line is
赵奶奶's, a friend's line of the sender."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_last_line_for_a_friend_is_her_friends_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("liu", "+1", name="刘阿姨")

    said = Chat.said(await chat.say("chen", "#接龙 土鸡蛋\n1. 刘阿姨 1\n2. 帮赵奶奶 2", name="陈妈妈"))

    assert said == "陈妈妈 帮 赵奶奶 跟团：2 × 土鸡蛋（#1）。当前 ¥45/份。"
    card = await chat.card()
    assert card.endswith("1. 刘阿姨 ×1\n2. 陈妈妈 帮 赵奶奶 ×2"), card


async def test_after_her_own_line_the_hint_names_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("liu", "+1", name="刘阿姨")
    pasted = "#接龙 土鸡蛋\n1. 刘阿姨 1\n2. 陈妈妈 1\n3. 帮赵奶奶 2 6号楼101"

    said = Chat.said(await chat.say("chen", pasted, name="陈妈妈"))

    assert said == (
        "陈妈妈 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
        "名单上的“赵奶奶”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +2 帮 赵奶奶 6号楼101"
    )
