"""Review 93 #4: with nothing open he had not joined, Dan's private `any recommendations?` and
`有什么推荐的吗` quoted the week's best notes of his groups, but `what should I buy?`,
`/ask what should I buy?` and `问 有什么值得买的` (the README's own examples) said only "Nothing new for
you right now". Every way of asking what to buy now quotes them when For you has no pick."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_with_a_note(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("bob", "+1")
        await chat.say("bob", "/note #1 These mangoes are super sweet")
        await chat.say("amy", "/close")
    else:
        await chat.say("amy", "接龙 芒果 价格 88")
        await chat.say("bob", "+1")
        await chat.say("bob", "种草 #1 这个芒果超甜")
        await chat.say("amy", "截单")
    await chat.say("dan", "hi" if lang == "en" else "大家好")
    return chat


@pytest.mark.parametrize("asked", ["what should I buy?", "/ask what should I buy?", "any recommendations?"])
async def test_in_english(asked: str) -> None:
    chat = await _closed_with_a_note("en")
    said = chat.said(await chat.say("dan", asked, private=True))
    assert said.startswith("No open group buy in your groups that you haven't joined right now."), said
    assert "Note #1 Bob" in said and "These mangoes are super sweet" in said


@pytest.mark.parametrize("asked", ["问 有什么值得买的", "有什么值得买的", "有什么推荐的吗"])
async def test_in_chinese(asked: str) -> None:
    chat = await _closed_with_a_note("zh")
    said = chat.said(await chat.say("dan", asked, private=True))
    assert "暂时没有新推荐" not in said, said
    assert "笔记 #1 Bob" in said and "这个芒果超甜" in said
