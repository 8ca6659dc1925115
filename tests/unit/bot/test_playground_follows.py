"""Follows in the playground, through its JSON API: Bob follows Amy in the family group, Amy opens a
group buy and posts a note there (and a note in a group Bob is not in); at 20:00 the round-up reaches
Bob's private chat as one message naming the family group, and a second sweep sends nothing."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from handlers.follows import FollowRoundups
from tests.fakes import FakeClock
from tests.unit.bot.playground_api import playground_api


async def test_a_follower_gets_one_roundup_in_private_of_the_chats_they_share(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "我的关注")
        [followed] = (await api.say("family", "bob", "关注 @Amy"))["replies"]
        assert followed["text"] == "✅ 已关注 Amy。TA 在你们共同的群里发笔记或开团，我每天私信你一条汇总。"
        [again] = (await api.say("family", "bob", "关注 @amy"))["replies"]
        assert again["text"] == "你已经关注了 Amy，没有任何改动。不想再看：取消关注 @Amy"
        await api.say("family", "amy", "接龙 芒果 价格 30")
        await api.say("family", "amy", "种草 #1 芒果很甜")
        await api.say("neighbours", "amy", "种草 楼下的咖啡不错")  # Bob is not in that group

        app = api.hub.app
        assert isinstance(app.clock, FakeClock)
        app.clock.advance(hours=8)  # 20:00 in Shanghai
        roundups = FollowRoundups(
            uow_factory=app.uow_factory,
            clock=app.clock,
            config=app.config,
            outbox=app,
            platform="playground",
            at=time(20),
        )
        await api.hub.deliver(await roundups())
        await api.hub.deliver(await roundups())  # the next sweep: that day is done

        [roundup] = [m for m in await api.messages("bob") if m["text"].startswith("📬")]
        assert roundup["text"] == (
            "📬 你关注的人的动态（2026-11-23）：\n"
            "· Amy 在「family」开团 #1：芒果\n"
            "· Amy 在「family」发了笔记 #1：芒果很甜\n"
            "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。"
        )
        [listed] = (await api.say("bob", "bob", "我的关注"))["replies"]
        assert listed["text"].startswith("你关注的人（1）：\n· Amy\n")
