"""老王 followed 阿强 and 小美; the first 20:00 round-up arrived, and from the next day on nobody got any:
claiming the second day's round-up (an UPDATE of the day before) could not compile on any engine, so
every sweep failed. Tests had only ever made a first day's round-up on a database. Now the round-up
arrives every day the followed post something, in the playground as on every store."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from handlers.follows import FollowRoundups
from tests.fakes import FakeClock
from tests.unit.bot.playground_api import playground_api


async def test_followers_get_a_roundup_every_day_not_only_the_first(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for member in ("阿强", "小美", "小红"):
            await api.say("家庭群", member, "我的关注")
        await api.say("家庭群", "老王", "关注 @阿强")
        await api.say("家庭群", "老王", "关注 @小美")
        await api.say("家庭群", "小美", "接龙 阳光玫瑰 价格 39")
        app = api.hub.app
        assert isinstance(app.clock, FakeClock)
        roundups = FollowRoundups(
            uow_factory=app.uow_factory,
            clock=app.clock,
            config=app.config,
            outbox=app,
            platform="playground",
            at=time(20),
        )
        app.clock.advance(hours=8)  # 20:00 in Shanghai
        await api.hub.deliver(await roundups())
        app.clock.advance(hours=16)  # the next day, 12:00
        await api.say("家庭群", "阿强", "种草 #1 阳光玫瑰很脆")
        await api.say("家庭群", "小红", "关注 @阿强")
        app.clock.advance(hours=8)  # 20:00 again
        await api.hub.deliver(await roundups())

        told = [m["text"] for m in await api.messages("老王") if m["text"].startswith("📬")]
        assert told == [
            "📬 你关注的人的动态（2026-11-23）：\n"
            "· 小美 在「家庭群」开团 #1：阳光玫瑰\n"
            "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。",
            "📬 你关注的人的动态（2026-11-24）：\n"
            "· 阿强 在「家庭群」发了笔记 #1：阳光玫瑰很脆\n"
            "每天一条。我的关注 查看；取消关注 @名字 不再收到 TA 的动态。",
        ]
        [hers] = [m["text"] for m in await api.messages("小红") if m["text"].startswith("📬")]
        assert hers.splitlines()[1] == "· 阿强 在「家庭群」发了笔记 #1：阳光玫瑰很脆"
