"""`+11` on a group buy limited to 10 per person, from a member holding none, was told "you already
have 0, so you may take 10 more". With none yet she is told the most she may send; with some, what she
has and how many more, as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "first", "more"),
    [
        (
            "en",
            "/groupbuy Rice price 8 limit 10",
            "Sorry, Rice is limited to 10 per person: send at most +10. Nothing was changed.",
            "Sorry, Rice is limited to 10 per person and you already have 3, so you may take 7 more. "
            "Nothing was changed.",
        ),
        (
            "zh",
            "接龙 大米 价格 8 限购 10",
            "抱歉，大米 每人限购 10 份，最多发 +10，没有任何改动。",
            "抱歉，大米 每人限购 10 份，你已经有 3 份了，还能再要 7 份，没有任何改动。",
        ),
    ],
)
async def test_too_many_with_none_yet_is_told_the_most_to_send(
    lang: str, opening: str, first: str, more: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    assert chat.said(await chat.say("bob", "+11")) == first
    assert "Bob" not in await chat.card()
    await chat.say("bob", "+3")
    assert chat.said(await chat.say("bob", "+8")) == more
