"""rep40 item 11: the Monday weekly "猜你喜欢" said "发“笔记 编号”看笔记全文" but listed no notes. With only
picks, its foot says how to join and how to stop it, no note to read; with notes it still names them."""

from __future__ import annotations

from datetime import time

import pytest

from commerce.domain.foryou_weekly import Weekly
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


def weekly_of(chat: Chat) -> WeeklyForYou:
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # Monday 20:00 in Shanghai
    return WeeklyForYou(
        uow_factory=chat.app.uow_factory,
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        platform="test",
        when=Weekly(0, time(20)),
    )


@pytest.mark.parametrize(
    ("lang", "opening", "other", "foot", "note_word"),
    [
        (
            "zh",
            "接龙 芒果 价格 88",
            "接龙 榴莲 价格 120",
            "每周一条。在那个群里发 +1 和团号跟团（例如 +1 #2）；发“猜你喜欢 关”不再收到。",
            "笔记",
        ),
        (
            "en",
            "/groupbuy Mangoes price 88",
            "/groupbuy Durian price 120",
            "Once a week. In its group, send +1 and a group buy's number to join (e.g. +1 #2); "
            "/foryou off stops these.",
            "/note",
        ),
    ],
)
async def test_the_weekly_picks_alone_never_offer_a_note_to_read(
    lang: str, opening: str, other: str, foot: str, note_word: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("amy", other)
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #1")
    await chat.say("cat", "+1 #2")  # no note anywhere: Bob's weekly has one pick, #2

    sent = Chat.private(await weekly_of(chat)())

    assert sent["bob"].splitlines()[-1] == foot, sent["bob"]
    assert note_word not in sent["bob"]
