"""Help-selling through the playground's API, as a member sees it in two group tabs: the office's card of
the family's group buy shows the office's lines under the shared progress, a tap on its Join button joins
from the office, and the family's card counts it without showing the office's members."""

from __future__ import annotations

from pathlib import Path

from commerce.domain.listings import card_key
from tests.unit.bot.playground_api import playground_api


async def test_a_listed_group_buy_has_a_card_in_each_group(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南芒果 价格 88 成团 3 截止 2小时")
        await api.say("家人群", "amy", "帮卖 开 10%")
        await api.say("公司群", "bob", "帮卖 #1")
        office_card = await api.card("公司群", card_key(1))
        join = next(b for row in office_card["buttons"] for b in row if b["label"] == "跟团")
        body = {
            "chat": "公司群",
            "user": "cat",
            "data": join["data"],
            "message_id": office_card["message_id"],
        }
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text
        await api.say("家人群", "dan", "+1")

        office = (await api.card("公司群", card_key(1)))["text"]
        family = (await api.card("家人群", 1))["text"]
        assert "🤝 本群帮卖：Bob" in office and "2/3" in office
        assert office.endswith("1. Cat ×1")
        assert "🤝 另有 1 个群帮卖中" in family and "2/3" in family
        assert family.endswith("1. Dan ×1")
