"""`/note 烟台苹果很甜` was stored as an English note (its card `Note #1 · Bob`, a second one refused `This is
the same as your note #1…`), `/helpsell #1 开 10%` and `/groupbuy 烟台苹果 价格 20` were answered in English,
and `/ask #9 还有吗` in a `/lang en` chat refused in English what it answers in Chinese: the ASCII command
word (`Command.wordless`) decided. The Chinese typed after it does (`Command.typed`): the note's language,
the answer's where nothing else tells it; a chat's `/lang` still decides the chat's answers and cards."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_chinese_note_after_an_ascii_word_is_a_chinese_note() -> None:
    chat = fake_chat()

    await chat.say("bob", "/note 烟台苹果很甜")
    again = Chat.said(await chat.say("bob", "/note 烟台苹果很甜"))

    assert (await chat.card(-1)).startswith("笔记 #1 · Bob\n烟台苹果很甜"), await chat.card(-1)
    assert again == "这条和你的笔记 #1 一模一样，没有再发。"


async def test_chinese_after_an_ascii_word_is_answered_in_chinese() -> None:
    chat = fake_chat()

    opened = Chat.said(await chat.say("amy", "/groupbuy 烟台苹果 价格 20"))
    helpsell = Chat.said(await chat.say("amy", "/helpsell #1 开 10%"))
    asked = Chat.said(await chat.say("bob", "/ask 还有吗"))

    assert opened.startswith("团购 #1 开团了：烟台苹果，¥20/份。"), opened
    assert helpsell.startswith("帮卖已开放：烟台苹果（#1）"), helpsell
    assert asked == "烟台苹果（#1）不限量，截单前都能跟团。"


async def test_a_chinese_question_is_refused_in_chinese_in_an_english_chat() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Apples price 20")

    refused = Chat.said(await chat.say("bob", "/ask #9 还有吗"))
    english = Chat.said(await chat.say("bob", "/ask #9 any left?"))

    # the example the ask itself with a number here, her question kept (rep104 #9; was `进度`'s)
    assert refused == "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：问 #1 还有吗"
    assert english == (
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /ask #1 any left?"
    )


async def test_english_notes_stay_english_and_a_chats_lang_decides_its_cards() -> None:
    chat = fake_chat()
    await chat.say("bob", "/note Yantai apples are sweet")
    assert (await chat.card(-1)).startswith("Note #1 · Bob\nYantai apples are sweet"), await chat.card(-1)
    again = Chat.said(await chat.say("bob", "/note Yantai apples are sweet"))
    assert again == "This is the same as your note #1; it was not posted again."

    english_chat = Chat(chat.app, chat_id="english")
    await english_chat.say("amy", "/lang en")
    await english_chat.say("cat", "/note 烟台苹果很甜")
    card = await english_chat.card(-2)
    assert card.startswith("Note #2 · Cat\n烟台苹果很甜"), card
