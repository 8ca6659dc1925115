"""`导出` of 大米 (#1) answered the group "Lao, the list of 大米 (#1) is on its way…" in English, because the
chat's newest group buy was an English one (found playing lists): the group's line now speaks as the card
of the group buy exported (the chat's `/lang` first, as ever)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_line_speaks_as_the_exported_group_buys_card() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("amy", "/groupbuy Tea price 5 stock 9 ends tomorrow 8:00")
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #2")

    chinese = Chat.said(await chat.say("lao", "导出"))
    english = Chat.said(await chat.say("amy", "/export"))

    assert chinese == "Lao，大米（#1）的名单已私信发给你。"
    assert english == "Amy, the list of Tea (#2) is on its way to your private chat with me."
