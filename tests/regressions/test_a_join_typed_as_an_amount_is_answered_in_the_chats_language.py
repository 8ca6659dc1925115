"""Session 18: in a chat whose language is English (its `/lang en`, or an English group buy), `+半斤`,
`+1斤`, `-1斤` or `两斤` were answered in Chinese: the join parser took any Chinese character for Chinese
words (`Join.lang`, the command's `spoken`), though a numeral, 半 and a unit word are an amount, no words,
as `+1` has none. A join typed as an amount only is now answered in the chat's (or group buy's) language
as `+1` is, both ways (`+half a dozen` in a Chinese chat: Chinese); `加1斤`, `我要半斤` are Chinese words
and still answered in Chinese."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("join", "expected"),
    [
        ("+1斤", "Bob is in: 1 jin of Lychees (#1). Now ¥15/jin."),
        ("+两斤", "Bob is in: 2 jin of Lychees (#1). Now ¥15/jin."),
        ("两斤", "Bob is in: 2 jin of Lychees (#1). Now ¥15/jin."),
        (
            "+半斤",
            "Lychees (#1) is sold by the jin: “半斤” is not a whole number of jin. Send +1 for 1 jin. "
            "Nothing was changed.",
        ),
        (
            "半斤",
            "Lychees (#1) is sold by the jin: “半斤” is not a whole number of jin. Send +1 for 1 jin. "
            "Nothing was changed.",
        ),
        (
            "+1.5斤 #1",
            "Lychees (#1) is sold by the jin: “1.5 jin” is not a whole number of jin. Send +1 #1 for 1 jin "
            "or +2 #1 for 2 jin. Nothing was changed.",
        ),
    ],
)
async def test_an_amount_in_an_english_group_buy_is_answered_in_english(join: str, expected: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/jin")

    assert chat.said(await chat.say("bob", join)) == expected


async def test_a_leave_in_jin_in_an_english_group_buy_is_answered_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/jin")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", "-1斤")) == "Bob now has 2 jin of Lychees (#1). Now ¥15/jin."


async def test_a_chat_set_to_english_answers_an_amount_in_english() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 荔枝 价格 15元/斤")
    await chat.say("amy", "/lang en")

    assert chat.said(await chat.say("bob", "+1斤")) == "Bob is in: 1 jin of 荔枝 (#1). Now ¥15/jin."
    assert chat.said(await chat.say("bob", "+半斤")) == (
        # a refusal says 斤 by its English word (session 20)
        "荔枝 (#1) is sold by the jin: “半斤” is not a whole number of jin. Send +1 for 1 jin. "
        "Nothing was changed."
    )


async def test_chinese_words_with_the_amount_are_still_answered_in_chinese() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/jin")

    assert chat.said(await chat.say("bob", "加1斤")) == "Bob 跟团：1斤 Lychees（#1）。当前 ¥15/斤。"
    assert chat.said(await chat.say("bob", "我要半斤")) == (
        "Lychees（#1）按斤卖，“半斤”不是整斤数。要 1斤 就发 +1。没有任何改动。"
    )


@pytest.mark.parametrize(
    ("join", "expected"),
    [
        ("+1 kg", "Bob 跟团：2斤 荔枝（#1）。1 kg = 2斤。当前 ¥15/斤。"),
        ("+half a jin", "荔枝（#1）按斤卖，“half a jin”不是整斤数。要 1斤 就发 +1。没有任何改动。"),
    ],
)
async def test_an_english_amount_in_a_chinese_chat_is_answered_in_chinese(join: str, expected: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 荔枝 价格 15元/斤")

    assert chat.said(await chat.say("bob", join)) == expected


async def test_half_a_dozen_in_a_chinese_chat_is_answered_in_chinese() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "接龙 鸡蛋 价格 30/打")
    await chat.say("amy", "/lang zh")

    assert chat.said(await chat.say("bob", "+half a dozen")) == (
        "鸡蛋（#1）按打卖，“half a dozen”不是整打数。要 1打 就发 +1。没有任何改动。"
    )
    assert chat.said(await chat.say("bob", "+a dozen")) == "Bob 跟团：1打 鸡蛋（#1）。当前 ¥30/打。"
