"""Session 16 (fa; review ra 21): a group buy with options read `大 ¥20 / 小 ¥12/份` in Chinese (the unit
on the last price alone) in its announcement, its close and its card once closed. Every option's price now
reads alike, `大 ¥20/份 / 小 ¥12/份`; English says "each" once, of them all."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_each_price_says_per_portion() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 粽子 规格 大:20,小:12"))
    await chat.say("bob", "+1 大")
    closed = chat.said(await chat.say("amy", "截单"))

    assert opened.startswith("团购 #1 开团了：粽子，大 ¥20/份 / 小 ¥12/份。"), opened
    assert closed.startswith("✅ 粽子（#1）成团了：大 ¥20/份 / 小 ¥12/份，共 1 个订单、1 份。"), closed
    assert "✅ 已成团，成交价 大 ¥20/份 / 小 ¥12/份，共 1 份" in (await chat.card()).split("\n")


async def test_in_english_each_is_said_once() -> None:
    chat = fake_chat(default_language="en")
    opened = chat.said(await chat.say("amy", "/groupbuy Mooncakes options big:20,small:12"))
    await chat.say("bob", "+1 big")
    closed = chat.said(await chat.say("amy", "/close"))

    assert opened.startswith("Group buy #1 is open: Mooncakes at big ¥20 / small ¥12 each."), opened
    assert closed.startswith("✅ Mooncakes (#1) succeeded at big ¥20 / small ¥12 each"), closed
    assert "✅ Succeeded at big ¥20 / small ¥12 each: 1 unit" in (await chat.card()).split("\n")
