"""撤销已收 through the playground's JSON API (the real ChatApp on SQLite): the organiser's answer in the
group, the buyer's private message, the card's paid count and the organiser's private list all read
as before the mistaken 已收."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api

LISTED_UNPAID = (
    "📋 海南贵妃芒（#1）团长名单 · 已成团 · ¥88/份 · 群：family\n"
    "1. Bob ×1 · ¥88 · 订单 #1-1 共 ¥88 · ⏳未付\n"
    "2. Cat ×1 · ¥88 · 订单 #1-2 共 ¥88 · ⏳未付\n"
    "\n"
    "合计：2 份，¥176\n"
    "💰 已收 ¥0 · 待收 ¥176\n"
    "订单：已付 0（已取货 0）· 已报付款 0 · 未付 2\n"
    "导出表格：导出 #1 · 我的全部团：我的团"
)


async def test_an_undone_paid_in_the_playground(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 海南贵妃芒 价格 88 成团 1"),
            ("bob", "+1"),
            ("cat", "+1"),
            ("amy", "截单"),
        ]:
            await api.say("family", user, text)
        assert (await api.say("amy", "amy", "名单 #1"))["replies"][0]["text"] == LISTED_UNPAID
        await api.say("family", "amy", "已收 1-1")
        assert "💰 已付 1/2" in (await api.card("family", 1))["text"]

        answer = await api.say("family", "amy", "撤销已收 1-1")

        said = [(reply["chat"], reply["text"]) for reply in answer["replies"] if reply["card_of"] is None]
        assert said == [
            ("family", "已撤销订单 #1-1（Bob）的已收：改回待付款（不是退款），已私信告诉对方。"),
            (
                "bob",
                "Amy 把你的订单 #1-1（海南贵妃芒，¥88）改回了未付款：之前标记已收是误操作。"
                "还没付的话请付款；已经付过的话，请直接联系 Amy。",
            ),
        ]
        assert "💰 已付 0/2" in (await api.card("family", 1))["text"]
        assert (await api.say("amy", "amy", "名单 #1"))["replies"][0]["text"] == LISTED_UNPAID
