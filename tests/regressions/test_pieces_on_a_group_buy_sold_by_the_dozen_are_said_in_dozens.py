"""Task s21 D3: `+6 pieces` (`+6个`) on eggs sold by the dozen (打) was refused with "e.g. +6 for 6
dozen", an odd example: 6 pieces is half a dozen. Pieces on a group buy sold by the dozen are now said
in dozens: half a dozen, or not a whole dozen, with the whole dozens near it (`+1` for 1 dozen, 12
pieces); a whole number of dozens (`+24个`) is answered with its `+2`, as `+2打` on one sold per piece
is with `+24`; `跟团 6个` and a guest's `代报 王阿姨 6个` too, which added 6 dozen. Nothing is changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        "/groupbuy Eggs price 15/dozen",
        {
            "+6 pieces": "Eggs (#1) is sold by the dozen (12 pieces): “6 pieces” is half a dozen. Send +1 "
            "for 1 dozen (12 pieces). Nothing was changed.",
            "+5个": "Eggs (#1) is sold by the dozen (12 pieces): “5个” is less than a dozen. Send +1 for 1 "
            "dozen (12 pieces). Nothing was changed.",
            "+18 pcs": "Eggs (#1) is sold by the dozen (12 pieces): “18 pcs” is not a whole number of dozen. "
            "Send +1 for 1 dozen (12 pieces) or +2 for 2 dozen (24 pieces). Nothing was changed.",
            "+24 pieces": "Eggs (#1) is sold by the dozen: “24 pieces” is 2 dozen, so send +2 for them. "
            "Nothing was changed.",
        },
    ),
    "zh": (
        "接龙 鸡蛋 价格 15/打",
        {
            "+6个": "鸡蛋（#1）按打卖（一打 12 个），“6个”是半打。要 1打（12 个）就发 +1。没有任何改动。",
            "+5只": "鸡蛋（#1）按打卖（一打 12 个），“5只”不到一打。要 1打（12 个）就发 +1。没有任何改动。",
            "+18个": "鸡蛋（#1）按打卖（一打 12 个），“18个”不是整打数。要 1打（12 个）就发 +1，要 2打（24 "
            "个）就发 +2。没有任何改动。",
            "+24个": "鸡蛋（#1）按打卖：“24个”是 2打，要就发 +2。没有任何改动。",
            "跟团 6个": "鸡蛋（#1）按打卖（一打 12 个），“6个”是半打。要 1打（12 个）就发 +1。没有任何改动。",
        },
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_pieces_on_a_group_buy_sold_by_the_dozen_are_said_in_dozens(lang: str) -> None:
    opening, answers = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    for typed, expected in answers.items():
        assert chat.said(await chat.say("bob", typed)) == expected, typed

    roster = chat.said(await chat.say("amy", "/list" if lang == "en" else "名单"))
    assert "Bob" not in roster  # nothing was joined


async def test_pieces_added_for_a_guest_are_said_in_dozens_too() -> None:
    """`代报 王阿姨 6个` added 6 dozen (72 eggs): a piece word glued to the number was read as 份."""
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 鸡蛋 价格 15/打")

    half = await chat.say("amy", "代报 王阿姨 6个")
    whole = await chat.say("amy", "代报 李阿姨 24个")

    assert chat.said(half) == (
        "鸡蛋（#1）按打卖（一打 12 个），“6个”是半打。要 1打（12 个）就发 代报 #1 王阿姨 1。没有任何改动。"
    )
    assert chat.said(whole) == "鸡蛋（#1）按打卖：“24个”是 2打，要就发 代报 #1 李阿姨 2。没有任何改动。"
    assert "阿姨" not in chat.said(await chat.say("amy", "名单"))  # nothing was added


async def test_pieces_taken_off_are_said_in_dozens_too() -> None:
    """`退出 1个` took a dozen off: a piece word after the number is pieces, as `-1个` is."""
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 鸡蛋 价格 15/打")
    await chat.say("bob", "+3")

    replies = await chat.say("bob", "退出 1个")

    assert chat.said(replies) == (
        "鸡蛋（#1）按打卖（一打 12 个），“1个”不到一打，减不了。要减 1打（12 个）就发 -1。没有任何改动。"
    )
    assert "Bob 3打" in chat.said(await chat.say("amy", "名单"))
