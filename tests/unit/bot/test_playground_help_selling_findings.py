"""A reviewer's playground findings, through the playground's API: a cancel is told as a cancel in a
listing group nobody joined from; an organiser with two open group buys is asked which with her own
command's example; a new group buy is announced in its card's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_cancel_which_and_the_opening_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 荔枝 价格 10 成团 9 截止 2小时")
        await api.say("家人群", "amy", "帮卖 开 10%")
        await api.say("公司群", "bob", "帮卖 #1")
        cancelled = await api.say("家人群", "amy", "取消 #1")
        assert said(cancelled, "公司群") == ["🚫 荔枝（#1）已取消，不收任何款项。"]

        await api.say("家人群", "amy", "接龙 芒果 价格 30")
        await api.say("家人群", "amy", "接龙 榴莲 价格 50")
        asked = said(await api.say("家人群", "amy", "帮卖 开 10%"), "家人群")
        assert asked == ["这个群里有 2 个团在接龙：#2 芒果 · #3 榴莲。请带上编号，例如 帮卖 #2 开 10%。"]
        listed = said(await api.say("家人群", "amy", "名单"), "家人群")
        assert listed == ["这个群里有 2 个团在接龙：#2 芒果 · #3 榴莲。请带上编号，例如 名单 #2。"]

        await api.say("读书群", "cat", "/lang en")
        opened = said(await api.say("读书群", "amy", "接龙 苹果 价格 5"), "读书群")
        assert opened[0].startswith("Group buy #4 is open: 苹果 at ¥5 each.")
        assert "Organiser" in (await api.card("读书群", 4))["text"]
