"""Review 85 #6: 阿May, who had only ever typed Chinese (接龙, 截单, 名单…), sent `/list #2` and `/mine` in
her private chat and read English (`📋 粽子 (#2), the organiser's list …`, `Your group buys (2)…`): in
private a slash command with no words was answered in its word's language. As in a group, it is answered
in her private `/lang`, else her own language (her app's, else the words she typed before), the word's
only for someone of whom nothing is known."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat()
    chat.platform = "playground"  # no app language: the words she typed tell hers
    await chat.say("may", "接龙 粽子 规格 大盒:68:3,小盒:38:4", name="阿May")
    await chat.say("zhou", "+1 小盒", name="周叔")
    await chat.say("may", "截单", name="阿May")
    return chat


async def test_her_wordless_slash_commands_in_private_answer_in_chinese() -> None:
    chat = await _closed()

    def said(text: str) -> str:
        return chat.said(replies[text])

    replies = {
        text: await chat.say("may", text, private=True, name="阿May")
        for text in ("/list #1", "/mine", "/orders", "/earnings", "/help")
    }

    assert said("/list #1").startswith("📋 粽子（#1）团长名单 · 已成团"), said("/list #1")
    assert said("/mine").startswith("你开的 1 个团（最新在前）：\n#1 粽子 · 已成团"), said("/mine")
    assert said("/orders") == "你还没有订单。"
    assert said("/earnings").startswith("你的分享收益："), said("/earnings")
    assert said("/help").startswith("团购助手在你的群里接龙团购"), said("/help")


async def test_one_who_writes_english_reads_english_and_her_lang_wins() -> None:
    chat = await _closed()
    await chat.say("bob", "count me in", name="Bob")

    mine = chat.said(await chat.say("bob", "/orders", private=True))
    await chat.say("may", "/lang en", private=True, name="阿May")
    listed = chat.said(await chat.say("may", "/list #1", private=True, name="阿May"))

    assert mine == "You have no orders yet."
    assert listed.startswith("📋 粽子 (#1), the organiser's list"), listed


async def test_a_stranger_is_answered_in_the_words_language() -> None:
    chat = await _closed()

    assert chat.said(await chat.say("eve", "/orders", private=True)) == "You have no orders yet."
