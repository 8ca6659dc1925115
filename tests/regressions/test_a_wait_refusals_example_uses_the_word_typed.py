"""Session 27 (rep39 #9): `/waitlist 4` over the limit was answered "…send /wait 1": a working command, but
not the word typed. A wait's refusal now writes its example with the word the member used: `/waitlist 1`
after `/waitlist`, `/wait 1` after `/wait`, `候补 1` / `排队候补 1` after those; nothing is queued."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

EN = "/groupbuy Mangoes price 30 stock 3 limit 1 ends in 2 hours"
ZH = "接龙 芒果 价格 30 库存 3 限购 1 截止 2小时"


@pytest.mark.parametrize(
    ("lang", "opening", "typed", "said"),
    [
        (
            "en",
            EN,
            "/waitlist 4",
            "Mangoes is limited to 1 per person, so you can wait for 1 at most: send /waitlist 1. "
            "Nothing was changed.",
        ),
        (
            "en",
            EN,
            "/wait 4",
            "Mangoes is limited to 1 per person, so you can wait for 1 at most: send /wait 1. "
            "Nothing was changed.",
        ),
        ("zh", ZH, "候补 4", "芒果 每人限购 1 份，最多候补 1 份：请发“候补 1”。没有任何改动。"),
        ("zh", ZH, "排队候补 4", "芒果 每人限购 1 份，最多候补 1 份：请发“排队候补 1”。没有任何改动。"),
    ],
)
async def test_a_wait_over_the_limit_is_told_the_word_it_typed(
    lang: str, opening: str, typed: str, said: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening, language=lang)
    for buyer in ("bob", "cat", "dee"):
        await chat.say(buyer, "+1", language=lang)

    replies = await chat.say("kim", typed, language=lang)

    assert [r.text for r in replies] == [said]
    assert "Kim" not in chat.said(await chat.say("amy", "/list" if lang == "en" else "名单", language=lang))


async def test_a_wait_for_more_than_the_stock_keeps_waitlist() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 30 stock 3 ends in 2 hours", language="en")
    await chat.say("bob", "+3", language="en")

    replies = await chat.say("kim", "/waitlist 5", language="en")

    assert [r.text for r in replies] == [
        "Mangoes has only 3 in all, so you can wait for 3 at most: send /waitlist 3. Nothing was changed."
    ]
