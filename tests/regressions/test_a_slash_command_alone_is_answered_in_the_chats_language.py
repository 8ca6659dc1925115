"""Session 25: in a Chinese chat (`/lang zh`) a direct reply to `/cancelorder 1-1` or `/flags` (a command
menu's tap) came in English, the command word's language. A slash command with no words after it is now
answered in the chat's `/lang`, else in the member's app language, the word's only when neither is known;
words after it (`/ask #9 还有吗`, `/refund 1-1 wrong size`) still tell their own language."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

ANSWERS = {
    "zh": (
        "只有团长（Amy）可以取消订单，没有任何改动。",
        "只有群管理员可以审核笔记（待审笔记、隐藏、禁言），没有任何改动。",
        "已取消订单 #1-1（Bob）：不再计入待收款，已私信告诉对方。",
    ),
    "en": (
        "Only the organiser (Amy) can cancel an order: nothing was changed.",
        "Only the chat's admins review notes (/flags, /hide, /mute). Nothing changed.",
        "Cancelled order #1-1 (Bob): it is no longer owed; they were told privately.",
    ),
}


async def _closed(setting: str | None, default: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=default)
    if setting:
        await chat.say("amy", f"/lang {setting}")
    await chat.say("amy", "接龙 大葱 价格 7" if default == "zh" else "/groupbuy Leeks price 7")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单" if default == "zh" else "/close")
    return chat


@pytest.mark.parametrize(("lang", "default"), [("zh", "en"), ("en", "zh")])
async def test_a_slash_command_alone_is_answered_in_the_chats_lang(lang: str, default: str) -> None:
    chat = await _closed(lang, default)

    refused = chat.said(await chat.say("bob", "/cancelorder 1-1"))
    flags = chat.said(await chat.say("bob", "/flags"))
    cancelled = chat.said(await chat.say("amy", "/cancelorder 1-1"))

    not_yours, admins_only, done = ANSWERS[lang]
    assert refused.startswith(not_yours), refused
    assert flags == admins_only
    assert cancelled == done


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_without_a_chat_setting_the_members_app_language_answers(lang: str) -> None:
    chat = await _closed(None, "zh" if lang == "en" else "en")
    app = "zh-hans" if lang == "zh" else "en-GB"

    refused = chat.said(await chat.say("bob", "/cancelorder 1-1", language=app))
    flags = chat.said(await chat.say("bob", "/flags", language=app))

    not_yours, admins_only, _ = ANSWERS[lang]
    assert refused.startswith(not_yours), refused
    assert flags == admins_only


async def test_chinese_words_after_the_slash_keep_chinese_in_an_english_chat() -> None:
    chat = await _closed("en", "zh")

    asked = chat.said(await chat.say("bob", "/ask #9 还有吗"))

    assert asked.startswith("这个群里没有团购 #9"), asked
