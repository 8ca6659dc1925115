"""`what should I buy?` and `有什么推荐的吗` in private were answered "I didn't understand", and
`@tuan_bot what should I buy?` and `问 有什么值得买的` in the group "I can't answer that": asking what to
buy now gets For you's picks in private, and in a group where to get them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api

PICKS = (
    "🎯 猜你喜欢（来自你所在的群）：\n"
    "· #2 海南贵妃芒（在「家人群」）：1 位群友买过；Cat 的笔记 ✅（#1）\n"
    "想要就在那个群里发 +1 #编号 跟团。发“猜你喜欢 关”不再推荐。"
)


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_question_about_what_to_buy_leads_to_for_you(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 88 成团 1 截止 2小时")
        await api.say("家人群", "cat", "+1")
        await api.say("家人群", "amy", "截单")
        await api.say("家人群", "amy", "已收 1-1")  # Cat bought the mangoes and paid
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 85 截止 2小时")  # #2, the next batch
        await api.say("家人群", "amy", "接龙 榴莲 价格 120 截止 2小时")  # #3
        await api.say("家人群", "cat", "种草 #2 这个芒果超甜")
        await api.say("家人群", "dan", "+1 #3")

        assert said(await api.say("dan", "dan", "有什么推荐的吗"), "dan") == [PICKS]
        [english] = said(await api.say("dan", "dan", "what should I buy?"), "dan")
        assert english.startswith("🎯 For you, from your groups:\n· #2 海南贵妃芒")

        pointer = "For you is private: send me /foryou in a private chat"
        [mentioned] = said(await api.say("家人群", "dan", "@tuan_bot what should I buy?"), "家人群")
        assert mentioned.startswith(pointer)
        assert said(await api.say("家人群", "dan", "问 有什么值得买的"), "家人群") == [
            "猜你喜欢只在私聊里看：私聊我发“猜你喜欢”，我从你所在的群里挑适合你的团。"
        ]
