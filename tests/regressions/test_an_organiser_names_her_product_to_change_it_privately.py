"""Privately, the organiser's `芒果改价 80` / `芒果加库存 10` (one group with 芒果 #1 open) fell to 修改's
general example (`私聊里请写团号，例如：修改 #1 价格 80…`, for a stock change too). A product name now picks
her open group buy of it, whatever its group, as it does in the group; several of it: asked which, each
with its command; none of hers is it: said, with hers. A bare `加库存 10` gets its own example."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def organiser(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "开团 芒果 价格 88 库存 20")
    await chat.say("amy", f"/lang {lang}", private=True)  # her private chat's language
    return chat


async def privately(chat: Chat, text: str) -> str:
    """Her private answer (the group's announcement of a change aside)."""
    replies = await chat.say("amy", text, private=True)
    return "\n".join(reply.text for reply in replies if reply.text and reply.chat_id is None)


PRICE = {"zh": "已修改 芒果（#1）：价格 ¥80。", "en": "Updated 芒果 (#1): price ¥80."}
STOCK = {
    "zh": "已修改 芒果（#1）：库存 30。\n库存：20 → 30（加了 10）",
    "en": "Updated 芒果 (#1): stock 30.\nStock: 20 → 30 (+10)",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_product_named_privately_changes_her_one_open_group_buy_of_it(lang: str) -> None:
    chat = await organiser(lang)
    assert await privately(chat, "芒果改价 80") == PRICE[lang]
    assert await privately(chat, "芒果加库存 10") == STOCK[lang]
    card = await chat.card()
    assert "80" in card and "88" not in card


WHICH = {
    "zh": "「芒果」你有 2 个团在接龙：#1 芒果 · #2 芒果，没有任何改动。"
    "请带上编号，例如 修改 #1 价格 80 或 修改 #2 价格 80",
    "en": "2 of your open group buys are “芒果”: #1 芒果 · #2 芒果; nothing was changed. "
    "Say which with its number, e.g. /edit #1 price 80 or /edit #2 price 80",
}
NONE = {
    "zh": "你在接龙的团没有「草莓」，没有任何改动。你在接龙的：#1 芒果。例如 #1 加库存 10",
    "en": "None of your open group buys is “草莓”; nothing was changed. "
    "Yours open: #1 芒果. E.g. #1 add stock 10",
}
BARE = {
    "zh": "私聊里请写团号，例如：#1 加库存 10（团号在卡片标题里）。没有任何改动。",
    "en": "In a private chat, name the group buy by its number, e.g. #1 add stock 10 "
    "(the number is on its card). Nothing was changed.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_several_or_none_of_that_product_are_answered_with_her_own_commands(lang: str) -> None:
    chat = await organiser(lang)
    assert await privately(chat, "草莓加库存 10") == NONE[lang]
    assert await privately(chat, "加库存 10") == BARE[lang]
    await chat.say("amy", "开团 芒果 价格 50")
    assert await privately(chat, "芒果改价 80") == WHICH[lang]
    card = await chat.card()
    assert "88" in card and "80" not in card
