"""The weekly "本周为你精选" listed `1. #1 Bob（群聊）：草莓很甜` and ended `发 +1 #编号 跟团`, but note #1
was about group buy #2 (草莓) and `+1 #1` joined the mangoes (#1): a note's number is not a group buy's.
Each listed note about a group buy now shows that group buy with the join to send (`🛒 草莓（#2）：发 +1
#2 跟团`), a closed one none (`已截单`), and the foot suggests `+1` only with the picks' group buy
numbers (`例如 +1 #2`), never `+1 #编号`."""

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


async def test_a_note_shows_its_group_buy_and_the_join_to_send() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30")
    await chat.say("bob", "种草 #2 草莓很甜，回购了")
    await chat.say("cat", "赞 1")

    sent = Chat.private(await weekly_of(chat)())

    lines = sent["cat"].splitlines()
    note = lines.index("1. #1 Bob（群聊）：草莓很甜，回购了 👍 1")
    assert lines[note + 1] == "   🛒 草莓（#2）：发 +1 #2 跟团"
    assert "+1 #编号" not in sent["cat"]
    assert "+1 #1" not in sent["cat"]  # group buy #1 is the mangoes
    assert lines[-1].endswith("发 +1 和团号跟团（例如 +1 #2）；发“猜你喜欢 关”不再收到。")


async def test_a_closed_group_buy_offers_no_join() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30")
    await chat.say("dan", "+1 #2")
    await chat.say("dan", "+1 #1")
    await chat.say("bob", "种草 #2 草莓很甜，回购了")
    await chat.say("cat", "赞 1")
    await chat.say("amy", "截单 #2")
    await chat.say("amy", "截单 #1")

    sent = Chat.private(await weekly_of(chat)())

    lines = sent["cat"].splitlines()
    note = lines.index("1. #1 Bob（群聊）：草莓很甜，回购了 👍 1")
    assert lines[note + 1] == "   🛒 草莓（#2）已截单"
    assert "+1" not in sent["cat"]
    assert lines[-1] == "每周一条。在那个群里发“笔记 编号”看笔记全文；发“猜你喜欢 关”不再收到。"


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/groupbuy Strawberries price 30")
    await chat.say("bob", "/note #2 Very sweet strawberries, bought twice")
    await chat.say("cat", "/like 1")

    sent = Chat.private(await weekly_of(chat)())

    lines = sent["cat"].splitlines()
    note = lines.index("1. #1 Bob in a group: Very sweet strawberries, bought twice 👍 1")
    assert lines[note + 1] == "   🛒 Strawberries (#2): send +1 #2 to join"
    assert "+1 #number" not in sent["cat"]
    assert "+1 #1" not in sent["cat"]
    assert lines[-1].endswith("or +1 and a group buy's number to join (e.g. +1 #2); /foryou off stops these.")


async def test_a_closed_group_buy_offers_no_join_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/groupbuy Strawberries price 30")
    await chat.say("dan", "/join #2")
    await chat.say("dan", "/join #1")
    await chat.say("bob", "/note #2 Very sweet strawberries, bought twice")
    await chat.say("cat", "/like 1")
    await chat.say("amy", "/close #2")
    await chat.say("amy", "/close #1")

    sent = Chat.private(await weekly_of(chat)())

    lines = sent["cat"].splitlines()
    note = lines.index("1. #1 Bob in a group: Very sweet strawberries, bought twice 👍 1")
    assert lines[note + 1] == "   🛒 Strawberries (#2) has closed"
    assert "+1" not in sent["cat"]
    assert lines[-1] == (
        "Once a week. In its group, send /note number to read a note; /foryou off stops these."
    )
