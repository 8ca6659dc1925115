"""For you through the playground's API: a member asks privately and gets the open group buys of their
group they have not joined, with why (a friend's verified note ✅); asked in the group, one line says to
ask privately; `猜你喜欢 关` stops it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_for_you_in_private_with_why(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 88 成团 1 截止 2小时")
        await api.say("家人群", "cat", "+1")
        await api.say("家人群", "amy", "截单")
        await api.say("家人群", "amy", "已收 1-1")  # Cat bought the mangoes and paid
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 85 截止 2小时")  # #2, the next batch
        await api.say("家人群", "amy", "接龙 榴莲 价格 120 截止 2小时")  # #3
        await api.say("家人群", "cat", "种草 #2 这个芒果超甜")
        await api.say("家人群", "dan", "+1 #3")

        assert said(await api.say("家人群", "dan", "猜你喜欢"), "家人群") == [
            "猜你喜欢只在私聊里看：私聊我发“猜你喜欢”，我从你所在的群里挑适合你的团。"
        ]
        assert said(await api.say("dan", "dan", "猜你喜欢"), "dan") == [
            "🎯 猜你喜欢（来自你所在的群）：\n"
            "· #2 海南贵妃芒（在「家人群」）：1 位群友买过；Cat 的笔记 ✅（#1）\n"
            "想要就在那个群里发 +1 #编号 跟团。发“猜你喜欢 关”不再推荐。"
        ]
        assert said(await api.say("dan", "dan", "猜你喜欢 关"), "dan") == [
            "猜你喜欢已关闭，不再为你挑团。发“猜你喜欢 开”可重新打开。"
        ]
        assert said(await api.say("dan", "dan", "/foryou"), "dan") == [  # his language: he writes Chinese
            "你关闭了猜你喜欢。发“猜你喜欢 开”可重新打开。"
        ]
