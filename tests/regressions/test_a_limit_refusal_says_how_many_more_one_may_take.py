"""`+1000` on Durian (limit 2) said "limited to 2 per person and you already have 0", and Bob's `+5` with
1 "you already have 1", without how many more he may take. The refusal now says it."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_limit_says_how_many_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 5 target 9 limit 2")

    none_yet = chat.said(await chat.say("bob", "+1000"))
    await chat.say("bob", "+1")
    one = chat.said(await chat.say("bob", "+5"))
    for_bob = chat.said(await chat.say("amy", "/add Bob 5"))
    await chat.say("bob", "+1")
    full = chat.said(await chat.say("bob", "+1"))

    assert none_yet == "Sorry, Durian is limited to 2 per person: send at most +2. Nothing was changed."
    assert one == (
        "Sorry, Durian is limited to 2 per person and you already have 1, so you may take 1 more."
        " Nothing was changed."
    )
    assert for_bob == (
        "Sorry, Durian is limited to 2 per person and Bob already has 1, so Bob may have 1 more."
        " Nothing was changed."
    )
    assert full == (
        "Sorry, Durian is limited to 2 per person and you already have 2: that is the most you may take."
        " Nothing was changed."
    )


async def test_the_limit_says_how_many_more_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 榴莲 价格 5 成团 9 限购 2")
    await chat.say("bob", "+1")

    assert chat.said(await chat.say("bob", "+5")) == (
        "抱歉，榴莲 每人限购 2 份，你已经有 1 份了，还能再要 1 份，没有任何改动。"
    )
