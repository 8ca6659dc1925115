"""Through the playground's API: a member with nothing owed who writes `I paid @Amy` is told he has no
unpaid order with Amy; 催款 with several group buys open asks which with its own example; a help-sold
group buy that fails at its deadline is told to its help-seller in her private chat and in her group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes import FakeClock
from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_member_owing_amy_nothing_is_told_so(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "amy", "接龙 海南贵妃芒 价格 88 成团 1")
        await api.say("neighbours", "bob", "+1")
        await api.say("neighbours", "amy", "截单")

        answer = await api.say("neighbours", "dan", "I paid @Amy")

        assert said(answer, "neighbours") == [
            "You have no unpaid order with Amy here: nothing was changed. Your orders: /orders"
        ]
        assert [r for r in answer["replies"] if r["chat"] == "amy"] == []


async def test_remind_asks_which_with_its_own_example(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "amy", "接龙 荔枝 价格 10")
        await api.say("neighbours", "amy", "接龙 芒果 价格 30")

        asked = said(await api.say("neighbours", "amy", "催款"), "neighbours")

        assert asked == ["这个群里有 2 个团在接龙：#1 荔枝 · #2 芒果。请带上编号，例如 催款 #1。"]


async def test_a_failure_reaches_the_help_sellers_private_chat(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 李子 价格 10 成团 9 截止 2小时")
        await api.say("家人群", "amy", "帮卖 开 10%")
        await api.say("公司群", "bob", "帮卖 #1")
        app = api.hub.app
        assert isinstance(app.clock, FakeClock)
        app.clock.advance(hours=3)

        await api.hub.deliver(await app.expire(1))

        assert [m["text"] for m in await api.messages("bob")] == [
            "你帮卖的 李子（#1，团长 Amy）截止时未达到成团数量（0/9），不成团，不收任何款项；"
            "你挂它的群已收到通知：公司群。"
        ]
        office = [m["text"] for m in await api.messages("公司群") if not m["card_of"]]
        assert office[-1] == "❌ 李子（#1）未达到成团数量（0/9），不收任何款项。"
