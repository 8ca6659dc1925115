"""A chat admin's `代报 #1 王阿姨 1` was announced as "Lao 代报：王阿姨 ×1 …" (the organiser's, who never
typed it) and she was not told, though an admin's `修改` and `踢出` are told to her (found playing 代报).
The group now reads who added the line, whose order it is to collect, and the organiser is told
privately."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_the_admin_is_named_and_the_organiser_told() -> None:
    chat = fake_chat()
    chat.admins = {"boss"}
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")

    by_admin = await chat.say("boss", "代报 #1 王阿姨 1")
    by_her = await chat.say("lao", "代报 #1 李叔 2")

    assert Chat.said(by_admin) == "Boss 代报：王阿姨 ×1 · 大米（#1），订单由 Lao 收款。当前 ¥60/份。"
    assert Chat.private(by_admin) == {"lao": "Boss 在你的 大米（#1）代报了 王阿姨 ×1，订单由你收款。"}
    assert Chat.said(by_her) == "Lao 代报：李叔 ×2 · 大米（#1），订单由 Lao 收款。当前 ¥60/份。"
    assert Chat.private(by_her) == {}


async def test_in_english_the_order_still_goes_to_the_organiser() -> None:
    chat = fake_chat()
    chat.admins = {"boss"}
    await chat.say("amy", "/groupbuy Tea price 5 stock 9 ends tomorrow 8:00")

    added = await chat.say("boss", "/add #1 Aunt Wang 2")

    assert Chat.said(added).startswith(
        "Boss added Aunt Wang (not in this chat): 2 × Tea (#1); their order goes to Amy."
    )
    told = "Boss added Aunt Wang (2) to your Tea (#1); their order goes to you."
    assert Chat.private(added) == {"amy": told}
