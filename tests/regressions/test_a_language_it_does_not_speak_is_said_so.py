"""rep94 #11: `语言 法语` got no reply, and `/lang fr` answered `I speak English in this group now…`,
never saying French is not one it speaks. Both say that language is not available, nothing changed,
with the two it speaks and how to pick one."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_unknown_language_is_answered() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 80")

    assert chat.said(await chat.say("amy", "语言 法语")) == (
        "“法语”我不会说，只会中文和英文，没有任何改动。"
        "本群现在我说中文。要改用英文，发“语言 英文”；用中文，发“语言 中文”。"
    )
    assert await chat.say("bob", "语言 不通") == []  # talk


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 80")

    assert chat.said(await chat.say("amy", "/lang fr")) == (
        "I don't speak “fr”, only English and Chinese: nothing was changed. "
        "I speak English in this group now. For Chinese write /lang zh (English: /lang en)."
    )
    assert chat.said(await chat.say("amy", "/lang")) == (
        "I speak English in this group now. For Chinese write /lang zh (English: /lang en)."
    )
