"""Session 21 (review 22, finding 7): in a Chinese chat `价格 30/boxes` was refused quoting the unit
translated into one the same message listed as known (`“30/boxes”里的单位“箱”我不认识。认识的单位：…箱…`),
`5/pieces` as `单位“个”`, and the list left out `jin`, which a price takes. A plural unit word is now the
unit it names (`boxes` 箱, `pieces` 个, `trays` tray), a word that is no unit is quoted as typed, and the
list of units names jin in both languages."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_price_per_boxes_or_pieces_opens_in_that_unit() -> None:
    chat = fake_chat()

    boxes = chat.said(await chat.say("amy", "接龙 蛋糕 价格 30/boxes"))
    pieces = chat.said(await chat.say("amy", "接龙 鸡蛋 价格 5/pieces"))
    joined = chat.said(await chat.say("bob", "+2箱 #1"))

    assert boxes.startswith("团购 #1 开团了：蛋糕，¥30/箱。"), boxes
    assert pieces.startswith("团购 #2 开团了：鸡蛋，¥5/个。"), pieces
    assert joined == "Bob 跟团：2箱 蛋糕（#1）。当前 ¥30/箱。"


async def test_a_price_per_trays_in_english_reads_per_tray() -> None:
    chat = fake_chat(default_language="en")

    opened = chat.said(await chat.say("amy", "/groupbuy Eggs price 30/trays"))

    assert opened.startswith("Group buy #1 is open: Eggs at ¥30/tray."), opened


async def test_a_word_that_is_no_unit_is_quoted_as_typed_with_jin_among_the_units() -> None:
    zh, en = fake_chat(), fake_chat(default_language="en")

    said_zh = zh.said(await zh.say("amy", "接龙 蛋糕 价格 30/tins"))
    said_en = en.said(await en.say("amy", "/groupbuy Cakes price 30/tins"))

    assert said_zh.startswith("“30/tins”里的单位“tins”我不认识。认识的单位："), said_zh
    assert said_en.startswith("“30/tins”: I don't know the unit “tins”. Units I know: "), said_en
    assert ", jin," in said_zh and ", jin," in said_en
