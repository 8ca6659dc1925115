"""Review 99 #8: 李姐 tapped 跟团 on 小美's note card (no code typed); 小美's `我的收益` said
"李姐 用你的分享码跟了…". The credit was right (the note's Join is her link), the words were not: it now
says "通过你的分享跟了", true of a code, a link and a note's Join alike."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_who_joined_on_her_note_is_not_said_to_have_used_her_code() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 丹东草莓 3斤 价格 72")
    await chat.say("amy", "佣金 10%")
    await chat.say("bob", "种草 #1 丹东草莓很甜，孩子抢着吃")
    await chat.say("bob", "种草 楼下面包也不错")
    await chat.tap("cat", "nt:join:1")

    earned = chat.said(await chat.say("bob", "我的收益", private=True))

    assert "Cat 通过你的分享跟了 丹东草莓 3斤（#1）1 份，截单付款后计佣金。" in earned
    assert "分享码" not in earned
