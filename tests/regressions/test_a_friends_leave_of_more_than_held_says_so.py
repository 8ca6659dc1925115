"""Session 16 (hb 6): `-3 帮 小王` with 1 on 小王's line took the line off without a word that more was asked
for than it held, while the member's own `-5` with 2 held says so. A friend's line now says it the same
way."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_a_friends_line_says_what_it_held() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "+1 帮 小王")

    said = Chat.said(await chat.say("bob", "-3 帮 小王"))

    assert said == "Bob 撤下了帮 小王 报的 荔枝（#1）。帮 小王 报的只有 1 份，不到要减的 3 份，所以全部撤下。"
    assert (await chat.card()).endswith("\n\n还没有人跟团，发 +1 抢第一个")


async def test_in_english_a_friends_line_says_what_it_held() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 20 target 10")
    await chat.say("bob", "+1 for Wang")

    said = Chat.said(await chat.say("bob", "-3 for Wang"))

    assert said == (
        "Bob took the line for Wang off Lychees (#1). "
        "Wang's line had only 1 unit, less than the 3 units asked for, so all of it was taken off."
    )


async def test_a_friends_whole_line_taken_off_says_nothing_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 20 成团 10")
    await chat.say("bob", "+2 帮 小王")

    said = Chat.said(await chat.say("bob", "-2 帮 小王"))

    assert said == "Bob 撤下了帮 小王 报的 荔枝（#1）。"
