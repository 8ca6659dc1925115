"""The organiser's own orders through the playground's API (the ChatApp on SQLite): a help-sold group
buy she joined herself closes like any other, after an earlier one of hers did, and both her orders
are paid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_help_sold_group_buy_she_joined_closes_after_another_of_hers(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 荔枝 价格 10 库存 10 截止 2小时")
        await api.say("family", "amy", "+1")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "接龙 桑葚 价格 12 库存 10 截止 明天20:00")
        await api.say("family", "amy", "帮卖 #2 开 5%")
        await api.say("neighbours", "bob", "帮卖 #2")
        await api.say("family", "amy", "+1 #2")

        closed = await api.say("family", "amy", "截单 #2")

        assert said(closed, "family")[0].startswith("✅ 桑葚（#2）成团了：¥12/份，共 1 个订单、1 份。")
        hers = said(closed, "amy")  # her summary (nothing to collect: her own order only), then her order
        assert hers[0].startswith(
            "已截单：桑葚（#2）成团了，¥12/份，共 1 个订单、1 份，"
            "合计 ¥12，其中你自己的订单 ¥12 已记为已收，向买家应收 ¥0。"
        )
        assert hers[1].endswith("这是你自己开的团：订单已记为已付款，不用付给自己。")
        orders = said(await api.say("amy", "amy", "我的订单"), "amy")[0]
        assert "#2-1 桑葚（family · Amy 的团 #2）：1 × ¥12 = ¥12 · 已付款" in orders
        assert "#1-1 荔枝（family · Amy 的团 #1）：1 × ¥10 = ¥10 · 已付款" in orders
