"""Asked which group buy a `+1` meant, with `苹果` and `烟台苹果` open (or `Apples` and `Apple pie`), the
answer `苹果` (`Apples`, `Apple pie`) was silent: it named both, or had a space. A title typed exactly
wins; one still naming several (`苹果` beside 烟台苹果 and 栖霞苹果, `apple`) is asked again with their
numbers, nothing added, and the number then joins with the join as first typed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_an_exact_chinese_title_answers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 20")
    await chat.say("amy", "接龙 烟台苹果 价格 30")

    await chat.say("bob", "+1")
    short = Chat.said(await chat.say("bob", "苹果"))
    await chat.say("cat", "+2")
    long = Chat.said(await chat.say("cat", "烟台苹果"))

    assert short == "Bob 跟团：1 × 苹果（#1）。当前 ¥20/份。"
    assert long == "Cat 跟团：2 × 烟台苹果（#2）。当前 ¥30/份。"


async def test_a_chinese_title_naming_several_is_asked_again_with_numbers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 30")
    await chat.say("amy", "接龙 栖霞苹果 价格 25")
    await chat.say("amy", "接龙 荔枝 价格 20")

    await chat.say("bob", "+2 帮 小王")
    again = await chat.say("bob", "苹果")
    joined = Chat.said(await chat.say("bob", "#2"))

    assert Chat.said(again) == (
        "“苹果”对得上 2 个团：#1 烟台苹果 · #2 栖霞苹果。这次没有加上，请直接回复编号，或带上编号："
        "烟台苹果发 +2 #1 帮 小王，栖霞苹果发 +2 #2 帮 小王。"
    )
    assert [row[0].label for row in again[0].buttons] == ["#1 烟台苹果", "#2 栖霞苹果"]
    assert joined == "Bob 帮 小王 跟团：2 × 栖霞苹果（#2）。当前 ¥25/份。"


async def test_english_titles_answer_exactly_or_are_asked_again() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Apples price 20")
    await chat.say("amy", "/groupbuy Apple pie price 30")

    await chat.say("bob", "+1")
    apples = Chat.said(await chat.say("bob", "Apples"))
    await chat.say("dan", "+1")
    pie = Chat.said(await chat.say("dan", "Apple pie"))
    await chat.say("cat", "+1 gate 3")
    again = Chat.said(await chat.say("cat", "apple"))
    joined = Chat.said(await chat.say("cat", "2"))

    assert apples == "Bob is in: 1 × Apples (#1). Now ¥20 each."
    assert pie == "Dan is in: 1 × Apple pie (#2). Now ¥30 each."
    assert again == (
        "“apple” fits 2 of them: #1 Apples · #2 Apple pie. Nothing was added: reply with its number, or say "
        "which with it (Apples: +1 #1 gate 3; Apple pie: +1 #2 gate 3)."
    )
    assert joined.startswith("Cat is in: 1 × Apple pie (#2). Note: gate 3."), joined
