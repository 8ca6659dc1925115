"""`-1 for Mum 咸蛋黄` while Mum's 豆沙 line stays was answered "Quinn still has 3 on the list", her own
units and Mum's counted as hers: it says Mum's 豆沙 line stays, the card keeping it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _mum_on_both(opening: str, friend: str) -> Chat:
    chat = fake_chat()
    await chat.say("bob", opening)
    await chat.say("quinn", f"+1 {friend} 豆沙")
    await chat.say("quinn", f"+1 {friend} 咸蛋黄")
    await chat.say("quinn", "+2 豆沙")
    return chat


async def test_in_english_mums_staying_line_is_said_as_hers() -> None:
    chat = await _mum_on_both("/groupbuy Qingtuan options 豆沙:10,咸蛋黄:12 ends 3d", "for Mum")

    said = chat.said(await chat.say("quinn", "-1 for Mum 咸蛋黄"))

    assert said == "Quinn took the line for Mum off Qingtuan 咸蛋黄 (#1); Mum's line of 豆沙 ×1 stays."
    card = await chat.card()
    assert "Quinn for Mum 豆沙 ×1" in card and "咸蛋黄 ×" not in card


async def test_in_chinese_mums_staying_line_is_said_as_hers() -> None:
    chat = await _mum_on_both("接龙 青团 规格 豆沙:10,咸蛋黄:12 截止 3d", "帮 妈妈")

    said = chat.said(await chat.say("quinn", "-1 帮 妈妈 咸蛋黄"))

    assert said == "Quinn 撤下了帮 妈妈 报的 青团 咸蛋黄（#1），妈妈 的 豆沙 ×1 还在名单上。"


async def test_her_own_line_staying_alone_is_still_said_as_hers() -> None:
    chat = await _mum_on_both("/groupbuy Qingtuan options 豆沙:10,咸蛋黄:12 ends 3d", "for Mum")
    await chat.say("quinn", "-1 for Mum 豆沙")

    said = chat.said(await chat.say("quinn", "-1 for Mum 咸蛋黄"))

    assert said == "Quinn took the line for Mum off Qingtuan 咸蛋黄 (#1); Quinn still has 2 on the list."
