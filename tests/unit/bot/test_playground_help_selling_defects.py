"""Help-selling through the playground's API, as members and organisers expect it: a second join from
another group names the group of the member's line; a help-seller takes over the organiser's own listing;
a cancel reaches each help-seller's private chat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from commerce.domain.listings import card_key
from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_second_joins_handovers_and_cancels_are_told(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南芒果 价格 88 成团 9 截止 2小时")
        await api.say("家人群", "amy", "帮卖 开 10%")
        await api.say("公司群", "amy", "帮卖 #1")
        taken = await api.say("公司群", "bob", "帮卖 #1")
        assert said(taken, "公司群")[0].startswith("🤝 Bob 接手本群的帮卖：海南芒果（#1，团长 Amy）")
        await api.say("家人群", "cat", "+1")
        again = said(await api.say("公司群", "cat", "+2"), "公司群")
        assert again[0].endswith(
            "你已在「家人群」跟过这个团：这 2 份加在你那里的一行里，名单和订单都在那个群，本群名单不显示。"
        )
        assert "其他群已订 3 份" in (await api.card("公司群", card_key(1)))["text"]
        cancelled = await api.say("家人群", "amy", "取消 #1 确认")
        assert said(cancelled, "bob") == [
            "你帮卖的 海南芒果（#1，团长 Amy）已被团长取消，不再成团；你挂它的群已收到通知：公司群。"
        ]
