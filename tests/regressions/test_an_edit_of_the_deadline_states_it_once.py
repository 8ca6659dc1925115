"""Session 14 (fl report, item 10): `修改 #1 截止 … 自提 …` answered
`已修改…：截止 11月28日 周六 17:00、自提 …。` then `截止时间改为 11月28日 周六 17:00（原 …）`: the new
deadline twice. It is now said once, with the old
one beside it; the group hears the move once too."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "edit", "expected"),
    [
        (
            "zh",
            "接龙 荔枝 价格 15",
            "修改 #1 截止 11月28日 17:00 自提 小区南门 12月6日 10:00",
            "已修改 荔枝（#1）：截止 11月28日 周六 17:00（原 11月24日 周二 12:00）、"
            "自提 小区南门 · 12月6日 周日 10:00。",
        ),
        (
            "en",
            "/groupbuy Lychees price 15",
            "/edit #1 deadline Nov 28 17:00 pickup south gate Dec 6 10:00",
            "Updated Lychees (#1): ends Sat 28 Nov 17:00 (was Tue 24 Nov 12:00), "
            "pickup south gate · Sun 6 Dec 10:00.",
        ),
    ],
)
async def test_an_edit_of_the_deadline_states_it_once(
    lang: str, opening: str, edit: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+1")

    assert chat.said(await chat.say("amy", edit)) == expected
