"""s37: session 36 made a member's private notices fall back on her groups' language (their `/lang`, else
as their cards speak) before the words she last typed (rep79 #1), but the weekly For you and the follow
round-up (`members.private_languages`) read only the groups' `/lang`, then her last words: Sam, in a
Chinese group with no `/lang`, who once asked `Is the durian sweet?` there, got both in English. They now
follow the same rule: her private `/lang`, else her app's, else her groups' language, else her words."""

from __future__ import annotations

from datetime import time

from commerce.domain.foryou_weekly import Weekly
from handlers.follows import FollowRoundups
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


def _clock(chat: Chat) -> FakeClock:
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    return clock


def _weekly(chat: Chat) -> WeeklyForYou:
    app = chat.app
    return WeeklyForYou(
        uow_factory=app.uow_factory,
        clock=_clock(chat),
        config=app.config,
        outbox=app,
        platform="test",
        when=Weekly(0, time(20)),
    )


def _roundups(chat: Chat) -> FollowRoundups:
    app = chat.app
    return FollowRoundups(
        uow_factory=app.uow_factory,
        clock=_clock(chat),
        config=app.config,
        outbox=app,
        platform="test",
        at=time(20),
    )


async def test_the_weekly_for_you_speaks_her_groups_cards_language_not_her_one_english_line() -> None:
    chat = fake_chat(default_language="en")  # no /lang anywhere: the group speaks as its cards do
    await chat.say("amy", "接龙 榴莲 价格 68")
    await chat.say("bob", "+1")
    await chat.say("sam", "Is the durian sweet?")
    _clock(chat).advance(hours=8)  # Monday 20:00 in Shanghai

    sent = Chat.private(await _weekly(chat)())

    assert sent["sam"].startswith("🗓 本周为你精选"), sent
    assert "猜你喜欢 关" in sent["sam"], sent["sam"]


async def test_the_weekly_for_you_in_an_english_group_after_one_chinese_line() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "/groupbuy Musang King Durian price 68")
    await chat.say("bob", "+1")
    await chat.say("sam", "榴莲甜吗？")
    _clock(chat).advance(hours=8)

    sent = Chat.private(await _weekly(chat)())

    assert "本周" not in sent["sam"] and "/foryou off" in sent["sam"], sent["sam"]


async def test_the_follow_roundup_speaks_her_groups_cards_language() -> None:
    chat = fake_chat(default_language="en")
    chat.title = "家庭群"
    await chat.say("amy", "接龙 芒果 价格 30")  # Amy is known in the group, its card Chinese
    await chat.say("sam", "关注 @Amy", mentions=["amy"])
    await chat.say("sam", "my orders", private=True)  # one English line
    await chat.say("amy", "接龙 榴莲 价格 68")
    _clock(chat).advance(hours=8)  # 20:00

    sent = Chat.private(await _roundups(chat)())

    assert sent["sam"].startswith("📬 你关注的人的动态（"), sent
    assert "· Amy 在「家庭群」开团 #2：榴莲" in sent["sam"], sent["sam"]


async def test_her_private_lang_still_decides() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 榴莲 价格 68")
    await chat.say("bob", "+1")
    await chat.say("sam", "榴莲甜吗？")
    await chat.say("sam", "/lang en", private=True)
    _clock(chat).advance(hours=8)

    sent = Chat.private(await _weekly(chat)())

    assert "本周" not in sent["sam"] and "/foryou off" in sent["sam"], sent["sam"]
