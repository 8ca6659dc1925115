"""Session 18: `候补 半打` (wait for half a dozen) on a sold-out group buy sold by the dozen or per
piece was read as an option's name (`鸡蛋（#1）没有规格，“半打”不是规格`), and so were `候补 2打`,
`候补 1打` (per dozen, nothing waited for) and `候补 2箱` on one sold per 斤, while `候补 2` and
`候补 半斤` were read as amounts; `/wait half a dozen` was answered with the usage. A wait in a unit
word is now read as a join's amount is: per dozen `候补 2打` waits for 2 and `候补 半打` is refused as
`+半打` is (`要 1打 就发 候补 1`), per piece a dozen is answered in pieces (`要就发 候补 6`), another
unit is no quantity of it; by the 份 it is told to wait in whole 份, as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPENS = {
    ("zh", "dozen"): "接龙 鸡蛋 价格 30/打 库存 2",
    ("zh", "piece"): "接龙 鸡蛋 价格 2/个 库存 2",
    ("zh", "portion"): "接龙 粽子 价格 10 库存 2",
    ("zh", "jin"): "接龙 荔枝 价格 15元/斤 库存 2",
    ("en", "dozen"): "/groupbuy Eggs price 30/dozen stock 2",
    ("en", "piece"): "/groupbuy Eggs price 2/piece stock 2",
    ("en", "portion"): "/groupbuy Rice price 10 stock 2",
}


async def sold_out(lang: str, sold_by: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPENS[lang, sold_by])
    await chat.say("amy", "+2")
    return chat


@pytest.mark.parametrize(
    ("lang", "sold_by", "wait", "expected"),
    [
        (
            "zh",
            "dozen",
            "候补 半打",
            "鸡蛋（#1）按打卖，“半打”不是整打数。要 1打 就发 候补 1。没有任何改动。",
        ),
        (
            "zh",
            "dozen",
            "候补 半打 #1",
            "鸡蛋（#1）按打卖，“半打”不是整打数。要 1打 就发 候补 #1 1。没有任何改动。",
        ),
        (
            "zh",
            "dozen",
            "候补 半斤",
            "鸡蛋（#1）按打卖，“半斤”不是它的数量。要几打就发 候补 几，例如 候补 1（1打）。没有任何改动。",
        ),
        ("zh", "piece", "候补 半打", "鸡蛋（#1）按个卖：“半打”是 6个，要就发 候补 6。没有任何改动。"),
        ("zh", "piece", "候补 2打", "鸡蛋（#1）按个卖：“2打”是 24个，要就发 候补 24。没有任何改动。"),
        (
            "zh",
            "portion",
            "候补 半打",
            "粽子（#1）按份卖，候补只能写整份数：“半打”不是份数。"
            "要几份就发 候补 几，例如：候补 1。没有任何改动。",
        ),
        (
            "zh",
            "jin",
            "候补 2箱",
            "荔枝（#1）按斤卖，“2箱”不是它的数量。要几斤就发 候补 几，例如 候补 2（2斤）。没有任何改动。",
        ),
        (
            "en",
            "dozen",
            "/wait half a dozen",
            "Eggs (#1) is sold by the dozen: “half a dozen” is not a whole number of dozen. Send /wait 1 for "
            "1 dozen. Nothing was changed.",
        ),
        (
            "en",
            "dozen",
            "/wait #1 half a dozen",
            "Eggs (#1) is sold by the dozen: “half a dozen” is not a whole number of dozen. Send /wait #1 1 "
            "for 1 dozen. Nothing was changed.",
        ),
        (
            "en",
            "piece",
            "/wait half a dozen",
            "Eggs (#1) is sold by the piece: “half a dozen” is 6 pieces, so send /wait 6 for them. "
            "Nothing was changed.",
        ),
        (
            "en",
            "piece",
            "/wait 0.5 dozen",
            "Eggs (#1) is sold by the piece: “0.5 dozen” is 6 pieces, so send /wait 6 for them. "
            "Nothing was changed.",
        ),
        (
            "en",
            "portion",
            "/wait half a dozen",
            "Rice (#1) is sold by the portion, in whole ones, so “half a dozen” is not a number of portions. "
            "Send how many you want, e.g. /wait 1. Nothing was changed.",
        ),
    ],
)
async def test_a_wait_for_part_of_a_dozen_is_read_as_an_amount(
    lang: str, sold_by: str, wait: str, expected: str
) -> None:
    chat = await sold_out(lang, sold_by)
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", wait)) == expected
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("lang", "wait", "waits_for"),
    [("zh", "候补 2打", "2打"), ("zh", "候补 1打", "1打"), ("en", "/wait a dozen", "1 dozen")],
)
async def test_a_wait_in_dozens_by_the_dozen_waits_for_them(lang: str, wait: str, waits_for: str) -> None:
    chat = await sold_out(lang, "dozen")

    said = chat.said(await chat.say("bob", wait))

    assert said.startswith(
        f"Bob 已候补 鸡蛋（#1）{waits_for}，排第 1 位。"
        if lang == "zh"
        else f"Bob is on the waiting list of Eggs (#1) for {waits_for}: number 1 in line."
    ), said


async def test_a_wait_for_a_moment_is_still_the_usage() -> None:
    chat = await sold_out("en", "dozen")

    assert chat.said(await chat.say("bob", "/wait a moment")).startswith("Write it like: /waitlist")
