"""Session 16 review (ra 18): `/copy #6 to neighbours` of an options group buy announced the copy without
the original's `Name the option when you join: +1 egg yolk.`: nobody there knew to name one. A copy's
announcement keeps it (and the limit's line), here and in another chat."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _in(replies: list[Reply], chat_id: str | None) -> list[str]:
    return [r.text for r in replies if r.text and r.chat_id == chat_id and not r.private_to]


@pytest.mark.parametrize(
    ("lang", "opening", "copy", "hint"),
    [
        (
            "en",
            "/groupbuy Mooncakes options red bean:48,egg yolk:68 ends 3d",
            "/copy #1 to neighbours",
            "it closes Thu 26 Nov 12:00. Name the option when you join: +1 red bean.",
        ),
        (
            "zh",
            "接龙 粽子 规格 肉粽:10,甜粽:8 截止 3d 限购 2",
            "再开一团 #1 到 neighbours",
            "截止 11月26日 周四 12:00。跟团时请带上规格：+1 肉粽。每个规格每人限购 2 份。",
        ),
    ],
)
async def test_a_copy_in_another_chat_says_how_to_name_an_option(
    lang: str, opening: str, copy: str, hint: str
) -> None:
    family = fake_chat(default_language=lang)
    neighbours = Chat(family.app, chat_id="neighbours")
    await neighbours.say("amy", f"/lang {lang}")
    assert family.said(await family.say("amy", opening)).endswith(hint)  # as the original said it

    copied = _in(await family.say("amy", copy), "neighbours")

    assert len(copied) == 1 and copied[0].endswith(hint), copied


async def test_a_copy_here_says_how_to_name_an_option() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes options red bean:48,egg yolk:68 ends 3d")
    await chat.say("amy", "/cancel #1")

    copied = chat.said(await chat.say("amy", "/copy #1"))

    assert copied.endswith("it closes Thu 26 Nov 12:00. Name the option when you join: +1 red bean."), copied
