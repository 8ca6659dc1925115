"""With #1 海南贵妃芒 5斤, #2 Avocados and #3 Durian open, `问 芒果多少钱` listed all three and suggested
"+1 #1、-1 #1", and `问 芒果甜不甜` from a member on the avocados was passed to the organiser as about #2:
the title's head noun was read as 斤, the unit of its quantity. It is 芒 (5斤 set aside), so 芒果 names
海南贵妃芒 5斤 only."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_question_naming_a_product_picks_the_one_title_with_it(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("家庭群", "小美", "接龙 Avocados 价格 30")
        await api.say("家庭群", "小美", "接龙 Durian 价格 120")
        await api.say("家庭群", "小红", "+1 #2")

        [price] = (await api.say("家庭群", "小红", "问 芒果多少钱"))["replies"]
        assert price["text"] == "海南贵妃芒 5斤（#1）：当前 ¥88/份。"

        [offer] = (await api.say("家庭群", "小红", "问 芒果甜不甜"))["replies"]
        [[button]] = offer["buttons"]
        shown = [m for m in await api.messages("家庭群") if m["buttons"] and m["text"] == offer["text"]]
        body = {
            "chat": "家庭群",
            "user": "小红",
            "message_id": shown[-1]["message_id"],
            "data": button["data"],
        }
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text
        to_organiser = (await api.messages("小美"))[-1]["text"]
        assert "（团购 #1）：芒果甜不甜" in to_organiser
