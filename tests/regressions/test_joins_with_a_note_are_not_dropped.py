"""Half of real 接龙 joins were silently dropped: WeChat members type a note after the quantity
(`+1 3号楼502`, `+10 备注：要大个的`), a courtesy (`+1 谢谢团长`), a raised hand (`🙋+1`), or paste the
group's 接龙 list back with their own line added. All of these got no reply and no place on the list.

Every one now joins, with the note kept on the member's line (courtesy is not a note), through the one
parser all platforms share; this checks it in a chat and through the playground's API."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat

DROPPED = [
    ("+1 3号楼502", "Bob ×1 · 3号楼502"),
    ("+10 备注：要大个的", "Bob ×10 · 要大个的"),
    ("+20 (5栋)", "Bob ×20 · 5栋"),
    ("+1 谢谢", "Bob ×1"),
    ("+1 谢谢团长", "Bob ×1"),
    ("+1 please", "Bob ×1"),
    ("+1 🥚", "Bob ×1"),
    ("🙋+1", "Bob ×1"),
    ("me too +1", "Bob ×1"),
    ("我要两份🍓", "Bob ×2"),
    ("+1+1", "Bob ×2"),
    ("接1", "Bob ×1"),
    ("#接龙\n海南芒果\n\n1. Amy 2份\n2. Cat 1\n3. 小李 +1 3栋", "Bob ×1 · 3栋"),
]


@pytest.mark.parametrize(("typed", "line"), DROPPED)
async def test_a_join_with_a_note_or_a_courtesy_is_answered_and_listed(typed: str, line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南芒果 价格 30 成团 50")

    replies = await chat.say("bob", typed)

    # `me too` is English words: answered in English in a Chinese chat too (sessions 30, 32); `+1 please` a
    # courtesy alone, answered in the chat's language (session 34)
    english = typed.startswith("me too")
    assert chat.said(replies).startswith("Bob is in:" if english else "Bob 跟团："), typed
    assert (await chat.card(1)).endswith(f"\n\n1. {line}")


async def test_the_playground_keeps_a_joins_note_on_the_card(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南芒果 价格 30 成团 50")

        answer = await api.say("family", "bob", "+1 3号楼502 谢谢")

        said = [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]
        assert said[0].startswith("Bob 跟团：1 × 海南芒果")
        assert (await api.card("family", 1))["text"].endswith("\n\n1. Bob ×1 · 3号楼502")
