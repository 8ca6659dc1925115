"""代报 in words was silent (rep77 #5): `帮赵奶奶报2份 6号楼101`, `帮赵奶奶报2盒，6号楼101`, then
`赵奶奶改成1份` and `赵奶奶不要了`, so the helper believed 赵奶奶 was on the list, or off it. Now they are
`+2 帮 赵奶奶 6号楼101`, that friend's line set to 1 and taken off, as `-1 赵奶奶` would."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_friend_reported_in_words_is_her_line_and_changed_in_words() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")

    said = Chat.said(await chat.say("chen", "帮赵奶奶报2份 6号楼101", name="陈妈妈"))
    boxes = Chat.said(await chat.say("li", "帮赵奶奶报2盒，6号楼101", name="小李"))

    assert said == "陈妈妈 帮 赵奶奶 跟团：2 × 土鸡蛋（#1）。备注：6号楼101。当前 ¥45/份。"
    assert boxes == "小李 帮 赵奶奶 跟团：2 × 土鸡蛋（#1）。备注：6号楼101。当前 ¥45/份。"
    assert "1. 陈妈妈 帮 赵奶奶 ×2 · 6号楼101" in await chat.card()

    changed = Chat.said(await chat.say("chen", "赵奶奶改成1份", name="陈妈妈"))
    assert changed == "陈妈妈 帮 赵奶奶 报的现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert "1. 陈妈妈 帮 赵奶奶 ×1 · 6号楼101" in await chat.card()

    gone = Chat.said(await chat.say("chen", "赵奶奶不要了", name="陈妈妈"))
    assert gone == "陈妈妈 撤下了帮 赵奶奶 报的 土鸡蛋（#1）。"
    card = await chat.card()
    assert "陈妈妈" not in card and "1. 小李 帮 赵奶奶 ×2 · 6号楼101" in card  # 小李's own 赵奶奶 line stays


async def test_her_own_name_before_the_change_is_her_own_line() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("wy", "王阿姨 +2", name="Wangayi")  # her 接龙 name
    await chat.say("zhang", "+3", name="张叔")

    jielong = Chat.said(await chat.say("wy", "王阿姨改成1份", name="Wangayi"))
    account = Chat.said(await chat.say("zhang", "张叔不要了", name="张叔"))

    assert jielong == "Wangayi 现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert account == "张叔 退出了 土鸡蛋（#1）。"
    card = await chat.card()
    assert "1. 王阿姨 ×1" in card and "张叔" not in card
