"""我的订单 before the close answered "你还没有订单" to a member who had just typed `+1` (although
`问 我付了吗` knew she had joined): only orders were listed, and an order is made only at the close.
Her joins of group buys not closed yet are now listed too, marked as not closed, at the current price
and the price of the next tier; beside her real orders. Played through the playground (the real
ChatApp on SQLite)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[PlaygroundApi]:
    async with playground_api(tmp_path) as api:
        yield api


async def said(api: PlaygroundApi, chat: str, user: str, text: str) -> str:
    response = await api.say(chat=chat, user=user, text=text)
    return "\n".join(reply["text"] for reply in response["replies"] if reply["text"] and not reply["card_of"])


async def test_a_join_not_closed_yet_is_in_my_orders(api: PlaygroundApi) -> None:
    await said(api, "family", "amy", "接龙 芒果 价格 10 阶梯 5:8 成团 1")
    await said(api, "family", "bob", "+2")

    assert await said(api, "bob", "bob", "我的订单") == (
        "已跟团、还没截单（截单成团后才生成订单，价格按届时的阶梯）：\n"
        "芒果（family · Amy 的团 #1）：2 × ¥10 = ¥20（暂计）· 未截单 · 满 5 份 每份 ¥8"
    )
    await said(api, "family", "amy", "截单")
    listed = await said(api, "bob", "bob", "我的订单")
    assert listed.startswith("你的订单：\n#1-1 芒果") and "未截单" not in listed  # an order now
