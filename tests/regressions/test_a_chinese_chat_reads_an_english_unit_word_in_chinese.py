"""Session 21 (B2): a Chinese chat's group buy priced per an English unit word (`接龙 梨 价格 12/jin`) read
the English word in Chinese text: `梨，¥12/jin`, `2 jin 梨`, a refusal's `按jin卖`, `0.3 jin`, `不是整jin数`.
A Chinese chat now says a known English unit word by its Chinese unit, the English refusals' mapping read
backwards (handlers.texts.units.said: jin 斤, piece 个, box 箱); `kg` stays a symbol (`¥12/kg`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_group_buy_per_jin_reads_jin_as_jin_in_chinese() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 梨 价格 12/jin 成团 3"))
    joined = chat.said(await chat.say("bob", "+2"))
    boxes = chat.said(await chat.say("cat", "+2箱"))
    liang = chat.said(await chat.say("cat", "+3两"))

    assert opened.startswith("团购 #1 开团了：梨，¥12/斤。"), opened
    assert joined == "Bob 跟团：2斤 梨（#1）。当前 ¥12/斤。"
    assert boxes == "梨（#1）按斤卖，“2箱”不是它的数量。要几斤就发 +几，例如 +2（2斤）。没有任何改动。"
    assert liang == "梨（#1）按斤卖，“3两”是 0.3斤，不是整斤数。要 1斤 就发 +1。没有任何改动。"
    assert (await chat.card()).endswith("▓▓▓▓▓▓░░░░ 2/3斤\n截止：11月24日 周二 12:00\n\n1. Bob 2斤")


async def test_pieces_and_kg_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 2 per piece")
    await chat.say("amy", "接龙 荔枝 价格 12/kg")

    assert chat.said(await chat.say("bob", "+6 #1")) == "Bob 跟团：6个 鸡蛋（#1）。当前 ¥2/个。"
    assert chat.said(await chat.say("bob", "+2 #2")) == "Bob 跟团：2 kg 荔枝（#2）。当前 ¥12/kg。"
