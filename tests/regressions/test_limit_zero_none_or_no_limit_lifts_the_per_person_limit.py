"""rep100 #6: `/edit #5 limit 0` with Eve holding 1 was told to take Eve's line off first, `limit none`
that "none" is no whole number, `no limit` the edit's usage. Each (and 限购 0 / 限购 无 / 不限购) now lifts
the per-person limit, as not typing one at the opening means none, and says so;
the card drops its limit line."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPENED = {"en": "/groupbuy Mangoes price 80 limit 3", "zh": "接龙 芒果 价格 80 限购 3"}
LIFTED = {"en": "Updated Mangoes (#1): no limit per person.", "zh": "已修改 芒果（#1）：不限购。"}
LIMIT_LINE = {"en": "Limit: 3 per person", "zh": "每人限购 3 份"}


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "/edit #1 limit 0"),
        ("en", "/edit #1 limit none"),
        ("en", "/edit #1 no limit"),
        ("zh", "修改 #1 限购 0"),
        ("zh", "修改 #1 限购 无"),
        ("zh", "修改 #1 不限购"),
    ],
)
async def test_the_limit_is_lifted_and_said(lang: str, typed: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPENED[lang])
    await chat.say("eve", "+1")
    assert LIMIT_LINE[lang] in await chat.card(1)

    assert chat.said(await chat.say("amy", typed)) == LIFTED[lang]
    card = await chat.card(1)
    assert LIMIT_LINE[lang] not in card
    assert "Eve ×1" in card

    await chat.say("eve", "+4")  # over the old limit of 3: taken now
    assert "Eve ×5" in await chat.card(1)


async def test_lifted_with_another_change_in_one_edit() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", OPENED["en"])
    await chat.say("eve", "+3")

    said = chat.said(await chat.say("amy", "/edit #1 no limit price 70"))
    assert said.startswith("Updated Mangoes (#1): price ¥70, no limit per person."), said
    card = await chat.card(1)
    assert LIMIT_LINE["en"] not in card
    assert "Price: ¥70 each" in card
