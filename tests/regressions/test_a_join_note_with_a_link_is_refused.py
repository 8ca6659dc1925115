"""rep54 #10: `+1 #2 看这里 https://evil.example.com/x` joined with the note as typed: the outside link was
echoed in the group and printed on the card, in the order and on the list, unflagged (the same link in a
`种草` note is flagged 未验证). A join note carrying a link is now refused in one line, nothing joined."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPEN = {
    "zh": ("接龙 土鸡蛋 价格 30", "接龙 阳光玫瑰 价格 58"),
    "en": ("/groupbuy Eggs price 30", "/groupbuy Grapes price 58"),
}
REFUSED = {
    "zh": "卡片上不显示链接，这次没有跟团，没有任何改动。请去掉链接再发，例如：+1 3号楼502",
    "en": "Links are not shown on the card, so nothing was joined: send the join again without the link, "
    "e.g. +1 Gate 3 flat 502.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    "typed",
    [
        "+1 #2 看这里 https://evil.example.com/x",
        "+1 #2 see www.evil.example.com",
        "+2 #2 (https://evil.example.com)",
    ],
)
async def test_a_join_note_with_a_link_is_refused(lang: str, typed: str) -> None:
    chat = fake_chat(default_language=lang)
    for opening in OPEN[lang]:
        await chat.say("wang", opening, language=lang)

    # a note in English words (`see …`) is answered in English in a Chinese chat too (session 30)
    expected = REFUSED["en"] if typed.startswith("+1 #2 see") else REFUSED[lang]
    assert chat.said(await chat.say("zhou", typed, language=lang)) == expected
    card = await chat.card(2)
    assert "evil" not in card and "Zhou" not in card


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_join_note_without_a_link_still_joins(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    for opening in OPEN[lang]:
        await chat.say("wang", opening, language=lang)

    await chat.say("zhou", "+1 #2 3号楼502", language=lang)

    assert "3号楼502" in await chat.card(2)
