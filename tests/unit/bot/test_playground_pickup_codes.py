"""Pickup codes through the playground's JSON API, on SQLite: the buyer's private chat shows the code
once paid, a helper the organiser named takes it in the group, and the card ticks the line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


def _said(response: dict[str, Any], chat: str = "family") -> str:
    """What the answer posted in `chat` (not the card, not a private message)."""
    replies = response["replies"]
    return "\n".join(r["text"] for r in replies if r["text"] and not r["card_of"] and r["chat"] == chat)


async def _last(api: PlaygroundApi, chat: str) -> str:
    return str((await api.messages(chat))[-1]["text"])


async def test_a_helper_takes_the_code_the_buyer_was_given(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南贵妃芒 价格 88 成团 1 自提 南门")
        await api.say("family", "cat", "进度")  # Cat is seen in the chat: @Cat finds her
        await api.say("family", "bob", "+2")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "已收款 1")

        receipt = await _last(api, "bob")
        paid_note = "Amy 已确认收到你订单 #1-1（海南贵妃芒）的付款 ¥176，谢谢！"
        found = re.fullmatch(
            rf"{paid_note}\n自提：南门\n取货码：(\d{{4}})（取货时出示，由团长核销）", receipt
        )
        assert found is not None, receipt
        code = found.group(1)

        named = _said(await api.say("family", "amy", "设置帮手 @Cat"))
        assert named == (
            "Cat 现在可以核销 #1 海南贵妃芒 的取货码了：在本群或私聊我发“核销 取货码”。\n已私信告诉对方。"
        )
        taken = _said(await api.say("family", "cat", f"核销 {code}"))
        assert taken == (
            f"✅ 取货码 {code}：Bob 的订单 #1-1，共 2 份：\n• 海南贵妃芒 × 2\n"
            "请按此交货，订单已标记为已提货。"
        )
        assert (await api.card("family", 1))["text"].endswith("\n1. Bob ×2 ✅📦")
        assert await _last(api, "bob") == "Cat 已确认你的订单 #1-1（海南贵妃芒）已提货，祝你吃得开心！"

        again = _said(await api.say("family", "amy", f"核销 {code}"))
        assert (
            again.startswith(f"取货码 {code} 已经用过了：Bob 的订单 #1-1 已于 ")
            and "由 Cat 核销提货" in again
        )
        assert _said(await api.say("family", "bob", f"核销 {code}")) == (
            "只有团长或团长设置的帮手可以在这里核销取货码，没有任何改动。"
        )


async def test_pickup_with_a_code_takes_it_and_with_a_time_keeps_the_place(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("office", "amy", "/groupbuy Coffee beans price 50 target 1")
        await api.say("office", "bob", "+1")
        await api.say("office", "amy", "/pickup Reception tomorrow 12:00")
        await api.say("office", "amy", "/close")
        await api.say("office", "amy", "/paid 1")
        found = re.search(r"(\d{4})", (await _last(api, "bob")).rsplit("\n", 1)[-1])
        assert found is not None
        code = found.group(1)

        moved = _said(await api.say("office", "amy", "/pickup #1 tomorrow 18:00"), "office")
        assert moved.startswith("Pickup for Coffee beans (#1) changed: Reception · ") and moved.endswith(
            " 12:00).\nI sent the pickup and their code privately to the 1 buyer who has paid;"
            " if I cannot message them, they are told in the group how to get it."
        )
        taken = _said(await api.say("office", "amy", f"/pickup {code}"), "office")
        assert taken.startswith(f"✅ Code {code}: order #1-1 of Bob, 1 unit:")
        card = (await api.card("office", 1))["text"]
        assert "1. Bob ×1 ✅📦" in card and f"Pickup: {code}" not in card
