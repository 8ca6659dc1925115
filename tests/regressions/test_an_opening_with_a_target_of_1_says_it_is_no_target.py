"""Review 80 #12a: `/groupbuy Pears price 10 target 1` opened with no word of the target, and the card showed
`Taken: 0` with no progress bar: a target of 1 is the same as none (README: default 1, no target), and
the organiser was never told. Now the opening answer says so; a target above 1 reads as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

OPENED = {
    "en": (
        "/groupbuy Pears price 10 target 1 stock 5",
        "Group buy #1 is open: Pears at ¥10 each. Join with +1 or the Join button; "
        "it closes Tue 24 Nov 12:00. "
        "“target 1” is the same as no target: the first order makes it succeed, so the card shows the count "
        "taken, with no progress bar.",
    ),
    "zh": (
        "接龙 梨 价格 10 成团1 库存 5",
        "团购 #1 开团了：梨，¥10/份。发 +1 或点“跟团”参加，截止 11月24日 周二 12:00。"
        "“成团 1”等于不设成团数：有人跟团就算成团，卡片只显示已订数量，没有进度条。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_target_of_1_is_said_to_be_none(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    typed, expected = OPENED[lang]

    assert chat.said(await chat.say("amy", typed)) == expected


async def test_a_target_above_1_is_not_remarked() -> None:
    chat = fake_chat(default_language="en")
    said = chat.said(await chat.say("amy", "/groupbuy Apples price 10 target 2"))
    assert said == (
        "Group buy #1 is open: Apples at ¥10 each. Join with +1 or the Join button; "
        "it closes Tue 24 Nov 12:00."
    )
