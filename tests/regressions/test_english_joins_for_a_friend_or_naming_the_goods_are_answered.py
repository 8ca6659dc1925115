"""rep92 #4: common English joins got no answer at all: `for my sister 1`, `1 for my sister`, `one for my
sister please` (while `+1 for my sister` joined), `kaya 2 for me`, `cookies 2 for me` (while `2 for me
please` joined) and `count me in for 2 and 1 for my mum`. Each now joins as its `+N` form, or is asked
to send one person at a time."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _kaya() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Kaya jars price 8 limit 4 ends tomorrow 20:00")
    return chat


@pytest.mark.parametrize("typed", ["for my sister 1", "1 for my sister", "one for my sister please"])
async def test_a_count_for_a_friend_joins_her_line(typed: str) -> None:
    chat = await _kaya()

    assert (
        chat.said(await chat.say("lou", typed)) == "Lou joined for sister: 1 × Kaya jars (#1). Now ¥8 each."
    )
    assert "Lou for sister ×1" in await chat.card()


async def test_the_goods_then_her_count_for_herself_joins() -> None:
    chat = await _kaya()

    assert chat.said(await chat.say("max", "kaya 2 for me")) == "Max is in: 2 × Kaya jars (#1). Now ¥8 each."


async def test_with_two_open_the_goods_named_say_which() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")
    await chat.say("amy", "/groupbuy Cookies price 12 stock 5 limit 2 ends tomorrow 20:00")

    said = chat.said(await chat.say("dan", "cookies 2 for me"))

    assert said == "Dan is in: 2 × Cookies (#2). Now ¥12 each."


async def test_herself_and_a_friend_in_one_message_is_asked_one_at_a_time() -> None:
    chat = await _kaya()
    card = await chat.card()

    said = chat.said(await chat.say("oli", "count me in for 2 and 1 for my mum"))

    assert said == (
        "One person per message, please: send “2 for me”, then “+1 for my mum” as a message of its own. "
        "Nothing was changed."
    )
    assert await chat.card() == card


async def test_a_count_for_something_not_a_person_stays_talk() -> None:
    chat = await _kaya()

    assert [reply for reply in await chat.say("kim", "1 for my birthday") if reply.text] == []
