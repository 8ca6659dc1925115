"""Changing a live group buy through the playground's JSON API: the answer, the group's news and the card,
as an API client sees them; and a copy's card posted in another chat."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_an_edit_through_the_api_updates_the_answer_and_the_card(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 海南芒果 价格 88 成团 5 库存 50")
        await api.say("family", "bob", "+2")

        answer = await api.say("family", "amy", "修改 #1 价格 80 库存 30")

        said = [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]
        assert said == ["已修改 海南芒果（#1）：价格 ¥80、库存 30。\n改价：¥88 → ¥80，所有人按新价"]
        card = (await api.card("family", 1))["text"]
        assert "单价：¥80/份" in card and "剩余库存：28" in card


async def test_a_copy_to_another_chat_posts_its_card_there(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "/groupbuy Mangoes price 88")
        await api.say("garden", "amy", "/help")

        await api.say("family", "amy", "/copy #1 to garden")

        garden = [message["text"] for message in await api.messages("garden")]
        assert garden[-2].startswith("New group buy #2 here: Mangoes at ¥88 each.")  # it never saw #1
        assert (await api.card("garden", 2))["text"].startswith("🛒 Mangoes (#2)")
        assert [m["text"] for m in await api.messages("family")][
            -1
        ] == "Opened #2 (Mangoes, a copy of #1) in chat garden."
