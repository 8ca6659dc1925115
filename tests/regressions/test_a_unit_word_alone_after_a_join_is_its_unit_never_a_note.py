"""Session 15 (fo, review fg 19): a unit word after `+N` became a note: `+2只` on
crabs sold by the 份 → `备注：只`, `+2斤斤` on 荔枝 per 斤 → `备注：斤`, `+1 半只` joined 1 with
the note `半只`. A unit word alone is the unit: 只 (as 个, 件) counts 份 on one sold
by the 份 and is another unit on one sold per 斤 (refused); the unit typed twice
is the unit; half of one is refused, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_count_words_on_a_group_buy_sold_by_the_portion() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大闸蟹 价格 25 成团 20")
    before = await chat.card()

    half = chat.said(await chat.say("bob", "+1 半只"))
    assert await chat.card() == before
    two = chat.said(await chat.say("bob", "+2只"))

    assert half == "没看懂要几份。跟团请发 +1、+2（整数），或“我要两份”。"
    assert two.startswith("Bob 跟团：2 × 大闸蟹（#1）。当前"), two
    assert "备注" not in two
    assert (await chat.card()).endswith("\n\n1. Bob ×2")


async def test_on_a_group_buy_sold_per_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")
    before = await chat.card()

    crabs = chat.said(await chat.say("bob", "+2只"))
    boxes = chat.said(await chat.say("bob", "+2斤箱"))
    assert await chat.card() == before
    twice = chat.said(await chat.say("bob", "+2斤斤"))

    assert crabs == "荔枝（#1）按斤卖，“2只”不是它的数量。要几斤就发 +几，例如 +2（2斤）。没有任何改动。"
    assert boxes == "荔枝（#1）按斤卖，“2箱”不是它的数量。要几斤就发 +几，例如 +2（2斤）。没有任何改动。"
    assert twice.startswith("Bob 跟团：2斤 荔枝（#1）。当前 ¥15/斤。"), twice
    assert (await chat.card()).endswith("\n\n1. Bob 2斤")
