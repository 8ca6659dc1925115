"""`种草 #1` with the text forgotten showed note #1 (someone else's note) instead of asking for the text:
in `种草 #1 …` the number is the group buy the note is about. Now it asks for the text; `笔记 1` still
shows note 1."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_planting_a_group_buy_without_words_asks_for_them() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "种草 #1 超甜")

    assert (
        chat.said(await chat.say("cat", "种草 #1"))
        == "笔记是空的。这样写：种草 #12 这款芒果超甜，已经回购三次"
    )
    assert chat.said(await chat.say("cat", "笔记 1")).startswith("笔记 #1 · Bob\n超甜")
