"""Through the playground's API: a buyer's `I paid @Amy` is his report to Amy, and a sold-out hint with
two group buys open names the group buy, so sending it puts the member on the waiting list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_buyers_paid_at_the_organiser_reports_his_payment(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "amy", "接龙 海南贵妃芒 价格 88 成团 1")
        await api.say("neighbours", "bob", "+1")
        await api.say("neighbours", "dan", "+1")
        await api.say("neighbours", "amy", "截单")

        answer = await api.say("neighbours", "dan", "I paid @Amy")

        assert said(answer, "neighbours") == [
            "Thanks, Dan: Amy is asked to confirm your payment for order #1-2; "
            "the amount was sent to you privately. "
            "The card shows 💸 until they do."
        ]


async def test_following_the_sold_out_hint_waits(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "amy", "接龙 李子 价格 12")
        await api.say("neighbours", "amy", "接龙 海南芒果 规格 3斤:58:3,5斤:88:1")
        await api.say("neighbours", "bob", "+1 #2 5斤")

        [hint] = said(await api.say("neighbours", "dan", "+1 #2 5斤"), "neighbours")
        waited = await api.say("neighbours", "dan", "候补 #2 5斤 1")

        assert "候补 #2 5斤 1" in hint
        assert said(waited, "neighbours")[0].startswith("Dan 已候补 海南芒果 5斤（#2）1 份")
