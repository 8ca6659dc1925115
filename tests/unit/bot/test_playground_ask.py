"""Asking through the playground's API, as the issue tells it: a member asks when pickup is and gets it;
asks whether the mangoes are sweet and gets a friend's verified note first; asks something nobody knows,
passes it to the organiser, who gets it privately and answers, and the answer comes back privately."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_ask_the_group_and_the_organiser(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 88 成团 1 截止 2小时 自提 小区门口")
        await api.say("家人群", "cat", "+1")
        await api.say("家人群", "amy", "截单")
        await api.say("家人群", "amy", "已收 1-1")  # Cat bought it: her note is verified
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 85 截止 2小时 自提 小区门口")
        await api.say("家人群", "dan", "种草 #2 芒果有点酸，放两天再吃")
        await api.say("家人群", "cat", "种草 #2 这个芒果超甜，回购三次了")

        assert said(await api.say("家人群", "eve", "问 在哪取货"), "家人群") == [
            "海南贵妃芒（#2）取货：小区门口"
        ]

        answer = await api.say("家人群", "eve", "问 芒果甜不甜")
        [text] = said(answer, "家人群")
        assert text.startswith(  # Cat's 超甜 says what is asked (甜); Dan's 有点酸 disagrees: both sides
            "群里的朋友说过：\n笔记 #2 ✅ Cat：「这个芒果超甜，回购三次了」\n"
            "笔记 #1 Dan：「芒果有点酸，放两天再吃」\n发“笔记 编号”看全文。"
        )

        offered = await api.say("家人群", "eve", "/ask can I pay with Alipay")
        message = next(r for r in offered["replies"] if r["buttons"])
        [[button]] = message["buttons"]
        assert button["label"] == "Ask Amy"
        shown = [
            m
            for m in await api.messages("家人群")
            if m["buttons"] and m["buttons"][0][0]["label"] == "Ask Amy"
        ]
        body = {
            "chat": "家人群",
            "user": "eve",
            "message_id": shown[-1]["message_id"],
            "data": button["data"],
        }
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text
        to_amy = (await api.messages("amy"))[-1]["text"]
        assert to_amy.startswith("❓ Eve 在「家人群」问（团购 #2）：can I pay with Alipay")
        number = to_amy.rsplit("答 ", 1)[1].split()[0]  # the question's number, as the message says
        await api.say("amy", "amy", f"答 {number} 可以，支付宝转我就行")
        assert (await api.messages("eve"))[-1]["text"] == (
            "💬 Amy answered your question “can I pay with Alipay”: 可以，支付宝转我就行"
        )
