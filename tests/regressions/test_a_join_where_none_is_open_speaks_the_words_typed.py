"""Review 71 #9: in a new English group (no `/lang`, no group buy yet), Cat's `+1 large` was answered in
Chinese: "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88". With nothing telling the group's
language nor hers, the answer speaks the words she typed (`large`: English, `大盒`: Chinese); a bare `+1`
carries none and keeps the app's default."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_an_english_word_is_answered_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())  # the app's default: Chinese
    chat.platform = "playground"  # no app language told

    said = Chat.said(await chat.say("cat", "+1 large"))

    assert said == "There is no open group buy in this chat. Start one: /groupbuy Mangoes price 88"


async def test_a_chinese_word_is_answered_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.platform = "playground"

    said = Chat.said(await chat.say("wang", "+1 大盒"))

    assert said == "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88"


async def test_a_bare_join_keeps_the_apps_default() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.platform = "playground"

    said = Chat.said(await chat.say("cat", "+1"))

    assert said == "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88"


async def test_the_groups_lang_still_decides() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "/lang zh")

    said = Chat.said(await chat.say("cat", "+1 large"))

    assert said == "这个群里现在没有进行中的团购。开团请发：接龙 海南贵妃芒 价格 88"
