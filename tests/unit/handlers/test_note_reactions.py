"""A reaction on a note card (what the Telegram adapter makes of a `message_reaction` update:
`nt:react:3`, `nt:unreact:3`): a like and its taking back, counted once with the card's 👍 and `赞 3`;
it says nothing in the chat, and a reaction that could not be a like (the author's own, a note that
does not exist) changes nothing."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_reaction_likes_once_with_the_button_and_taking_it_off_unlikes() -> None:
    chat = fake_chat()
    await chat.say("amy", "种草 芒果很甜")
    replies = await chat.tap("bob", "nt:react:1")
    assert [r for r in replies if r.text] == [] and chat.cards(replies) == [(-1, False)]
    assert (await chat.app.render_card(-1)).text.endswith("👍 1 · 💬 0")
    assert await chat.tap("bob", "nt:react:1") == []  # a second emoji: liked already
    assert chat.toast(await chat.say("bob", "赞 1")) == "你已经赞过笔记 #1 了。取消发“取消赞 1”。"
    assert chat.cards(await chat.tap("bob", "nt:unreact:1")) == [(-1, False)]
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")
    assert await chat.tap("bob", "nt:unreact:1") == []


async def test_a_reaction_that_cannot_be_a_like_changes_nothing_and_says_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "种草 芒果很甜")
    assert await chat.tap("amy", "nt:react:1") == []  # her own note
    assert await chat.tap("bob", "nt:react:9") == []  # no such note
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")
