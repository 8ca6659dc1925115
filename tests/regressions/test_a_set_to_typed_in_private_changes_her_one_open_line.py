"""`make it 4 jin please` typed in a private chat was answered "there is nothing to leave in a private
chat": it now changes her own line when she has exactly one open (as the group's `actually make it 3kg`
does), and with several asks which (`make it 3 #2`, `改成4斤 #1`), nothing changed; a number names it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _on_pork(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "/groupbuy Pork price 30/斤" if lang == "en" else "接龙 猪肉 价格 30/斤")
    await chat.say("cat", "+2")
    return chat


async def test_make_it_in_private_sets_her_one_open_line() -> None:
    chat = await _on_pork("en")

    said = Chat.said(await chat.say("cat", "make it 4 jin please", private=True))

    assert said == "You're in: 2 jin more, now 4 jin of Pork in all (#1). Now ¥30/jin."
    assert "Cat 4 jin" in await chat.card()


async def test_gai_cheng_in_private_sets_her_one_open_line() -> None:
    chat = await _on_pork("zh")

    said = Chat.said(await chat.say("cat", "改成4斤", private=True))

    assert said == "你已跟团：又加 2斤，现在共 4斤 猪肉（#1）。当前 ¥30/斤。"


async def test_with_several_open_lines_it_asks_which_and_changes_nothing() -> None:
    for lang, typed, expected in (
        (
            "en",
            "make it 3",
            "You are on several open group buys: Kaya (#2) ×1; Pork (#1) 2 jin. "
            "Say which one to change, e.g. make it 3 #2. Nothing was changed.",
        ),
        (
            "zh",
            "改成4斤",
            "你跟了好几个还在接龙的团：Kaya（#2）×1；猪肉（#1）2斤。"
            "请说改哪一个，例如 改成4斤 #1。没有任何改动。",
        ),
    ):
        chat = await _on_pork(lang)
        await chat.say("amy", "/groupbuy Kaya price 3")
        await chat.say("cat", "+1 #2")

        assert Chat.said(await chat.say("cat", typed, private=True)) == expected
        assert "Cat ×1" in await chat.card(2)


async def test_the_number_names_which_line() -> None:
    chat = await _on_pork("en")
    await chat.say("amy", "/groupbuy Kaya price 3")
    await chat.say("cat", "+1 #2")

    said = Chat.said(await chat.say("cat", "make it 3 #2", private=True))

    assert said == "You're in: 2 more, now 3 × Kaya in all (#2). Now ¥3 each."
