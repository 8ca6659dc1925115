"""`吴姐 +1 9号楼`, `张叔 2份 5号楼`, `张叔 2盒 5号楼`, `小马 1 10号楼` (a name, a count and an address: the
commonest WeChat 接龙 line) got no reply, so she believed she was on the list (rep77 #1). Now it joins
with the address as the line's 备注 (her own 接龙 name when it is no one else's, as `王阿姨 +2 #1`); after
the close it is told it closed, as a late `+1` is; `3号楼有人吗`, `明天9点到` stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_name_a_count_and_an_address_join_with_the_address_as_the_note() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")

    # 小马 is Xiaoma's 接龙 name, not her account's
    wu = Chat.said(await chat.say("wu", "吴姐 +1 9号楼", name="吴姐"))
    zhang = Chat.said(await chat.say("zhang", "张叔 2份 5号楼", name="张叔"))
    boxes = Chat.said(await chat.say("zhou", "周叔 2盒 5号楼", name="周叔"))
    ma = Chat.said(await chat.say("xiaoma", "小马 1 10号楼", name="Xiaoma"))

    assert wu == "吴姐 跟团：1 × 土鸡蛋（#1）。备注：9号楼。当前 ¥45/份。"
    assert zhang == "张叔 跟团：2 × 土鸡蛋（#1）。备注：5号楼。当前 ¥45/份。"
    assert boxes == "周叔 跟团：2 × 土鸡蛋（#1）。备注：5号楼。当前 ¥45/份。"
    assert ma == "Xiaoma（名单上写作 小马）跟团：1 × 土鸡蛋（#1）。备注：10号楼。当前 ¥45/份。"
    card = await chat.card()
    assert "1. 吴姐 ×1 · 9号楼" in card and "2. 张叔 ×2 · 5号楼" in card and "4. 小马 ×1 · 10号楼" in card

    assert await chat.say("li", "3号楼有人吗", name="小李") == []
    assert await chat.say("li", "明天9点到", name="小李") == []
    assert await chat.say("li", "小李 1 号楼", name="小李") == []  # building 1, no count


async def test_the_same_line_after_the_close_is_told_it_closed() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("zhang", "+1", name="张叔")
    await chat.say("wang", "截单", name="王姐")

    said = Chat.said(await chat.say("wu", "吴姐 +1 9号楼", name="吴姐"))

    assert said == "团购 #1（土鸡蛋）已经截单了，没有任何改动。想要的话请 @团长 王姐 再开一团。"
    assert "吴姐" not in await chat.card()
