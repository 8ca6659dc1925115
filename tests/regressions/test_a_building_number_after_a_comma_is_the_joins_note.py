"""`+2，5号楼` (`+2,5号楼`, `+2，3号楼`, `+1 ，5号楼`, `2份，5号楼302`) was dropped without a word: no join,
no reply (the comma then a digit read as an unreadable decimal comma), while `+2，A栋` and `+2。5号楼`
joined with their note. Now a number glued to a building's word (号楼 栋 单元 室 楼) after the comma is an
address: the join of that count, the address its note. `+2,5` and `+2，5` stay the decimal comma they
are documented as (`“2,5”：小数请写点（2.5）…`)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _mangoes(lang: str = "zh") -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    if lang == "en":
        await chat.say("amy", "/lang en", name="李姐")
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点", name="李姐")
    await chat.say("bob", "+1", name="小王")
    return chat


@pytest.mark.parametrize(
    ("typed", "count", "note"),
    [
        ("+2，5号楼", 2, "5号楼"),
        ("+2,5号楼", 2, "5号楼"),
        ("+2，3号楼", 2, "3号楼"),
        ("+1 ，5号楼", 1, "5号楼"),
        ("2份，5号楼302", 2, "5号楼302"),
        ("我要2份，5号楼", 2, "5号楼"),
        ("+1，12栋3单元", 1, "12栋3单元"),
        ("+2，5号楼，谢谢", 2, "5号楼"),
        ("+2，A栋", 2, "A栋"),
    ],
)
async def test_the_join_has_the_address_as_its_note(typed: str, count: int, note: str) -> None:
    chat = await _mangoes()

    said = Chat.said(await chat.say("eve", typed, name="Eve"))

    assert said == f"Eve 跟团：{count} × 芒果（#1）。备注：{note}。当前 ¥30/份。"
    assert (await chat.card(1)).endswith(f"1. 小王 ×1\n2. Eve ×{count} · {note}")


@pytest.mark.parametrize("typed", ["+2,5", "+2，5"])
async def test_a_decimal_comma_is_still_said_so(typed: str) -> None:
    chat = await _mangoes()
    card = await chat.card(1)

    said = Chat.said(await chat.say("eve", typed, name="Eve"))

    assert said == "“2,5”：小数请写点（2.5），但这里按份卖，份数只能是整数：发 +1 或 +2。没有任何改动。"
    assert await chat.card(1) == card


async def test_in_english_too() -> None:
    chat = await _mangoes("en")

    said = Chat.said(await chat.say("eve", "+2,5号楼", name="Eve"))

    assert said == "Eve is in: 2 × 芒果 (#1). Note: 5号楼. Now ¥30 each."
    assert (await chat.card(1)).endswith("2. Eve ×2 · 5号楼")
