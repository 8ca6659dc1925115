"""Review 75 #10: the Chinese `代报 Bob 1 3号楼 要三份` asks which count, nothing added, but the English
`/add Bob 1 gate 3 three please` added 1 with the note "gate 3 three please": Bob got 1 jar and a note
saying three. A count in English words before `please` (or alone) asks alike; `gate three` stays a note."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/new Kaya jars price 8 target 10", name="Amy")
    else:
        await chat.say("amy", "接龙 咖椰酱 价格 8 成团 10", name="Amy")
    await chat.say("bob", "hi", name="Bob")
    return chat


async def test_an_english_add_with_three_please_asks_and_adds_nothing() -> None:
    chat = await _opened("en")

    said = Chat.said(await chat.say("amy", "/add Bob 1 gate 3 three please", name="Amy"))

    assert said == ("You wrote 1 for Bob and “three”: for 3, send /add #1 Bob 3 gate 3. Nothing was changed.")
    assert "\n\n1." not in await chat.card(1)


async def test_the_chinese_add_still_asks() -> None:
    chat = await _opened("zh")

    said = Chat.said(await chat.say("amy", "代报 Bob 1 3号楼 要三份", name="Amy"))

    assert said.startswith("你写了给 Bob 代报 1 和“要三份”：")
    assert said.endswith("没有任何改动。")


async def test_a_number_in_words_inside_a_note_stays_a_note() -> None:
    chat = await _opened("en")

    await chat.say("amy", "/add Bob 1 gate three", name="Amy")

    assert (await chat.card(1)).endswith("\n\n1. Bob ×1 (added by Amy) · gate three")  # s42: her line marked


async def test_a_members_plus_one_three_please_asks_alike() -> None:
    chat = await _opened("en")

    said = Chat.said(await chat.say("cat", "+1 three please", name="Cat"))

    assert said == "You wrote +1 and “three”: for 3, send +3 (or I want 3). Nothing was changed."
