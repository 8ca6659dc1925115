"""rep92 #12: 阿珍 pasted `#接龙 土鸡蛋⏎1. 小美 2盒⏎…⏎4️⃣ 阿珍 1盒` (WeChat's keycap digit) and was told
`名单上的“王阿姨”已经在 土鸡蛋（#5）里了，那一行是 TA 的…`: her line was not read as a numbered line, so
the last numbered one above it was taken for hers. `4️⃣` (and `4⃣`) numbers a line as `4.` does."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, chat_in, fake_chat


async def _eggs() -> Chat:
    chat = fake_chat()
    await chat.say("lijie", "接龙 土鸡蛋 45元/盒 限购 3 库存 10 截止 明天20:00", name="李姐")
    await chat.say("xiaomei", "+2", name="小美")
    await chat.say("zhang", "+3", name="张叔")
    return chat


@pytest.mark.parametrize("number", ["4\ufe0f\u20e3", "4\u20e3"])
async def test_a_keycap_numbered_line_joins_as_hers(number: str) -> None:
    chat = await _eggs()

    reply = chat.said(
        await chat.say("azhen", f"#接龙 土鸡蛋\n1. 小美 2盒\n2. 张叔 3盒\n{number} 阿珍 1盒", name="阿珍")
    )

    assert reply == "阿珍 跟团：1盒 土鸡蛋（#1）。当前 ¥45/盒。", reply
    assert (await chat.card(1)).endswith("3. 阿珍 1盒")


async def test_a_keycap_numbered_line_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Cookies price 12 stock 5 limit 2 ends tomorrow 20:00")
    await chat.say("bob", "+1", name="Bob")

    reply = chat.said(await chat.say("kim", "#接龙 Cookies\n1. Bob 1\n2\ufe0f\u20e3 Kim 2", name="Kim"))

    assert reply.startswith("Kim is in: 2 × Cookies (#1)."), reply
    assert (await chat.card(1)).endswith("2. Kim ×2")
