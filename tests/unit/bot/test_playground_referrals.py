"""Share to earn through the playground's JSON API, on SQLite: a member's share code, a friend joining with
it in the group and in a private chat, the orders made at the close naming the sharer, the organiser's
rate on the card."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def _said(response: dict[str, Any], chat: str = "family") -> str:
    replies = response["replies"]
    return "\n".join(r["text"] for r in replies if r["text"] and not r["card_of"] and r["chat"] == chat)


async def test_a_friend_joining_with_a_share_code_is_the_sharers(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 价格 88 成团 1")
        rate = _said(await api.say("family", "amy", "佣金 5%"))
        assert rate == "分享赚：海南贵妃芒（#1）的分享者按 5% 计佣金（以其链接带来的订单实付金额计）。"
        assert "💰 分享赚 5%：发“分享”领你的分享码" in (await api.card("family", 1))["text"]
        shared = _said(await api.say("family", "bob", "分享"), "bob")  # sent to him privately
        found = re.search(r"团1-[2-9A-HJKMNP-Z]{4}", shared)
        assert found is not None, shared
        code = found.group(0)
        assert shared.startswith(f"你的海南贵妃芒（#1）分享码：{code}\n")

        joined = _said(await api.say("family", "eve", f"+2 {code} 3号楼"))
        assert joined.startswith("Eve 跟团：2 × 海南贵妃芒（#1）。备注：3号楼。")
        opened = await api.say("dan", "dan", code)  # Dan's private chat with the bot: a copy of the card
        shown = [r for r in opened["replies"] if r["chat"] == "dan" and r["card_of"]]
        assert shown and shown[0]["text"].startswith("🛒 海南贵妃芒（#1）"), opened["replies"]
        await api.say("dan", "dan", f"+1 {code}")
        card = (await api.card("family", 1))["text"]
        assert "Eve ×2" in card and "Dan ×1" in card

        await api.say("family", "amy", "截单")
        async with api.hub.app.uow_factory() as uow:
            orders = {o.buyer_id: o.sharer_id for o in await uow.orders.for_group_buy(1)}
        assert orders == {"eve": "bob", "dan": "bob"}
