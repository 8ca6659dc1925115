"""`/leaderboard` sent in a private chat was answered "Send /rank in a group to see its sharers of the
week.": another command than the one she used. The hint now names the word she typed (`/leaderboard`,
`排行榜`); `/rank` and `排行` read as before."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("/leaderboard", "Send /leaderboard in a group to see its sharers of the week."),
        ("/rank", "Send /rank in a group to see its sharers of the week."),
        ("排行榜", "在群里发“排行榜”看本群的本周分享榜。"),
        ("排行", "在群里发“排行”看本群的本周分享榜。"),
    ],
)
async def test_the_hint_in_private_names_the_command_she_used(typed: str, answer: str) -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")

    assert room.said(await room.say("ben", typed, private=True)) == answer


async def test_in_a_chinese_private_chat_too() -> None:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("ben", "/lang zh", private=True)

    assert room.said(await room.say("ben", "/leaderboard", private=True)) == (
        "在群里发“/leaderboard”看本群的本周分享榜。"
    )
