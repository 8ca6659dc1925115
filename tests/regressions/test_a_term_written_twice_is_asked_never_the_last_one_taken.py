"""Review 104 #12: `/edit #2 target 3 target 5` answered `Updated Cookies (#2): target 5.`, the 3 dropped
without a word, and a rename too long was given an example that opens a new group buy. A term written twice
with two values changes nothing and asks which (opening too); the same value twice is no question; a rename
too long says nothing changed and gives a rename as its example."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_edit_with_a_term_twice_changes_nothing_and_asks_which() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Cookies price 5 target 2 ends tomorrow 12:00")

    said = chat.said(await chat.say("ann", "/edit #1 target 3 target 5"))

    assert said == (
        "“target” is written twice (“3” and “5”), so nothing was changed: which one do you mean? "
        "Send it once, e.g. target 5"
    )
    assert "target 2" in (await chat.card()).lower() or "2" in await chat.card()
    assert chat.said(await chat.say("ann", "/edit #1 price 6 price 6")).startswith(
        "Updated Cookies (#1): price ¥6."
    )


async def test_in_chinese_and_when_opening() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 饼干 价格 5 截止 明天 12:00")

    said = chat.said(await chat.say("amy", "修改 #1 成团 3 成团 5"))
    assert said == "“成团”写了两次（“3”和“5”），没有任何改动：要的是哪一个？只写一次，例如：成团 5"

    opened = chat.said(await chat.say("amy", "接龙 苹果 价格 8 价格 9 截止 明天 12:00"))
    assert opened == "“价格”写了两次（“8”和“9”），没有开团：要的是哪一个？只写一次，例如：价格 9"


async def test_a_rename_too_long_is_told_as_a_rename() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Tea price 5 ends tomorrow 12:00")

    said = chat.said(await chat.say("ann", "/edit #1 " + "TeaTea" * 20))

    assert said == (
        "The title is too long (80 characters at most), so nothing was changed. "
        "Send a shorter one, e.g. /edit #1 title Mangoes 5kg"
    )
