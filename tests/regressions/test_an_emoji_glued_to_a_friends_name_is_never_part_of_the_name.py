"""`+2 帮刘姐🙏` (and `😊`) put down a line for a friend called `刘姐🙏`:
`Eve 帮 刘姐🙏 跟团：2 × 芒果（#1）。`, the card `Eve 帮 刘姐🙏 ×2`; with a space, `+2 帮刘姐 🙏`, it was
刘姐's. Now an emoji glued to the name is courtesy, as set apart: the line is 刘姐's, wherever the name
stands (`帮刘姐🙏 +2`, `+2 帮刘姐😊 5号楼`), and `+2 for Amy🙏` is Amy's."""

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


@pytest.mark.parametrize("typed", ["+2 帮刘姐🙏", "+2 帮刘姐😊", "+2 帮刘姐 🙏", "帮刘姐🙏 +2"])
async def test_the_line_is_the_friends_by_her_name(typed: str) -> None:
    chat = await _mangoes()

    said = Chat.said(await chat.say("eve", typed, name="Eve"))

    assert said == "Eve 帮 刘姐 跟团：2 × 芒果（#1）。当前 ¥30/份。"
    assert (await chat.card(1)).endswith("1. 小王 ×1\n2. Eve 帮 刘姐 ×2")


async def test_a_note_after_it_stays_the_note() -> None:
    chat = await _mangoes()

    said = Chat.said(await chat.say("eve", "+2 帮刘姐😊 5号楼", name="Eve"))

    assert said == "Eve 帮 刘姐 跟团：2 × 芒果（#1）。备注：5号楼。当前 ¥30/份。"
    assert (await chat.card(1)).endswith("2. Eve 帮 刘姐 ×2 · 5号楼")


async def test_in_english_too() -> None:
    chat = await _mangoes("en")

    said = Chat.said(await chat.say("eve", "+2 for Amy🙏", name="Eve"))

    assert said == "Eve joined for Amy: 2 × 芒果 (#1). Now ¥30 each."
    assert (await chat.card(1)).endswith("2. Eve for Amy ×2")
