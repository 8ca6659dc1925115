"""The weekly For you through the playground's JSON API: on Monday at 20:00 Dan's private chat gets one
message with the family group's best note of the week and his pick with why; a second sweep sends
nothing; Eve, who turned For you off, gets nothing."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from commerce.domain.foryou_weekly import Weekly
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock
from tests.unit.bot.playground_api import playground_api


async def test_a_member_gets_one_weekly_message_in_private(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 价格 88 截止 3天")
        await api.say("family", "amy", "+1")
        await api.say("family", "cat", "+1")
        await api.say("family", "cat", "种草 #1 这个芒果超甜")
        await api.say("family", "amy", "赞 1")
        await api.say("family", "dan", "精选")
        await api.say("family", "eve", "精选")
        await api.say("eve", "eve", "猜你喜欢 关")

        app = api.hub.app
        assert isinstance(app.clock, FakeClock)
        app.clock.advance(hours=8)  # Monday 20:00 in Shanghai
        weekly = WeeklyForYou(
            uow_factory=app.uow_factory,
            clock=app.clock,
            config=app.config,
            outbox=app,
            platform="playground",
            when=Weekly(0, time(20)),
        )
        await api.hub.deliver(await weekly())
        await api.hub.deliver(await weekly())  # the next sweep: that week is done

        [message] = [m for m in await api.messages("dan") if m["text"].startswith("🗓")]
        assert message["text"] == (
            "🗓 本周为你精选（2026-11-23）\n"
            "📝 你的群里本周最好的笔记（1 条）：\n"
            "1. #1 Cat（family）：这个芒果超甜 👍 1\n"
            "   🛒 海南贵妃芒（#1）：发 +1 #1 跟团\n"
            "🎯 猜你喜欢（1 个团）：\n"
            "· #1 海南贵妃芒（在「family」）：2 位群友正在跟；Cat 的笔记（#1）\n"
            "每周一条。在那个群里发“笔记 编号”看笔记全文，发 +1 和团号跟团（例如 +1 #1）；"
            "发“猜你喜欢 关”不再收到。"
        )
        assert not [m for m in await api.messages("eve") if m["text"].startswith("🗓")]
