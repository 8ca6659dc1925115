"""Review 93 #6: `did the organiser get my money?` and `团长收到我的钱了吗` were answered, but people name
their 团长: `did Lee get my money?`, `Amy收到我的钱了吗` got "No note in your groups answers that". A name
that is the organiser of one of the buyer's orders now reads as "the organiser"; any other name is
answered as before (never taken for her organiser)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Jam price 33")
        await chat.say("bob", "+1")
        await chat.say("cat", "+1")
        await chat.say("amy", "/close")
        await chat.say("amy", "/paid 1-1")
    else:
        await chat.say("amy", "接龙 芒果 价格 88")
        await chat.say("bob", "+1")
        await chat.say("cat", "+1")
        await chat.say("amy", "截单")
        await chat.say("amy", "已收 1-1")
    return chat


async def _private(chat: Chat, who: str, text: str) -> str:
    return chat.said(await chat.say(who, text, private=True))


async def test_in_english_the_organisers_name_is_the_organiser() -> None:
    chat = await _paid("en")
    asked = await _private(chat, "bob", "did the organiser get my money?")
    assert "Amy" in asked and "#1-1" in asked
    assert await _private(chat, "bob", "did Amy get my money?") == asked
    assert await _private(chat, "bob", "has @amy received my payment?") == asked
    owed = await _private(chat, "cat", "did the organiser get my money?")
    assert await _private(chat, "cat", "did Amy get my money?") == owed
    assert "#1-2" in owed
    other = await _private(chat, "bob", "did Zed get my money?")  # no organiser of his: as before
    assert other != asked and "#1-1" not in other


async def test_in_chinese_privately_and_in_the_group() -> None:
    chat = await _paid("zh")
    asked = await _private(chat, "bob", "团长收到我的钱了吗")
    assert "#1-1" in asked
    assert await _private(chat, "bob", "Amy收到我的钱了吗") == asked
    assert await _private(chat, "bob", "请问amy收到我的付款了吗") == await _private(
        chat, "bob", "请问团长收到我的付款了吗"
    )

    in_group = await chat.say("cat", "@tuan_bot Amy收到我的钱了吗")
    as_organiser = await chat.say("cat", "@tuan_bot 团长收到我的钱了吗")
    assert chat.private(in_group) == chat.private(as_organiser) and "#1-2" in chat.private(in_group)["cat"]
    assert chat.said(in_group) == chat.said(as_organiser)

    unasked = await chat.say("cat", "Amy收到我的钱了吗")  # said to the group: as 团长收到我的钱了吗 is
    assert chat.private(unasked) == chat.private(await chat.say("cat", "团长收到我的钱了吗"))
    assert await chat.say("cat", "小王收到我的钱了吗") == []  # no organiser of hers: talk
