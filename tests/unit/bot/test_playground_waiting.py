"""The waiting list (候补) through the playground's JSON API, on SQLite: a sold-out `+1` is told how to
wait, `候补 2` queues, the card shows the queue and its Wait button (tapped over the API), a leave moves
the first who fit in and the chat shows it, the close names who did not get in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(answer: dict[str, Any]) -> list[str]:
    return [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]


async def test_the_waiting_list_through_the_playground_api(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 30 库存 3")
        await api.say("family", "bob", "+2")
        await api.say("family", "cat", "+1")

        assert said(await api.say("family", "dan", "+2")) == [
            "Dan：抱歉，芒果 已经卖完了。想候补请发“候补 2”：空出的数量按排队顺序，补给数量放得下的人。"
        ]
        assert said(await api.say("family", "dan", "候补 2")) == [
            "Dan 已候补 芒果（#1）2 份，排第 1 位。"
            "空出的数量按排队顺序，补给数量放得下的人（空出的不够你要的数量时，你保留位置，"
            "后面要得少的可能先补上），补上了会在群里通知。"
            "不等了发“取消候补”。"
        ]
        card = await api.card("family", 1)
        assert "\n已售罄 · 候补 1 人\n" in card["text"]
        wait_button = card["buttons"][0][0]
        assert wait_button["label"] == "候补"
        tapped = await api.client.post(
            "/api/buttons",
            json={
                "chat": "family",
                "user": "eve",
                "message_id": card["message_id"],
                "data": wait_button["data"],
            },
        )
        assert tapped.status_code == 200, tapped.text
        assert "\n已售罄 · 候补 2 人\n" in (await api.card("family", 1))["text"]

        left = await api.say("family", "cat", "退出")  # 1 free: Dan's 2 do not fit, Eve's 1 does

        assert said(left) == ["Cat 退出了 芒果（#1）。", "🎉 候补补上了 芒果（#1）：Eve ×1。"]
        card = await api.card("family", 1)
        assert card["text"].endswith("\n\n1. Bob ×2\n2. Eve ×1")
        assert "\n已售罄 · 候补 1 人\n" in card["text"]
        shown = [m["text"] for m in await api.messages("family") if not m["card_of"]]
        assert "🎉 候补补上了 芒果（#1）：Eve ×1。" in shown

        closed = await api.say("family", "amy", "截单")
        assert said(closed)[0].endswith("\n候补未补上：Dan ×2。")
        assert said(await api.say("family", "dan", "取消候补")) == [
            "团购 #1（芒果）已经截单了，没有任何改动。"
        ]
