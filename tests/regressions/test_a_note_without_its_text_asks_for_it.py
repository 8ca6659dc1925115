"""`种草 #1` with the text forgotten showed note #1 (someone else's note) instead of asking for the text:
in `种草 #1 …` the number is the group buy the note is about. Now it asks for the text; `笔记 1` still
shows note 1. Likewise `评论 1` without words was silent in Chinese while `/comment 1` got its form."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_planting_a_group_buy_without_words_asks_for_them() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "种草 #1 超甜")

    assert (
        chat.said(await chat.say("cat", "种草 #1"))
        == "笔记是空的。这样写：种草 #1 这款芒果超甜，已经回购三次"
    )
    assert chat.said(await chat.say("cat", "笔记 1")).startswith("笔记 #1 · Bob\n超甜")


async def test_a_comment_without_its_words_gets_the_form_in_chinese_too() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 超甜的芒果")
    assert chat.said(await chat.say("cat", "评论 1")) == (
        "评论笔记 #1 没有写内容，没有发出。这样写：评论 1 同感，很好吃"
    )
    assert await chat.say("cat", "评论一下") == []  # talk
