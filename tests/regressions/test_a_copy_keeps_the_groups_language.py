"""`/copy #1` typed with its English word in a Chinese group opened an English card for everyone there.
A copy now speaks the target chat's language setting, else the original's."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_copy_of_a_chinese_group_buy_stays_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南芒果 价格 30 截止 2小时")
    await chat.say("amy", "取消 #1")  # a copy beside the open original is refused

    replies = await chat.say("amy", "/copy #1")

    card = next(r for r in replies if r.is_card)
    assert card.card_of == 2
    assert "🛒 海南芒果（#2）" in await chat.card(2)
    assert "团长：Amy" in await chat.card(2)
