"""Eve typed `来两份`, `报名+1` and `1份` in a group with one open group buy and the bot stayed silent: she
believed she had joined. Those words join as `我要两份` does (`来N份`, `报名 +N`, a quantity with 份
alone); `来2` without units and a bare `2` stay chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 海南贵妃芒 5斤 价格 88 截止 3d"


@pytest.mark.parametrize(
    ("typed", "quantity"),
    [
        ("来两份", 2),
        ("来一份", 1),
        ("来2份", 2),
        ("我也来一份", 1),
        ("报名+1", 1),
        ("报名 +2", 2),
        ("1份", 1),
        ("2份", 2),
        ("两份", 2),
    ],
)
async def test_the_word_joins_and_the_card_lists_her(typed: str, quantity: int) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    said = chat.said(await chat.say("eve", typed))

    assert said.startswith(f"Eve 跟团：{quantity} × 海南贵妃芒 5斤（#1）。"), said
    assert f"1. Eve ×{quantity}" in await chat.card(1)


async def test_a_note_after_come_two_is_kept_on_her_line() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    said = chat.said(await chat.say("eve", "来两份 3号楼"))

    assert "备注：3号楼" in said
    assert "1. Eve ×2 · 3号楼" in await chat.card(1)


@pytest.mark.parametrize("typed", ["来2", "来一个人帮忙", "来两份吗", "2份 3号楼"])
async def test_talk_that_only_looks_like_it_stays_chatter(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    card = await chat.card(1)

    assert await chat.say("eve", typed) == []
    assert await chat.card(1) == card
