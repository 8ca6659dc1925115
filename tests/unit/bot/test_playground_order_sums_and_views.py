"""Session 9's orders and views through the playground's API (the ChatApp on SQLite, private chats as
the playground keeps them): an order of several options adds up as 我的订单 shows it, a reported
payment waits for the organiser there, a cancelled group buy sold nothing on the organiser's list, and
a lowered base price tells the group what everyone pays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_orders_and_views_tell_the_truth_in_the_playground(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 樱桃 规格 1kg:45,2kg:95 成团 1")
        await api.say("family", "cat", "+1 2kg")
        await api.say("family", "cat", "+2 1kg")
        await api.say("family", "amy", "截单")
        await api.say("family", "cat", "我已付款")
        orders = said(await api.say("cat", "cat", "我的订单"), "cat")[0]
        await api.say("family", "amy", "接龙 桃子 价格 18 成团 5")
        await api.say("family", "bob", "+1 #2")
        await api.say("family", "amy", "取消 #2 确认")
        listed = said(await api.say("amy", "amy", "名单 #2"), "amy")[0]
        await api.say("family", "amy", "接龙 芒果 价格 88 阶梯 2:68 成团 1")
        await api.say("family", "bob", "+1 #3")
        await api.say("family", "dan", "+1 #3")
        edited = said(await api.say("family", "amy", "修改 #3 价格 80"), "family")[0]

    assert (
        "#1-1 樱桃 2kg、樱桃 1kg（family · Amy 的团 #1）：1 × ¥95 + 2 × ¥45 = ¥185 · 已报付款，等待团长确认"
        in orders
    )
    assert "1. Bob ×1\n\n未成交（已取消）：共报 1 份，没有生成订单。" in listed
    assert edited.endswith("底价下调：¥88 → ¥80。大家的价格不变：已达阶梯价，仍按每份 ¥68。")
