"""Session 18: an amount in dozens for someone else was not read as one's own is. By the 份,
`代报 王阿姨 半打` added 王阿姨 one 份 with the note `半打` and `代报 王阿姨 2打` one with the note
`2打`, though `+半打` and `+2打` are refused; `/add Wang half a dozen`, `/add Wang 0.5 dozen` added a
guest named "Wang half a dozen"; `+2打 帮 小王` joined 2 with the note `打`; `+0.5kg 帮 小王`
(`+1.5 kg for Wang`) joined the member's own line with the note `帮 小王`, and a refusal of
`+半打 帮 王阿姨` showed the member's own form (`+1`). Now the amount is read as a join's, for the
guest or friend: refused as `+半打` is, the example in the add form (`代报 #1 王阿姨 1`) or for the
friend's line (`+1 帮 王阿姨`), or counted on that line."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

BY_PORTION = {"zh": "接龙 粽子 价格 10", "en": "/groupbuy Rice price 10"}
PER_DOZEN = {"zh": "接龙 鸡蛋 价格 30/打", "en": "/groupbuy Eggs price 30/dozen"}
PER_PIECE = {"zh": "接龙 鸡蛋 价格 2/个", "en": "/groupbuy Eggs price 2/piece"}


@pytest.mark.parametrize(
    ("lang", "add", "expected"),
    [
        (
            "zh",
            "代报 王阿姨 半打",
            "粽子（#1）按份卖，“半打”不是它的数量。要几份就发 代报 #1 王阿姨 几，例如 代报 #1 王阿姨 1。"
            "没有任何改动。",
        ),
        (
            "zh",
            "代报 王阿姨 2打",
            "粽子（#1）按份卖，“2打”不是它的数量。要几份就发 代报 #1 王阿姨 几，例如 代报 #1 王阿姨 2。"
            "没有任何改动。",
        ),
        (
            "en",
            "/add Wang half a dozen",
            "Rice (#1) is sold by the portion, so “half a dozen” is not a quantity of it. Send how many you "
            "want, e.g. /add #1 Wang 1. Nothing was changed.",
        ),
        (
            "en",
            "/add Wang 2 dozen",
            "Rice (#1) is sold by the portion, so “2 dozen” is not a quantity of it. Send how many you want, "
            "e.g. /add #1 Wang 2. Nothing was changed.",
        ),
    ],
)
async def test_a_guest_for_dozens_by_the_portion_is_refused_as_a_join_is(
    lang: str, add: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", BY_PORTION[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("amy", add)) == expected
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("lang", "add", "expected"),
    [
        (
            "zh",
            "代报 王阿姨 half a dozen",
            "鸡蛋（#1）按个卖：“half a dozen”是 6个，要就发 代报 #1 王阿姨 6。没有任何改动。",
        ),
        (
            "en",
            "/add Wang half a dozen",
            "Eggs (#1) is sold by the piece: “half a dozen” is 6 pieces, so send /add #1 Wang 6 for them. "
            "Nothing was changed.",
        ),
        (
            "en",
            "/add Wang 0.5 dozen",
            "Eggs (#1) is sold by the piece: “0.5 dozen” is 6 pieces, so send /add #1 Wang 6 for them. "
            "Nothing was changed.",
        ),
    ],
)
async def test_a_guest_for_half_a_dozen_per_piece_is_six(lang: str, add: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_PIECE[lang])

    assert chat.said(await chat.say("amy", add)) == expected


async def test_a_guest_for_dozens_by_the_dozen_gets_them() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", PER_DOZEN["en"])

    assert chat.said(await chat.say("amy", "/add Wang 2 dozen")) == (
        "Amy added Wang (not in this chat): 2 dozen of Eggs (#1); their order goes to Amy. Now ¥30/dozen."
    )
    assert chat.said(await chat.say("amy", "/add Wang half a dozen")) == (
        "Eggs (#1) is sold by the dozen: “half a dozen” is not a whole number of dozen. Send /add #1 Wang 1 "
        "for 1 dozen. Nothing was changed."
    )
    assert (await chat.card(1)).splitlines()[-1] == "1. Wang 2 dozen (added by Amy)"


@pytest.mark.parametrize(
    ("lang", "join", "expected"),
    [
        (
            "zh",
            "+半打 帮 王阿姨",
            "粽子（#1）按份卖，“半打”不是它的数量。要几份就发 +几，例如 +1 帮 王阿姨。没有任何改动。",
        ),
        (
            "zh",
            "帮王阿姨 +半打",
            "粽子（#1）按份卖，“半打”不是它的数量。要几份就发 +几，例如 +1 帮 王阿姨。没有任何改动。",
        ),
        (
            "zh",
            "+2打 帮 小王",
            "粽子（#1）按份卖，“2打”不是它的数量。要几份就发 +几，例如 +2 帮 小王。没有任何改动。",
        ),
        (
            "en",
            "+half a dozen for Wang",
            "Rice (#1) is sold by the portion, so “half a dozen” is not a quantity of it. Send how many you "
            "want, e.g. +1 for Wang. Nothing was changed.",
        ),
        (
            "en",
            "for Wang +half a dozen",
            "Rice (#1) is sold by the portion, so “half a dozen” is not a quantity of it. Send how many you "
            "want, e.g. +1 for Wang. Nothing was changed.",
        ),
    ],
)
async def test_a_friend_for_dozens_by_the_portion_is_refused_for_her_line(
    lang: str, join: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", BY_PORTION[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join)) == expected
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("lang", "join", "expected", "line"),
    [
        ("zh", "+2打 帮 小王", "Bob 帮 小王 跟团：2打 鸡蛋（#1）。当前 ¥30/打。", "1. Bob 帮 小王 2打"),
        (
            "en",
            "+2 dozen for Wang",
            "Bob joined for Wang: 2 dozen of Eggs (#1). Now ¥30/dozen.",
            "1. Bob for Wang 2 dozen",
        ),
    ],
)
async def test_a_friend_for_dozens_by_the_dozen_gets_them(
    lang: str, join: str, expected: str, line: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_DOZEN[lang])

    assert chat.said(await chat.say("bob", join)) == expected
    assert (await chat.card(1)).splitlines()[-1] == line


@pytest.mark.parametrize(
    ("lang", "opener", "join", "expected", "line"),
    [
        (
            "zh",
            "接龙 荔枝 价格 15元/斤",
            "+0.5kg 帮 小王",
            "Bob 帮 小王 跟团：1斤 荔枝（#1）。0.5kg = 1斤。当前 ¥15/斤。",
            "1. Bob 帮 小王 1斤",
        ),
        (
            "en",
            "/groupbuy Lychees price 15/jin",
            "+1.5 kg for Wang",
            "Bob joined for Wang: 3 jin of Lychees (#1). 1.5 kg = 3 jin. Now ¥15/jin.",
            "1. Bob for Wang 3 jin",
        ),
    ],
)
async def test_a_part_of_a_weight_for_a_friend_is_her_line(
    lang: str, opener: str, join: str, expected: str, line: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opener)

    assert chat.said(await chat.say("bob", join)) == expected
    assert (await chat.card(1)).splitlines()[-1] == line
