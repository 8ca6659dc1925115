"""rep92 #14: Bob, on nothing, was told in private `-1 #3` that he could not act there (he is simply not
on it); Fay, who writes English, was answered a private `-1 #1` of a Chinese group in Chinese; Dan on
both of two open got `-1` answered with a join as its first example and no "Nothing was changed"; and
Hal's `me too` right after Cookies closed was asked which option of the other, the close unsaid."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open() -> Chat:
    chat = fake_chat()
    chat.chat_id = "nb"
    await chat.say("amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")
    await chat.say("amy", "/groupbuy Cookies price 12 stock 5 limit 2 ends tomorrow 20:00")
    return chat


async def test_a_private_leave_from_one_not_on_it_says_so() -> None:
    chat = await _two_open()
    await chat.say("bob", "hello everyone")

    said = chat.said(await chat.say("bob", "-1 #1", private=True))

    assert (
        said
        == "You are not on the list of Dumplings (#1), so there is nothing to leave. Nothing was changed."
    )


async def test_a_private_leave_from_an_english_writer_is_answered_in_english() -> None:
    chat = await _two_open()
    await chat.say("fay", "count me in for 1 cookies")  # she writes English, in nb
    chat.chat_id = "fam"
    await chat.say("li", "接龙 粽子 规格 大盒:68:5,小盒:38 截止 明晚8点", name="李姐")

    said = chat.said(await chat.say("fay", "-1 #3", private=True))

    assert said.startswith("In a private chat I can't act on group buy #3"), said


async def test_a_leave_on_both_of_two_open_says_what_she_holds_on_each() -> None:
    chat = await _two_open()
    await chat.say("dan", "+1 #1 veg")
    await chat.say("dan", "+1 #2")

    said = chat.said(await chat.say("dan", "-1"))

    assert said == (
        "2 group buys are open here, and you are on 2 of them: #1 Dumplings (you have 1) · #2 Cookies "
        "(you have 1). Nothing was changed: say which with its number, e.g. -1 #1."
    )


async def test_in_chinese_too() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 粽子 价格 20", name="李姐")
    await chat.say("li", "接龙 鸡蛋 价格 30", name="李姐")
    await chat.say("mei", "+1 #1", name="小美")
    await chat.say("mei", "+2 #2", name="小美")

    assert chat.said(await chat.say("mei", "-1", name="小美")) == (
        "这个群里有 2 个团在接龙，你跟了其中 2 个：#1 粽子（你已跟 1 份） · #2 鸡蛋（你已跟 2 份）。"
        "没有任何改动，请带上编号，例如 -1 #1。"
    )


async def test_me_too_right_after_a_close_says_the_close_first() -> None:
    chat = await _two_open()
    await chat.say("hal", "+2 #2")
    await chat.say("amy", "/close #2")
    card = await chat.card(1)

    said = chat.said(await chat.say("hal", "me too"))

    assert said == (
        "Cookies (#2) has just closed, so nothing was joined. Open here: Dumplings (#1); to join it, "
        "send +1 #1 veg."
    )
    assert await chat.card(1) == card
