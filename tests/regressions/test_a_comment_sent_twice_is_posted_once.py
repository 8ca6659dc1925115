"""`评论 1 好吃吗` sent twice (a double send, or again from her private chat) was posted twice: the note's
author was told twice and its card counted 💬 2. The same words again from her are now said once, nothing
posted (found playing notes)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_the_repeat_is_refused_in_the_group_and_in_private() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 芒果超甜")
    first = await chat.say("dan", "评论 1 好吃吗")

    again = await chat.say("dan", "评论 1 好吃吗")
    privately = await chat.say("dan", "评论 1 好吃吗", private=True)
    other = await chat.say("dan", "评论 1 多少钱")

    assert "bob" in Chat.private(first)
    for repeat in (again, privately):
        assert Chat.private(repeat) == {}
        assert Chat.said(repeat) == "你已经在笔记 #1 下评论过“好吃吗”，没有再发。"
    assert Chat.said(other) == "💬 Dan 评论了笔记 #1"  # other words are another comment


async def test_in_english_a_friends_same_words_are_her_own_comment() -> None:
    chat = fake_chat()
    await chat.say("bob", "/note Mangoes are sweet")
    await chat.say("eve", "/comment 1 are they ripe?")

    again = Chat.said(await chat.say("eve", "/comment 1 are they ripe?"))
    amy = Chat.said(await chat.say("amy", "/comment 1 are they ripe?"))

    assert again == "You already commented “are they ripe?” on note #1, so it was not posted again."
    assert amy == "💬 Amy commented on note #1"
