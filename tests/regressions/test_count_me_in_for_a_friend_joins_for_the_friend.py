"""rep39 #4: `count me in for my mum` got no reply at all, while `+1 for my mum` joined for mum. A join said
in words (`count me in`, `me too`, `I'm in`) followed by `for my <role>` or `for @name` is the friend's line,
as `+1 for my mum` is; `count me in for dinner` and a longer sentence stay chatter, and with none open the
words are talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees 1kg price 10 target 5 ends 2h")
    return chat


@pytest.mark.parametrize(
    ("typed", "friend"),
    [
        ("count me in for my mum", "mum"),
        ("Count me in for my Mum!", "Mum"),
        ("me too for my mum please", "mum"),
        ("I'm in for my neighbour Gil #1", "Gil"),
    ],
)
async def test_a_join_in_words_for_a_friend_joins_for_the_friend(typed: str, friend: str) -> None:
    chat = await _opened()

    said = Chat.said(await chat.say("dee", typed))

    assert said == f"Dee joined for {friend}: 1 × Lychees 1kg (#1). Now ¥10 each.", typed
    assert (await chat.card(1)).endswith(f"\n\n1. Dee for {friend} ×1"), typed


async def test_it_is_answered_as_plus_one_for_the_friend_is_when_sold_out() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees 1kg price 10 target 1 stock 1 ends 2h")
    await chat.say("bob", "+1")

    said = Chat.said(await chat.say("dee", "count me in for my mum"))

    assert said == Chat.said(await chat.say("eve", "+1 for my mum")).replace("Eve", "Dee"), said
    assert "sold out" in said, said


@pytest.mark.parametrize(
    "typed",
    ["count me in for dinner", "count me in for my mum, she loves them", "me too for my birthday party"],
)
async def test_a_sentence_after_the_words_stays_chatter(typed: str) -> None:
    chat = await _opened()

    assert [reply for reply in await chat.say("dee", typed) if reply.text] == [], typed
    assert (await chat.card(1)).endswith("\n\nNobody yet: be the first with +1"), typed


async def test_with_none_open_it_stays_chatter() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")

    assert [reply for reply in await chat.say("dee", "count me in for my mum") if reply.text] == []
