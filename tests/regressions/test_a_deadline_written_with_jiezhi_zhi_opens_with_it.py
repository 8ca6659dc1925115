"""Review 74 #8: `接龙 苹果 价格 30 截至 周五` was refused as `“30 截至 周五”不是有效的价格`, and with tiers
as `看不懂阶梯价“5:25,10:20 截至 周五”`: `截至` is a common way to write `截止`. It is read as the deadline
keyword, in opening and in `修改`."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_opening_with_jiezhi_zhi_sets_the_deadline() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 苹果 价格 30 截至 周五"))

    assert "不是有效的价格" not in said
    card = await chat.card(1)
    assert "苹果" in card and "¥30" in card and "截止：11月27日 周五" in card, card


async def test_opening_with_tiers_then_jiezhi_zhi_reads_both() -> None:
    chat = fake_chat()

    said = Chat.said(await chat.say("amy", "接龙 苹果 价格 30 阶梯 5:25，10:20 截至 周五晚上8点"))

    assert "看不懂阶梯价" not in said
    card = await chat.card(1)
    assert "截止：11月27日 周五 20:00" in card and "阶梯价：满5份 ¥25 · 满10份 ¥20" in card, card


async def test_an_edit_with_jiezhi_zhi_moves_the_deadline() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 30 截止 周四")

    said = Chat.said(await chat.say("amy", "修改 截至 周五晚上8点"))

    assert said.startswith("已修改 苹果（#1）：截止"), said
    assert "截止：11月27日 周五 20:00" in await chat.card(1)
