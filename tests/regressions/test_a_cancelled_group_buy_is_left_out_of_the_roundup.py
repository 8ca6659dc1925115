"""The follow round-up listed #4 赣南脐橙 after its organiser had cancelled it, without a word: followers
were sent to join what could not be joined. A group buy cancelled (or failed) by the time of the
round-up is now left out; the rest of the day's news is still told."""

from __future__ import annotations

from datetime import time

from handlers.follows import FollowRoundups
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_cancelled_group_buy_is_left_out_of_the_roundup() -> None:
    chat = fake_chat()
    await chat.say("小美", "我的关注")
    await chat.say("老王", "关注 @小美")
    await chat.say("小美", "接龙 阳光玫瑰 价格 39")
    await chat.say("小美", "接龙 赣南脐橙 价格 49")
    await chat.say("小美", "取消团购 #2")
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # 20:00 in Shanghai
    sent = await FollowRoundups(
        uow_factory=chat.app.uow_factory,
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        platform="test",
        at=time(20),
    )()

    assert Chat.private(sent)["老王"] == (
        "📬 你关注的人的动态（2026-11-23）：\n"
        "· 小美 在「群聊」开团 #1：阳光玫瑰\n"
        "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。"
    )
