"""Through the playground's API: a friend's share code opened in a private chat, then a bare `+1` there,
joins that group buy; a bare `+1` in a private chat where nothing was opened asks for the code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_bare_plus_one_in_private_joins_the_code_just_opened(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "xiaomei", "接龙 海南贵妃芒 价格 88")
        shared = " ".join(said(await api.say("家庭群", "aqiang", "分享"), "aqiang"))
        found = re.search(r"团\d+-\w{4}", shared)
        assert found is not None, shared
        await api.say("lili", "lili", found.group(0))
        joined = said(await api.say("lili", "lili", "+1"), "lili")
        assert joined == ["你已跟团：1 × 海南贵妃芒（#1）。当前 ¥88/份。"]
        assert said(await api.say("laowang", "laowang", "+1"), "laowang")[0].startswith("私聊里没有团购可跟")
