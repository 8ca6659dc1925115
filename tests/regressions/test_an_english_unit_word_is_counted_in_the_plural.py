"""Session 15 (FA): a group buy priced `12 per box` said "2 box" everywhere a quantity of it was shown
("Bob is in: 2 box of Gift box", the card's `×2 box`, the order's `2 box × ¥12`). An English unit word
that counts takes its plural form from the catalogs' plural entries ("1 box", "2 boxes"; `kg` stays
"2 kg"). Session 21: a Chinese chat says a known English unit word by its Chinese unit (`box`: `2箱`,
handlers.texts.units.said); `kg` stays a symbol there too."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_box_is_one_box_and_two_boxes() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Gift box price 12 per box")

    one = chat.said(await chat.say("bob", "+1 box"))
    two = chat.said(await chat.say("bob", "+2 boxes"))
    refused = chat.said(await chat.say("cat", "+2 kg"))
    closed = await chat.say("amy", "/close")

    assert one.startswith("Bob is in: 1 box of Gift box (#1). Now ¥12/box."), one
    assert two.startswith("Bob is in: 2 boxes more, now 3 boxes of Gift box in all (#1). Now ¥12/box."), two
    assert refused == (
        "Gift box (#1) is sold by the box, so “2 kg” is not a quantity of it. Send how many boxes you want, "
        "e.g. +2 for 2 boxes. Nothing was changed."
    )
    assert Chat.said(closed).startswith("✅ Gift box (#1) succeeded at ¥12/box: 1 order, 3 boxes.")
    assert "Gift box: 3 boxes × ¥12 = ¥36" in Chat.private(closed)["bob"]
    assert (await chat.card()).endswith("\n\n1. Bob 3 boxes")


async def test_kg_stays_and_chinese_says_the_box_in_chinese() -> None:
    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Lychees price 12/kg")
    chinese = fake_chat()
    await chinese.say("amy", "接龙 礼盒 价格 12 per box")

    kg = english.said(await english.say("bob", "+2 kg"))
    box = chinese.said(await chinese.say("bob", "+2"))

    assert kg.startswith("Bob is in: 2 kg of Lychees (#1)."), kg
    assert box.startswith("Bob 跟团：2箱 礼盒（#1）。当前 ¥12/箱。"), box  # said in Chinese (session 21)
