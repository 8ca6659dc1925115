"""Options (多规格) changed live and waited for, through the playground's JSON API on SQLite: `修改 5斤 价格
80` tells the group and the card follows, a sold-out option's `+1` offers its waiting list, `候补 3斤 2`
queues, the card shows the queue and the option's Wait button (tapped over the API), raising the
option's stock moves the first in; `再开一团` of a photo card shows the same image on the copy's card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api
from tests.unit.bot.test_playground_photos import attach, png


def said(answer: dict[str, Any]) -> list[str]:
    return [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]


def head(card: dict[str, Any]) -> list[str]:
    return str(card["text"]).split("\n\n", 1)[0].split("\n")


async def test_an_options_price_and_its_waiting_list_through_the_playground_api(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南芒果 规格 3斤:58:2,5斤:88 成团 1")
        await api.say("family", "bob", "+2 3斤")

        assert said(await api.say("family", "amy", "修改 5斤 价格 80")) == [
            "已修改 海南芒果（#1）：5斤 价格 ¥80。\n改价：5斤 ¥88 → ¥80，所有人按新价"
        ]
        assert said(await api.say("family", "cat", "+1 3斤")) == [
            "Cat：抱歉，海南芒果 3斤 已经卖完了。想候补请发“候补 3斤 1”："
            "空出的数量按排队顺序，补给数量放得下的人。还有 5斤 可以跟，例如 +1 5斤。"
        ]
        assert said(await api.say("family", "cat", "候补 3斤 2")) == [
            "Cat 已候补 海南芒果 3斤（#1）2 份，排第 1 位。"
            "空出的数量按排队顺序，补给数量放得下的人（空出的不够你要的数量时，你保留位置，"
            "后面要得少的可能先补上），补上了会在群里通知。"
            "不等了发“取消候补”。"
        ]
        card = await api.card("family", 1)
        assert head(card)[3:5] == ["• 3斤 ¥58 · 已订 2 · 已售罄 · 候补 1 人", "• 5斤 ¥80 · 已订 0"]
        wait_button = card["buttons"][0][0]
        assert (wait_button["label"], wait_button["data"]) == ("候补 3斤", "gb:wait:1:1")
        tapped = await api.client.post(
            "/api/buttons",
            json={
                "chat": "family",
                "user": "dan",
                "message_id": card["message_id"],
                "data": wait_button["data"],
            },
        )
        assert tapped.status_code == 200, tapped.text
        assert "• 3斤 ¥58 · 已订 2 · 已售罄 · 候补 2 人" in head(await api.card("family", 1))

        raised = await api.say("family", "amy", "修改 3斤 库存 4")

        assert said(raised) == [
            "已修改 海南芒果（#1）：3斤 库存 4。",
            "🎉 候补补上了 海南芒果（#1）：Cat 3斤 ×2。",
        ]
        card = await api.card("family", 1)
        assert card["text"].endswith("\n\n1. Bob 3斤 ×2\n2. Cat 3斤 ×2")
        assert "• 3斤 ¥58 · 已订 4 · 已售罄 · 候补 1 人" in head(card)
        closed = await api.say("family", "amy", "截单")
        assert said(closed)[0].endswith("\n候补未补上：Dan 3斤 ×1。")


async def test_a_copy_of_a_photo_card_shows_the_same_image(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await attach(api, "接龙 海南芒果 规格 3斤:58,5斤:88", png())
        assert opened.status_code == 200, opened.text
        image = (await api.card("family", 1))["image"]
        await api.say("family", "amy", "取消 #1")  # a copy beside the open original is refused

        copied = await api.say("family", "amy", "再开一团 #1")

        assert said(copied)[0].startswith("再开一团 #2（照 #1）：海南芒果，3斤 ¥58/份 / 5斤 ¥88/份。")
        card = await api.card("family", 2)
        assert card["image"] == image and image.endswith("/photo.png")
        served = await api.client.get(image.removeprefix("http://playground"))
        assert (served.status_code, served.content) == (200, png())
