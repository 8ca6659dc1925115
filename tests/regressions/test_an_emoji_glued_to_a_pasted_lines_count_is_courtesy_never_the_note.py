"""An emoji right after the count of a pasted 接龙 line (`2. 老陈 3🙏`, `2. Eve 2盒🥚`, `2盒❤️`, `2盒😊`)
joined 1 with the count as its note, silently: `老陈 跟团：1 × 散养土鸡蛋 30枚/盒（#1）。备注：3。`, the card
`1. 老陈 ×1 · 3`, while `2盒 🥚` (a space before it) and a typed `+3盒🙏` joined what they said. Now the
emoji glued to the line's last word is courtesy, as set apart: her line joins its count, no note.
(小王's own first line, typed alone, joins him: the lines after it are the second.)"""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EGGS = "散养土鸡蛋 30枚/盒"


async def _eggs(lang: str = "zh") -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    if lang == "en":
        await chat.say("amy", "/lang en", name="李姐")
    await chat.say("amy", f"接龙 {EGGS} 价格 45 截止 明晚8点", name="李姐")
    await chat.say("bob", "1. 小王 2盒", name="小王")
    return chat


async def test_a_count_with_an_emoji_glued_joins_that_count() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("dan", "1. 小王 1\n2. 老陈 3🙏", name="老陈"))

    assert said == f"老陈 跟团：3 × {EGGS}（#1）。当前 ¥45/份。"
    assert (await chat.card(1)).endswith("2. 老陈 ×3")


@pytest.mark.parametrize("emoji", ["🥚", "❤️", "😊", "🙏🏻"])
async def test_a_count_in_boxes_with_an_emoji_glued_joins_that_count(emoji: str) -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("eve", f"1. 小王 2盒\n2. Eve 2盒{emoji}", name="Eve"))

    assert said == f"Eve 跟团：2 × {EGGS}（#1）。当前 ¥45/份。"
    assert (await chat.card(1)).endswith("2. Eve ×2")


async def test_an_emoji_after_a_note_leaves_the_note() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("eve", "1. 小王 2盒\n2. Eve 2盒 3号楼🙏", name="Eve"))

    assert said == f"Eve 跟团：2 × {EGGS}（#1）。备注：3号楼。当前 ¥45/份。"
    assert (await chat.card(1)).endswith("2. Eve ×2 · 3号楼")


async def test_in_english_too() -> None:
    chat = await _eggs("en")

    said = Chat.said(await chat.say("dan", "1. Bob 1\n2. Dan 3🙏", name="Dan"))

    assert said == f"Dan is in: 3 × {EGGS} (#1). Now ¥45 each."
    assert (await chat.card(1)).endswith("2. Dan ×3")
