"""Task s23 A3: on lychees sold per 斤, `我要1,5斤` and `来1,5斤` got no reply, while `+1,5斤` is told to
write a point and the whole amounts near it. Said in words they are answered as `+1,5斤` is (in Chinese: they
are Chinese words), nothing joined; `我要1,5` without a unit stays chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

POINT_ZH = (
    "“1,5斤”：小数请写点（1.5斤）。{title}（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 +1，要 2斤 就发 +2。"
    "没有任何改动。"
)


@pytest.mark.parametrize("sent", ["+1,5斤", "我要1,5斤", "来1,5斤", "我要 1，5斤"])
async def test_a_decimal_comma_said_in_words_is_told_the_point(sent: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 荔枝 价格 20/斤")

    assert chat.said(await chat.say("bob", sent)) == POINT_ZH.format(title="荔枝")
    assert "Bob" not in chat.said(await chat.say("amy", "名单"))


async def test_a_decimal_comma_said_in_words_is_told_in_chinese_in_an_english_chat() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 20/jin")

    english = await chat.say("bob", "+1,5斤")
    chinese = await chat.say("bob", "我要1,5斤")

    assert chat.said(english) == (
        "“1,5斤”: for a decimal write a point (1.5斤). Lychees (#1) is sold by the jin: “1.5 jin” is not a "
        "whole number of jin. Send +1 for 1 jin or +2 for 2 jin. Nothing was changed."
    )
    assert chat.said(chinese) == POINT_ZH.format(title="Lychees")


async def test_a_decimal_comma_without_a_unit_after_words_stays_chatter() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 荔枝 价格 20/斤")

    assert [reply for reply in await chat.say("bob", "我要1,5") if reply.text] == []
