"""Task s23 A2: on eggs sold by the dozen (打), `我要12个鸡蛋` (and `来12个鸡蛋`, `I want 12 eggs`) got no
reply: the product's word glued after the pieces made it chatter, as `我要2个小时` is. Said of the
product of a group buy open there it is a join, answered as `+12个` is (12 pieces are 1 dozen: `+1`);
`我要6个`, `来6个` as `+6个`. Any other word after the pieces stays chatter. Nothing is joined."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

DOZEN_ZH = "鸡蛋（#1）按打卖：“12个”是 1打，要就发 +1。没有任何改动。"
HALF_ZH = "鸡蛋（#1）按打卖（一打 12 个），“6个”是半打。要 1打（12 个）就发 +1。没有任何改动。"


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("+12个", DOZEN_ZH),
        ("我要12个鸡蛋", DOZEN_ZH),
        ("来12个鸡蛋", DOZEN_ZH),
        ("我要6个鸡蛋", HALF_ZH),
        ("我要6个", HALF_ZH),
        ("来6个", HALF_ZH),
    ],
)
async def test_pieces_of_the_product_wanted_are_said_in_dozens(sent: str, expected: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")

    assert chat.said(await chat.say("bob", sent)) == expected
    assert "Bob" not in chat.said(await chat.say("amy", "名单"))  # nothing joined


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("I want 12 eggs", "Eggs (#1) is sold by the dozen: “12 eggs” is 1 dozen, so send +1 for them. "),
        (
            "I want 6 eggs please",
            "Eggs (#1) is sold by the dozen (12 pieces): “6 eggs” is half a dozen. Send +1 for 1 dozen "
            "(12 pieces). ",
        ),
    ],
)
async def test_eggs_wanted_in_english_are_said_in_dozens(sent: str, expected: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12/dozen")

    assert chat.said(await chat.say("bob", sent)) == expected + "Nothing was changed."
    assert "Bob" not in chat.said(await chat.say("amy", "/list"))


@pytest.mark.parametrize("talk", ["我要12个小时", "我要2个小时才到", "我要12个鸡蛋吗", "I want 2 more"])
async def test_another_word_after_the_pieces_stays_chatter(talk: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 12/打")

    assert [reply for reply in await chat.say("bob", talk) if reply.text] == []


async def test_the_product_named_after_its_units_joins_where_sold_so() -> None:
    """`我要2斤荔枝` on lychees sold per 斤 joins 2斤, as `+2斤荔枝` does."""
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 荔枝 价格 20/斤")

    assert chat.said(await chat.say("bob", "我要2斤荔枝")) == "Bob 跟团：2斤 荔枝（#1）。当前 ¥20/斤。"
