"""Session 17: `+1 dozen #1` on a group buy sold per piece was answered `send +12 for them`, without the
`#1` the member typed (and `+2箱 #1` alike: `e.g. +2`), so with several open the suggested `+12` would be
asked which. The suggestion now carries the `#N` typed (`+12 #1`), also on a group buy sold by the 份
(`+2打 #1`: `+2 #1`); with none typed, it stays `+12`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "join", "expected"),
    [
        (
            "en",
            "/groupbuy Eggs price 2/piece",
            "+1 dozen #1",
            "Eggs (#1) is sold by the piece: “1 dozen” is 12 pieces, so send +12 #1 for them. "
            "Nothing was changed.",
        ),
        (
            "zh",
            "接龙 鸡蛋 价格 2/个",
            "+1打 #1",
            "鸡蛋（#1）按个卖：“1打”是 12个，要就发 +12 #1。没有任何改动。",
        ),
        (
            "en",
            "/groupbuy Eggs price 2/piece",
            "+2 boxes #1",
            "Eggs (#1) is sold by the piece, so “2 boxes” is not a quantity of it. Send how many pieces you "
            "want, e.g. +2 #1 for 2 pieces. Nothing was changed.",
        ),
        (
            "zh",
            "接龙 鸡蛋 价格 2/个",
            "+2箱 #1",
            "鸡蛋（#1）按个卖，“2箱”不是它的数量。要几个就发 +几，例如 +2 #1（2个）。没有任何改动。",
        ),
        (
            "zh",
            "接龙 粽子 价格 10",
            "+2打 #1",
            "粽子（#1）按份卖，“2打”不是它的数量。要几份就发 +几，例如 +2 #1。没有任何改动。",
        ),
        (
            "en",
            "/groupbuy Rice price 10",
            "+2 dozen #1",
            "Rice (#1) is sold by the portion, so “2 dozen” is not a quantity of it. Send how many you want, "
            "e.g. +2 #1. Nothing was changed.",
        ),
    ],
)
async def test_the_suggestion_names_the_group_buy_typed(
    lang: str, opening: str, join: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    assert chat.said(await chat.say("bob", join, name="Bob")) == expected


@pytest.mark.parametrize(
    ("lang", "opening", "join", "expected"),
    [
        (
            "en",
            "/groupbuy Eggs price 2/piece",
            "+1 dozen",
            "Eggs (#1) is sold by the piece: “1 dozen” is 12 pieces, so send +12 for them. "
            "Nothing was changed.",
        ),
        ("zh", "接龙 鸡蛋 价格 2/个", "+1打", "鸡蛋（#1）按个卖：“1打”是 12个，要就发 +12。没有任何改动。"),
    ],
)
async def test_with_none_typed_it_stays_bare(lang: str, opening: str, join: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    assert chat.said(await chat.say("bob", join, name="Bob")) == expected
