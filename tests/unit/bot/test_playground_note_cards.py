"""Note cards in the playground, through its JSON API: a note on a group buy with options shows each
option's price and a Join per option; tapping one joins that option and the order is the note author's;
when a tier lowers the group buy's price, the note's card in the chat shows the new price."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def note_card(api: PlaygroundApi, chat: str, note_id: int) -> dict[str, Any]:
    [card] = [m for m in await api.messages(chat) if m["card_of"] == -note_id]
    return card


async def test_a_notes_option_buttons_join_and_its_price_follows_the_group_buy(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 阳光玫瑰葡萄 规格 2斤:39,5斤:88 阶梯 2:-10 成团 2")
        await api.say("家庭群", "阿强", "种草 #1 阳光玫瑰很脆很甜")
        card = await note_card(api, "家庭群", 1)
        assert "🛒 阳光玫瑰葡萄（#1）2斤 ¥39 / 5斤 ¥88" in card["text"]
        assert [[b["label"] for b in row] for row in card["buttons"]] == [
            ["👍 赞 0"],
            ["跟团 2斤", "跟团 5斤"],
        ]

        body = {"chat": "家庭群", "user": "小红", "message_id": card["message_id"], "data": "nt:join:1:2"}
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text
        await api.say("家庭群", "老王", "+1 2斤")  # 2 units: ¥10 off each option
        assert "🛒 阳光玫瑰葡萄（#1）2斤 ¥29 / 5斤 ¥78" in (await note_card(api, "家庭群", 1))["text"]

        await api.say("家庭群", "小美", "截单")
        [order] = [m["text"] for m in await api.messages("小红") if "订单" in m["text"]]
        assert "阳光玫瑰葡萄 5斤：1 × ¥78 = ¥78" in order
        async with api.hub.app.uow_factory() as uow:
            orders = await uow.orders.for_group_buy(1)
        assert sorted((o.buyer_id, o.sharer_id) for o in orders) == [("小红", "阿强"), ("老王", None)]
