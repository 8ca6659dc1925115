"""rep77 #6: account Zhoushu pasted a list ending `5. 周叔 1⏎6. 赵奶奶 2 周叔代报 6号楼101` and got
赵奶奶's 2 as his own line (his 1 dropped in silence). The line put down by 周叔 for 赵奶奶 is a
friend's line: he joins his own 1 and is told how to add hers, with her address,
as when his account name is on the list."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

LIST = "#接龙 土鸡蛋\n1. 刘阿姨 1\n2. 周叔 1\n3. 赵奶奶 2 周叔代报 6号楼101"
HINT = "名单上的“赵奶奶”没有加上（贴名单只加你自己的一行）：要帮 TA 跟团，请发 +2 帮 赵奶奶 6号楼101"


async def test_a_proxied_line_under_his_is_his_friends_not_his() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("liu", "+1", name="刘阿姨")
    said = Chat.said(await chat.say("zhoushu", LIST, name="Zhoushu"))
    assert said == f"Zhoushu 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。{HINT}"
    card = await chat.card(1)
    assert card.endswith("1. 刘阿姨 ×1\n2. Zhoushu ×1"), card


async def test_with_his_name_on_the_list_the_hint_keeps_her_address() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 45", name="王姐")
    await chat.say("liu", "+1", name="刘阿姨")
    said = Chat.said(await chat.say("zhoushu", LIST, name="周叔"))
    assert said == f"周叔 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。{HINT}"
