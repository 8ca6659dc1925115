"""Round 33 (finding 1): on Monday 20:00 thirteen members of `/lang en` groups got the weekly "For you" in
Chinese ("🗓 本周为你精选… 🎯 猜你喜欢"): they had typed only `+1` or English sentences, so nothing told
their own language and the weekly fell back on the app's default, while every other private message to
them followed their group's `/lang`. A private message about no one group buy (the weekly, the follow
round-up) speaks the member's own language, else their groups' `/lang`, else the default."""

from __future__ import annotations

from datetime import time

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


async def test_the_weekly_for_you_speaks_an_english_groups_lang() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Musang King Durian price 68")
    await chat.say("bob", "+1")
    await chat.say("sam", "Is the durian D24 or MSW?")

    sent = Chat.private(await weekly_of(chat)())

    assert sent["sam"].startswith("🗓 "), sent
    assert "本周" not in sent["sam"] and "猜你喜欢" not in sent["sam"], sent["sam"]
    assert "Musang King Durian" in sent["sam"] and "/foryou off" in sent["sam"], sent["sam"]


async def test_the_weekly_for_you_speaks_a_chinese_groups_lang() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 榴莲 价格 68")
    await chat.say("bob", "+1")
    await chat.say("sam", "hello")

    sent = Chat.private(await weekly_of(chat)())

    assert sent["sam"].startswith("🗓 本周为你精选"), sent
    assert "猜你喜欢 关" in sent["sam"], sent["sam"]
