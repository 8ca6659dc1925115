"""After a member set a quiet Chinese chat to English (`/lang en`: anyone may, before a group buy is
running), an organiser's Chinese `接龙 …` was announced in Chinese under an English card. The
announcement of a new group buy now speaks its card's language: the chat's, when the chat set one (who
may set it is unchanged), else the language it was opened in."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_open_in_an_english_chat_is_announced_as_its_card_reads() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "取消")
    assert chat.said(await chat.say("bob", "/lang en")) == "OK, I'll speak English in this chat."
    opened = await chat.say("amy", "接龙 芒果 价格 30")
    assert chat.said(opened).startswith("Group buy #2 is open: 芒果 at ¥30 each.")
    assert (await chat.card(2)).startswith("🛒 芒果")
    assert "Organiser" in await chat.card(2)


async def test_without_a_chat_language_the_open_speaks_as_typed() -> None:
    chat = fake_chat()
    assert chat.said(await chat.say("amy", "接龙 芒果 价格 30")).startswith("团购 #1 开团了：芒果，¥30/份。")
    english = fake_chat()
    assert english.said(await english.say("amy", "/groupbuy Mangoes price 30")).startswith(
        "Group buy #1 is open: Mangoes at ¥30 each."
    )
