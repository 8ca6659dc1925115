"""The weekly For you (`WeeklyForYou`, called as the scheduler does, with a fake clock): once a week from
Monday 20:00 each member with For you on gets one private message, the week's best notes of their
groups and their picks with why, in their own language; a second sweep, a restarted bot or Tuesday sends
nothing more, next Monday again; a member who turned For you off gets neither part; with nothing to say
nothing is sent; each chat's notes are ranked once per run, not once per member."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from commerce.domain.digest import Engaged
from commerce.domain.foryou_weekly import Weekly
from handlers import outbox
from handlers.foryou_weekly import WeeklyForYou
from tests.fake_digest import FakeDigests
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

FOOT = "每周一条。在那个群里发“笔记 编号”看笔记全文；发“猜你喜欢 关”不再收到。"  # no pick: no join to name


def foot_picks(example: int) -> str:
    """The foot under picks and no note: the join is `+1` and a pick's group buy number, no note to read
    (rep40: it said “笔记 编号” with no note listed)."""
    return f"每周一条。在那个群里发 +1 和团号跟团（例如 +1 #{example}）；发“猜你喜欢 关”不再收到。"


def _weekly(chat: Chat, platform: str = "test") -> WeeklyForYou:
    app = chat.app
    return WeeklyForYou(
        uow_factory=app.uow_factory,
        clock=app.clock,
        config=app.config,
        outbox=app,
        platform=platform,
        when=Weekly(0, time(20)),  # mon 20:00
    )


def _clock(chat: Chat) -> FakeClock:
    assert isinstance(chat.app.clock, FakeClock)
    return chat.app.clock


async def _community(
    factory: FakeUnitOfWorkFactory | None = None, outbox_platform: str | None = None
) -> Chat:
    """Monday 2026-11-23 noon in the family group: Amy opens mangoes (#1) and durian (#2); Bob joins
    the mangoes, Cat both; Bob posts a note about the mangoes and Cat likes it."""
    chat = fake_chat(factory, outbox_platform=outbox_platform)
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 榴莲 价格 120")
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #1")
    await chat.say("cat", "+1 #2")
    await chat.say("bob", "种草 #1 芒果很甜")
    await chat.say("cat", "赞 1")
    return chat


async def test_once_a_week_one_private_message_with_the_best_notes_and_the_picks() -> None:
    chat = await _community()
    weekly = _weekly(chat)
    assert await weekly() == []  # Monday noon: not yet

    _clock(chat).advance(hours=8)  # Monday 20:00 in Shanghai
    sent = await weekly()
    assert len(sent) == 3
    said = Chat.private(sent)
    assert said["bob"] == (  # his own note is not picked for him
        "🗓 本周为你精选（2026-11-23）\n🎯 猜你喜欢（1 个团）：\n· #2 榴莲：1 位群友正在跟\n" + foot_picks(2)
    )
    assert said["cat"] == (  # joined both: no pick, the notes still
        "🗓 本周为你精选（2026-11-23）\n"
        "📝 你的群里本周最好的笔记（1 条）：\n"
        "1. #1 Bob（群聊）：芒果很甜 👍 1\n"
        "   🛒 芒果（#1）：发 +1 #1 跟团\n" + FOOT
    )

    assert await weekly() == []  # the next sweep
    assert await _weekly(chat)() == []  # a restarted bot: that week is done
    _clock(chat).advance(hours=24)  # Tuesday 20:00: not the day
    await chat.say("dan", "我的关注")  # Dan is seen in the group
    assert await _weekly(chat)() == []

    _clock(chat).advance(days=6)  # the next Monday 20:00: a new week (Bob's note is older than a week)
    await chat.say("amy", "接龙 车厘子 价格 200")
    await chat.say("cat", "+1 #3")
    again = Chat.private(await _weekly(chat)())
    assert sorted(again) == ["bob", "dan"]  # Cat joined the only one open, Amy organises it: nothing to say
    assert again["dan"] == (
        "🗓 本周为你精选（2026-11-30）\n🎯 猜你喜欢（1 个团）：\n· #3 车厘子：1 位群友正在跟\n" + foot_picks(3)
    )
    assert await _weekly(chat)() == []


async def test_a_member_who_turned_for_you_off_gets_neither_part() -> None:
    chat = await _community()
    await chat.say("bob", "猜你喜欢 关", private=True)
    _clock(chat).advance(hours=8)
    assert sorted(Chat.private(await _weekly(chat)())) == ["amy", "cat"]
    await chat.say("bob", "猜你喜欢 开", private=True)
    assert sorted(Chat.private(await _weekly(chat)())) == ["bob"]  # on again the same evening: his week


async def test_nothing_to_say_sends_nothing_and_the_week_still_counts() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "+1 #1")
    await chat.say("bob", "+1 #1")
    _clock(chat).advance(hours=8)
    assert await _weekly(chat, platform="telegram")() == []  # these are the test platform's members
    assert await _weekly(chat)() == []  # both joined the only group buy, nobody wrote a note
    _clock(chat).advance(hours=1)
    await chat.say("bob", "种草 #1 芒果很甜")
    assert await _weekly(chat)() == []  # told next week
    _clock(chat).advance(days=7, hours=-1)
    said = Chat.private(await _weekly(chat)())
    assert said["amy"].splitlines()[1:3] == [
        "📝 你的群里本周最好的笔记（1 条）：",
        "1. #1 Bob（群聊）：芒果很甜 👍 0",
    ]


async def test_in_the_members_language_through_the_outbox_with_plural_forms() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _community(factory, outbox_platform="test")
    await chat.say("dan", "/foryou", language="en", private=True)
    await chat.say("dan", "/following", language="en")  # seen in the group
    await chat.say("eve", "种草 #2 榴莲好吃")
    for member in ("amy", "bob", "cat"):
        await chat.say(member, "赞 2")
    _clock(chat).advance(hours=8)
    before = len(factory.state.outbox)
    sent = await _weekly(chat)()
    [to_dan] = [reply for reply in sent if reply.private_to == "dan"]
    assert to_dan.text == (
        "🗓 Your week, picked for you (2026-11-23)\n"
        "📝 The week's best notes in your groups (2):\n"
        "1. #2 Eve in a group: 榴莲好吃 👍 3\n"
        "   🛒 榴莲 (#2): send +1 #2 to join\n"
        "2. #1 Bob in a group: 芒果很甜 👍 1\n"
        "   🛒 芒果 (#1): send +1 #1 to join\n"
        "🎯 For you (2 group buys):\n"
        "· #1 芒果: 2 friends on the list now; Bob's note (#1)\n"
        "· #2 榴莲: 1 friend on the list now; Eve's note (#2)\n"
        "Once a week. In its group, send /note number to read a note, or +1 and a group buy's number "
        "to join (e.g. +1 #1); /foryou off stops these."
    )
    rows = factory.state.outbox[before:]
    assert len(rows) == len(sent)
    delivered = {outbox.delivery(row).chat: outbox.delivery(row).reply.text for row in rows}
    assert delivered["dan"] == to_dan.text
    assert await _weekly(chat)() == []
    assert len(factory.state.outbox) == before + len(sent)


async def test_each_chats_notes_are_ranked_once_a_run_not_once_a_member(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chat = await _community()
    work = Chat(chat.app, chat_id="work")
    await work.say("bob", "种草 公司楼下的咖啡不错")
    _clock(chat).advance(hours=8)
    read: list[str] = []
    engaged = FakeDigests.engaged

    async def counted(self: FakeDigests, chat_id: str, *, since: datetime, until: datetime) -> list[Engaged]:
        read.append(chat_id)
        return await engaged(self, chat_id, since=since, until=until)

    monkeypatch.setattr(FakeDigests, "engaged", counted)
    sent = Chat.private(await _weekly(chat)())
    assert sorted(sent) == ["amy", "bob", "cat"]
    assert sorted(read) == ["family", "work"]  # one read a chat for the three members
    assert "📝" not in sent["bob"]  # both notes are his own: none picked for him
    assert sent["cat"].splitlines()[1:3] == [
        "📝 你的群里本周最好的笔记（1 条）：",
        "1. #1 Bob（群聊）：芒果很甜 👍 1",
    ]
    assert "咖啡" not in sent["cat"]  # not one of Cat's groups
