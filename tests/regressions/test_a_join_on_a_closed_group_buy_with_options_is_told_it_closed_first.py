"""Session 18 (review finding 11): after `截单 #3` of 奶茶 (options 大 / 小), `+1 #3` and `/join #3` were
asked `奶茶（#3）要哪个规格？…或点对应的跟团按钮。` (a button no longer there), and following it, `+1 #3 大`,
was refused as closed. A join on a group buy that no longer takes joins is told so at once, before any
question about its options (or its unit)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CLOSED = "团购 #1（奶茶）已经截单了，没有任何改动。想要的话请 @团长 Amy 再开一团。"


@pytest.mark.parametrize("typed", ["+1 #1", "+1 #１", "/join #1", "+1 #1 大", "+2斤 #1"])
async def test_a_join_naming_it_is_told_it_closed(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12 截止 3d")
    await chat.say("bob", "+1 大")
    await chat.say("amy", "截单 #1")

    assert Chat.said(await chat.say("ken", typed)) == CLOSED, typed


async def test_a_bare_join_after_the_close_is_told_it_closed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12 截止 3d")
    await chat.say("bob", "+1 大")
    await chat.say("amy", "截单")

    assert Chat.said(await chat.say("bob", "+1")) == CLOSED


async def test_an_english_card_says_it_in_english() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Zongzi options sweet:8,salty:10 ends 3d")
    await chat.say("bob", "+1 sweet")
    await chat.say("gina", "/close")

    said = Chat.said(await chat.say("ken", "/join #1"))

    assert said == (
        "Group buy #1 (Zongzi) has closed: nothing was changed."
        " If you want some, ask its organiser @Gina to open another round."
    )
