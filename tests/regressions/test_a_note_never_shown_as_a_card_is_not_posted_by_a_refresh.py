"""In digest mode Ned's note was taken without a card; after `摘要 关`, Ola's `+1` reached a tier and a
"new" card "笔记 #1 · Ned 烟台苹果脆甜，推荐 …" appeared, as it did (in English, in a Chinese chat) when a
group buy failed. A refresh now edits only a card shown before, and a note's card speaks the chat's
language (its group buy's card's), not the words its author typed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

CHAT = "邻居群"


async def note_cards(api: PlaygroundApi, note_id: int) -> list[str]:
    return [m["text"] for m in await api.messages(CHAT) if m["card_of"] == -note_id]


async def test_a_note_taken_in_digest_mode_gets_no_card_from_a_price_change(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "mia", "接龙 烟台苹果 5斤 价格 40 阶梯 2:35 截止 3d")
        await api.say(CHAT, "mia", "摘要 开")
        await api.say(CHAT, "ned", "种草 烟台苹果脆甜，推荐")  # told privately, no card
        await api.say(CHAT, "mia", "摘要 关")
        await api.say(CHAT, "ned", "+1")
        await api.say(CHAT, "ola", "+1")  # the tier: the price of its notes' cards moved
        assert await note_cards(api, 1) == []
        await api.say(CHAT, "mia", "取消")  # called off: its notes' cards say so, where there are some
        assert await note_cards(api, 1) == []


async def test_a_note_card_speaks_the_chats_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "amy", "接龙 烟台苹果 5斤 价格 40 成团 5")
        await api.say(CHAT, "bob", "/note #1 Crisp and sweet")
        await api.say(CHAT, "amy", "取消")
        [card] = await note_cards(api, 1)
        assert card.startswith("笔记 #1 · Bob\nCrisp and sweet")
        assert "Note #" not in card
