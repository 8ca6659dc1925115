"""A typed `赞 3` posted "Cat 赞了笔记 #3（👍 1）" for the whole group, while the card's 👍 only answered
the liker with a toast: a busy group's likes became a stream of bot messages. A typed like in a group now
answers as the button does (the toast; the card's count changes) and posts no message."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_typed_like_posts_nothing_in_the_group() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 芒果很甜")

    liked = await chat.say("cat", "赞 1")

    assert [reply.text for reply in liked if reply.text] == []
    assert chat.toast(liked) == "已赞笔记 #1 👍"
    assert chat.cards(liked) == [(-1, False)]
