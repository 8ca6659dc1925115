"""rep40 ("What a 团长 missed"): copying a failed or cancelled buy (`再开一团 #5`) told nobody who had
joined it: Bob had to notice, and Uma (joined by share code, in private) never heard. Each who had
joined is told once, privately, in their language, that a new round is open and how to join it; a copy
of one that went ahead tells nobody privately."""

from __future__ import annotations

import re
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

ZH = "Amy 又开了一轮 阳光玫瑰（#2）。你跟过的 #1 没有成行，这次要跟就在「小区水果群」发 +1 #2。"
EN = (
    "Amy has opened 阳光玫瑰 again (#2). #1, which you had joined, did not go ahead; "
    "to join this round, send +1 #2 in 小区水果群."
)


def fruit_chat(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    config = AppConfig(default_language="zh", outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    return Chat(app, chat_id="qun", title="小区水果群")


async def joined(chat: Chat) -> None:
    await chat.say("amy", "接龙 阳光玫瑰 价格 60 成团 10 截止 2小时")
    await chat.say("bob", "+2")
    await chat.say("amy", "+1")  # the organiser's own line: she knows
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("bob", "分享")))
    assert found is not None
    await chat.say("uma", f"+1 {found.group(0)}", private=True, language="en")


async def test_a_copy_of_a_cancelled_buy_tells_its_joiners() -> None:
    chat = fruit_chat(FakeUnitOfWorkFactory(), FakeClock())
    await joined(chat)
    await chat.say("amy", "取消 #1 确认")  # buyers on it: a call-off asks first

    copied = await chat.say("amy", "再开一团 #1")

    assert "#2" in chat.said(copied)
    assert chat.private(copied) == {"bob": ZH, "uma": EN}


async def test_a_copy_of_a_failed_buy_tells_its_joiners() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fruit_chat(factory, clock)
    await joined(chat)
    clock.advance(hours=3)
    await chat.app.expire(1)

    copied = await chat.say("amy", "再开一团 #1")

    assert chat.private(copied) == {"bob": ZH, "uma": EN}


async def test_a_copy_of_a_buy_that_went_ahead_tells_nobody_privately() -> None:
    chat = fruit_chat(FakeUnitOfWorkFactory(), FakeClock())
    await chat.say("amy", "接龙 阳光玫瑰 价格 60 截止 2小时")
    await chat.say("bob", "+2")
    await chat.say("amy", "截单")

    copied = await chat.say("amy", "再开一团 #1")

    assert "#2" in chat.said(copied)
    assert chat.private(copied) == {}
