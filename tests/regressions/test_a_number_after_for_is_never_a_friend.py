"""Session 34 (s34-joins 2): `+2 for 3` put Zoe down for a friend called "3" ("Zoe joined for 3: 2 ×
Cookies"). A bare number after `for` is no friend's name, and which count is meant is unclear: it joins
nothing and gets the forms (`+2` for 2, `+3` for 3, `+2 for Amy` / `+2 帮 小王` for a friend), the `#N`
typed kept; `+2 for 2` is `+2`, `+1 for 3` 3 (as before), `+2 for Amy` Amy's line."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened(language: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    opening = "/open Cookies price 5 target 10" if language == "en" else "接龙 曲奇 价格 5 成团 10"
    await chat.say("amy", opening, name="Kate")
    return chat


@pytest.mark.parametrize(
    ("typed", "number"),
    [("+2 for 3", ""), ("+2 #1 for 3", " #1"), ("+2 for 3 #1", " #1"), ("+2 for 3 please", "")],
)
async def test_a_number_after_for_joins_nothing_and_gets_the_forms(typed: str, number: str) -> None:
    chat = await _opened("en")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", typed, name="Zoe"))

    assert said == (
        f"“for 3” names no friend (a number is not a name), so nothing was changed. "
        f"To join 2, send +2{number}; "
        f"to join 3, send +3{number}; for a friend, add their name: +2{number} for Amy."
    )
    assert await chat.card(1) == before
    assert "for 3" not in await chat.card(1)


async def test_in_a_chinese_chat_the_forms_are_chinese() -> None:
    chat = await _opened("zh")
    before = await chat.card(1)

    said = Chat.said(await chat.say("zoe", "+2 for 3", name="小周"))

    assert said == (
        "“for 3”不是朋友的名字（数字不是名字），没有任何改动。要 2 份就发 +2，要 3 份就发 +3；"
        "帮朋友跟团请写上名字，例如 +2 帮 小王。"
    )
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("typed", "said", "line"),
    [
        ("+2 for 2", "Zoe is in: 2 × Cookies (#1). Now ¥5 each.", "1. Zoe ×2"),
        ("+1 for 3", "Zoe is in: 3 × Cookies (#1). Now ¥5 each.", "1. Zoe ×3"),
        ("+2 for Amy", "Zoe joined for Amy: 2 × Cookies (#1). Now ¥5 each.", "1. Zoe for Amy ×2"),
    ],
)
async def test_a_count_or_a_name_after_for_joins_as_before(typed: str, said: str, line: str) -> None:
    chat = await _opened("en")

    assert Chat.said(await chat.say("zoe", typed, name="Zoe")) == said
    assert line in await chat.card(1)
