"""Session 31, review 61 (finding 8): Cat owing an order in family (芒果 #1) and a newer one in
neighbours (Kaya jam #2) asked `怎么付款` in family; her private answer listed neighbours' Kaya jam first
and family's 芒果 second. Asked in a group, that group's orders come first, then the others."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in


async def test_the_orders_of_the_group_asked_in_come_first(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 88")
        await api.say("family", "cat", "+1")
        await api.say("neighbours", "amy", "接龙 咖椰酱 价格 12")
        await api.say("neighbours", "cat", "+1")
        await api.say("family", "amy", "截单 #1")
        await api.say("neighbours", "amy", "截单 #2")

        for chat, first, second in (("family", "芒果", "咖椰酱"), ("neighbours", "咖椰酱", "芒果")):
            response = await api.say(chat, "cat", "怎么付款")
            assert said_in(response, chat) == ["Cat，答案已私信发给你。"]
            [answer] = said_in(response, "cat")
            assert first in answer and second in answer, answer
            assert answer.index(first) < answer.index(second), (chat, answer)
