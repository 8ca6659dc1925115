"""Session 29's replay (rep53 #9): after 大米 #3 closed and 鲜牛奶 #6 opened, six joins in a row into #6
(friends' lines, `我 +2🙏`, `+2`) read "大米 10斤（#3）刚截单；这次跟的是 鲜牛奶 1箱（#6）", though #6 was
the only one open and opened after the close. Once a group buy opened here since a close, no join is
asked about it nor told of it beside its answer (README: once per member and close, never once one
opened since); before that, a friend's line still reads it."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_joins_after_a_new_group_buy_opened_say_nothing_of_the_close() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 40 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "接龙 大米 价格 50 截止 3d")

    said = [
        Chat.said(await chat.say(user, text))
        for user, text in [("bob", "奶奶 +1"), ("cat", "我妈＋1"), ("dan", "+2"), ("eve", "+1 帮 小王")]
    ]

    assert said == [
        "Bob 帮 奶奶 跟团：1 × 大米（#2）。当前 ¥50/份。",
        "Cat 帮 妈妈 跟团：1 × 大米（#2）。当前 ¥50/份。",
        "Dan 跟团：2 × 大米（#2）。当前 ¥50/份。",
        "Eve 帮 小王 跟团：1 × 大米（#2）。当前 ¥50/份。",
    ]


async def test_in_english_a_friends_line_after_a_new_group_buy_opened_says_nothing_of_the_close() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Eggs price 40 ends 3d")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/groupbuy Rice price 50 ends 3d")

    said = Chat.said(await chat.say("cat", "+1 for my mum"))

    assert said == "Cat joined for mum: 1 × Rice (#2). Now ¥50 each."


async def test_a_friends_line_before_any_opened_since_still_reads_the_close() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 40 截止 3d")
    await chat.say("amy", "接龙 大米 价格 50 截止 3d")
    await chat.say("bob", "+1 #1")
    await chat.say("amy", "截单 #1")

    said = Chat.said(await chat.say("cat", "老公 +1"))

    assert said == "Cat 帮 老公 跟团：1 × 大米（#2）。当前 ¥50/份。鸡蛋（#1）刚截单；这次跟的是 大米（#2）。"
