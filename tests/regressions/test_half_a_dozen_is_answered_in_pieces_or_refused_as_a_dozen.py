"""Session 17: `+半打` (half a dozen) got the generic `没看懂要几份` ("I couldn't read how many"), and
`+半打 #1` no answer at all, though `+2打` on a group buy sold per piece is answered `“2打”是 24个，要就发
+24` and on one sold by the 份 refused as no quantity of it. Half a dozen is now read as `+2打` is: per
piece it is 6 of them (`要就发 +6`, the `#N` typed kept), by the 份 it is refused as `+2打` is."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

PER_PIECE = {"zh": "接龙 鸡蛋 价格 2/个", "en": "/groupbuy Eggs price 2/piece"}
BY_PORTION = {"zh": "接龙 粽子 价格 10", "en": "/groupbuy Rice price 10"}


@pytest.mark.parametrize(
    ("lang", "join", "expected"),
    [
        ("zh", "+半打", "鸡蛋（#1）按个卖：“半打”是 6个，要就发 +6。没有任何改动。"),
        ("zh", "+半打 #1", "鸡蛋（#1）按个卖：“半打”是 6个，要就发 +6 #1。没有任何改动。"),
        ("zh", "+两打半", "鸡蛋（#1）按个卖：“两打半”是 30个，要就发 +30。没有任何改动。"),
        (
            "en",
            "+0.5 dozen",
            "Eggs (#1) is sold by the piece: “0.5 dozen” is 6 pieces, so send +6 for them. "
            "Nothing was changed.",
        ),
    ],
)
async def test_per_piece_half_a_dozen_is_six(lang: str, join: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_PIECE[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join, name="Bob")) == expected
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("lang", "join", "expected"),
    [
        ("zh", "+半打", "粽子（#1）按份卖，“半打”不是它的数量。要几份就发 +几，例如 +1。没有任何改动。"),
        ("zh", "+2打", "粽子（#1）按份卖，“2打”不是它的数量。要几份就发 +几，例如 +2。没有任何改动。"),
        (
            "en",
            "+0.5 dozen",
            "Rice (#1) is sold by the portion, so “0.5 dozen” is not a quantity of it. "
            "Send how many you want, e.g. +1. Nothing was changed.",
        ),
    ],
)
async def test_by_the_portion_half_a_dozen_is_refused_as_a_dozen(lang: str, join: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", BY_PORTION[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join, name="Bob")) == expected
    assert await chat.card(1) == before
