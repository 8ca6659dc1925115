"""An English chat's group buy priced per 个 (`/groupbuy Eggs price 2/个`): `+half a dozen` was answered
"Eggs (#1) is sold by the 个: “half a dozen” is 6个, so send +6", though a group buy priced per piece
reads "sold by the piece: … is 6 pieces" (README: "“2 dozen” is 24 pieces"); one per 斤 "sold by the
斤 … Send how many 斤 you want". An English refusal now says a Chinese unit by its English word
(个 a piece, 斤 a jin), its amounts too; Chinese still reads 个, 斤."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_refusal_says_a_chinese_unit_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 2/个 target 10")
    await chat.say("amy", "/groupbuy Pears price 2/斤 target 10")

    dozen = chat.said(await chat.say("bob", "+half a dozen #1"))
    boxes = chat.said(await chat.say("bob", "+2 boxes #2"))
    liang = chat.said(await chat.say("bob", "+3两 #2"))

    assert dozen == (
        "Eggs (#1) is sold by the piece: “half a dozen” is 6 pieces, so send +6 #1 for them. "
        "Nothing was changed."
    )
    assert boxes == (
        "Pears (#2) is sold by the jin, so “2 boxes” is not a quantity of it. Send how many jin you want, "
        "e.g. +2 #2 for 2 jin. Nothing was changed."
    )
    assert liang == (
        "Pears (#2) is sold by the jin: “3两” is 0.3 jin, not a whole number of jin. Send +1 #2 for 1 jin. "
        "Nothing was changed."
    )


async def test_in_chinese_the_unit_stays_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 2/个 成团 10")

    assert chat.said(await chat.say("bob", "+半打")).startswith("鸡蛋（#1）按个卖：“半打”是 6个")
