"""Review 60: Amy, who had only typed Chinese, sent `/lang` alone privately and was answered in English,
`Write /lang zh for Chinese or /lang en for English.`: the slash word's language, not hers. `/lang`
alone is now answered in the language the member is known to read, saying which one she gets now."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_writer_asking_lang_privately_is_answered_in_chinese() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "开团 芒果 ¥20")
    said = chat.said(await chat.say("amy", "/lang", private=True))
    assert said == "我现在和你说中文。要改用英文，发“语言 英文”；用中文，发“语言 中文”。"


async def test_an_english_writer_asking_lang_privately_is_told_it_is_english() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("dan", "my orders", private=True)
    said = chat.said(await chat.say("dan", "/lang", private=True))
    assert said == "I speak English to you now. For Chinese write /lang zh (English: /lang en)."


async def test_after_lang_en_privately_lang_alone_says_english_and_changes_nothing() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "我的订单", private=True)
    await chat.say("amy", "/lang en", private=True)
    said = chat.said(await chat.say("amy", "/lang xx", private=True))
    assert said.startswith(
        "I don't speak “xx”, only English and Chinese: nothing was changed. I speak English to you now."
    )
    assert chat.said(await chat.say("amy", "我的订单", private=True)).isascii()
