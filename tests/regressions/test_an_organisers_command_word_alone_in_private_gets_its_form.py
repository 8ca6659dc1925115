"""In her private chat with the bot, Amy's `自提` alone was read as a question (`私聊里问团购请带上
团号…`), and `修改`, `代报`, `名单 abc`, `分享 #abc`, a bot admin's `隐藏`, `禁言` alone got `我没看懂…`,
while `/edit` and `/hide` got their usage. Alone (or, for 名单 and 分享, with something unreadable after
them) they are now answered as their slash form: `自提` with 自提's own form naming her group buy
(`自提 #1 小区南门 明天下午5点`). From one running no group buy, `自提` alone is still the question it
reads as."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _amy_running_one() -> Chat:
    chat = fake_chat()
    chat.admins.add("dan")
    await chat.say("amy", "接龙 芒果 价格 35")
    await chat.say("bob", "+1")
    return chat


async def test_command_words_alone_in_private_get_their_form_in_chinese() -> None:
    chat = await _amy_running_one()
    card = await chat.card(1)

    async def said(user: str, text: str) -> str:
        return chat.said(await chat.say(user, text, private=True))

    assert await said("amy", "自提") == "请写上自提地点和时间。例如：自提 #1 小区南门 明天下午5点"
    assert await said("amy", "修改") == (
        "修改团购：修改 #1 后面写要改的项，关键词和开团一样。"
        "例如：修改 #1 价格 80 库存 30 限购 4 截止 明天20:00 自提 南门。没有任何改动。"
    )
    assert await said("amy", "代报") == (
        "代报不在群里的人：代报 王阿姨 2（后面可加备注：代报 王阿姨 2 3号楼），或 代报 #1 王阿姨 2。"
    )
    assert await said("amy", "名单 abc") == "请这样写：名单 或 名单 #1"
    assert await said("amy", "分享 #abc") == "请这样写：分享 或 分享 #1"
    hide = "隐藏、禁言请到要管理的群里发：每个群的笔记在各自的群里管理。没有任何改动。"
    assert await said("dan", "隐藏") == hide
    assert await said("dan", "禁言") == hide
    assert await chat.card(1) == card  # nothing changed

    question = "私聊里问团购请带上团号，例如：问 #1 什么时候取货。"
    assert await said("bob", "自提") == question  # a buyer's: the question it reads as
    assert await chat.say("bob", "自提") == []  # in the group: talk, as ever
    assert await chat.say("amy", "修改") == []


async def test_the_same_words_as_slash_commands_in_english() -> None:
    chat = await _amy_running_one()

    async def said(text: str) -> str:
        return chat.said(await chat.say("amy", text, private=True, language="en"))

    pickup = "Name the pickup point and time. Example: /pickup #1 Gate 3 tomorrow 17:00"
    assert await said("/pickup") == pickup
    edit = "Edit a group buy with the keywords you opened it with, e.g. /edit #1"
    assert (await said("/edit")).startswith(edit)
    assert await said("/list abc") == "Write it like: /list or /list #1"
