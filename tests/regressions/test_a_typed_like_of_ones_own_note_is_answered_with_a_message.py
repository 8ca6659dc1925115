"""Session 26, task T2: `赞 1` / `/like 1` typed by the note's own author in a group was answered only
with a toast, as the card's 👍 is; a typed message has no toast on Telegram, so she saw nothing. A typed
like of one's own note is now answered with a message saying one cannot like one's own note (the
card's 👍 keeps its toast), no 👍 reaction, and the card's count stays."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import fake_chat


def toasts(replies: list[Reply]) -> list[str]:
    return [reply.toast for reply in replies if reply.toast]


def posted(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


async def test_a_typed_like_of_ones_own_note_is_a_message() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")

    typed = await chat.say("bob", "赞 1")
    tapped = await chat.tap("bob", "nt:like:1")

    assert chat.said(typed) == "不能给自己的笔记 #1 点赞，赞要别人给。"
    assert toasts(typed) == [] and all(reply.reaction is None for reply in typed)
    assert chat.toast(tapped) == "不能给自己的笔记 #1 点赞，赞要别人给。" and posted(tapped) == []
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("bob", "/note the new bakery downstairs is good")

    typed = await chat.say("bob", "/like 1")
    words = await chat.say("bob", "like 1")
    tapped = await chat.tap("bob", "nt:like:1")

    own = "You cannot like your own note #1: likes come from the others."
    assert chat.said(typed) == chat.said(words) == own
    assert toasts(typed) == toasts(words) == []
    assert chat.toast(tapped) == own
    assert posted(tapped) == []
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")
