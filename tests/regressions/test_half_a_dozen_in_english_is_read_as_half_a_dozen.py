"""Session 18: `+半打` on a group buy sold by the dozen, per piece or by the 份 was answered (refused as
no whole dozen, `要就发 +6`, or refused as `+2打` is), but its English forms, `+half a dozen`, `+ half a
dozen`, `half a dozen please`, `+a dozen`, got no reply at all, and `+1 半打` by the 份 joined one 份 with
the note `半打`. The English forms now read as the Chinese ones: half a dozen is half of one (`half a
dozen` kept as typed in the answer), `a dozen` is one; `+1 half a dozen` is refused as `+half a dozen`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

PER_DOZEN = {"zh": "接龙 鸡蛋 价格 30/打", "en": "/groupbuy Eggs price 30/dozen"}
PER_PIECE = {"zh": "接龙 鸡蛋 价格 2/个", "en": "/groupbuy Eggs price 2/piece"}
BY_PORTION = {"zh": "接龙 粽子 价格 10", "en": "/groupbuy Rice price 10"}

NOT_WHOLE = {
    "zh": "鸡蛋（#1）按打卖，“{typed}”不是整打数。要 1打 就发 +1{at}。没有任何改动。",
    "en": "Eggs (#1) is sold by the dozen: “{typed}” is not a whole number of dozen. "
    "Send +1{at} for 1 dozen. Nothing was changed.",
}
SIX_PIECES = {
    "zh": "鸡蛋（#1）按个卖：“{typed}”是 6个，要就发 +6{at}。没有任何改动。",
    "en": "Eggs (#1) is sold by the piece: “{typed}” is 6 pieces, so send +6{at} for them. "
    "Nothing was changed.",
}
NO_PORTION = {
    "zh": "粽子（#1）按份卖，“{typed}”不是它的数量。要几份就发 +几，例如 +1{at}。没有任何改动。",
    "en": "Rice (#1) is sold by the portion, so “{typed}” is not a quantity of it. Send how many you want, "
    "e.g. +1{at}. Nothing was changed.",
}
HALVES = [
    ("+half a dozen", "half a dozen", ""),
    ("+ half a dozen", "half a dozen", ""),
    ("+half dozen", "half dozen", ""),
    ("+1 half a dozen", "half a dozen", ""),
    ("+half a dozen #1", "half a dozen", " #1"),
    ("+半打", "半打", ""),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("join", "typed", "at"), HALVES)
async def test_half_a_dozen_by_the_dozen_is_no_whole_dozen(lang: str, join: str, typed: str, at: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_DOZEN[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join)) == NOT_WHOLE[lang].format(typed=typed, at=at)
    assert await chat.card(1) == before


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("join", ["half a dozen please", "半打"])
async def test_half_a_dozen_alone_by_the_dozen_is_answered(lang: str, join: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_DOZEN[lang])

    typed = join.removesuffix(" please")
    expected = NOT_WHOLE[lang].format(typed=typed, at="")
    if join.endswith(" please") and lang == "zh":  # `please` is English: answered in English (s32)
        expected = (
            "鸡蛋 (#1) is sold by the dozen: “half a dozen” is not a whole number of dozen. "
            "Send +1 for 1 dozen. Nothing was changed."
        )
    assert chat.said(await chat.say("bob", join)) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("join", "typed", "at"), HALVES)
async def test_half_a_dozen_per_piece_is_six(lang: str, join: str, typed: str, at: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_PIECE[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join)) == SIX_PIECES[lang].format(typed=typed, at=at)
    assert await chat.card(1) == before


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("join", "typed", "at"), [*HALVES, ("+1 半打", "半打", "")])
async def test_half_a_dozen_by_the_portion_is_refused_as_a_dozen(
    lang: str, join: str, typed: str, at: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", BY_PORTION[lang])
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", join)) == NO_PORTION[lang].format(typed=typed, at=at)
    assert await chat.card(1) == before


@pytest.mark.parametrize(
    ("lang", "join", "expected"),
    [
        ("zh", "+a dozen", "Bob 跟团：1打 鸡蛋（#1）。当前 ¥30/打。"),
        ("zh", "a dozen please", "Bob is in: 1 dozen of 鸡蛋 (#1). Now ¥30/dozen."),  # `please`: English
        ("zh", "+1 dozen", "Bob 跟团：1打 鸡蛋（#1）。当前 ¥30/打。"),
        ("zh", "1打", "Bob 跟团：1打 鸡蛋（#1）。当前 ¥30/打。"),
        ("en", "+a dozen", "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."),
        ("en", "+ a dozen", "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."),
        ("en", "a dozen please", "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."),
        ("en", "+1 dozen", "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."),
        ("en", "+一打", "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."),
    ],
)
async def test_a_dozen_by_the_dozen_joins_one(lang: str, join: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_DOZEN[lang])

    assert chat.said(await chat.say("bob", join)) == expected
    assert (await chat.card(1)).splitlines()[-1].endswith(("Bob 1打", "Bob 1 dozen"))


@pytest.mark.parametrize(
    ("lang", "join", "expected"),
    [
        ("zh", "+a dozen", "鸡蛋（#1）按个卖：“1 dozen”是 12个，要就发 +12。没有任何改动。"),
        (
            "en",
            "+a dozen",
            "Eggs (#1) is sold by the piece: “1 dozen” is 12 pieces, so send +12 for them. "
            "Nothing was changed.",
        ),
        (
            "en",
            "+a dozen #1",
            "Eggs (#1) is sold by the piece: “1 dozen” is 12 pieces, so send +12 #1 for them. "
            "Nothing was changed.",
        ),
    ],
)
async def test_a_dozen_per_piece_is_twelve(lang: str, join: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_PIECE[lang])

    assert chat.said(await chat.say("bob", join)) == expected


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_dozen_by_the_portion_is_refused_as_a_dozen(lang: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", BY_PORTION[lang])

    assert chat.said(await chat.say("bob", "+a dozen")) == NO_PORTION[lang].format(typed="1 dozen", at="")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(
    ("join", "at"),
    [("I want half a dozen", ""), ("I need half a dozen #1 please", " #1"), ("I'd like half a dozen", "")],
)
async def test_wanting_half_a_dozen_in_words_is_read_as_half_a_dozen(lang: str, join: str, at: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_PIECE[lang])

    # said in English words, it is answered in English in a Chinese chat too (session 30), as `how much?`
    expected = SIX_PIECES["en"].format(typed="half a dozen", at=at)
    assert chat.said(await chat.say("bob", join)) == expected.replace(
        "Eggs", "鸡蛋" if lang == "zh" else "Eggs"
    )


async def test_wanting_half_a_dozen_of_something_is_talk() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", PER_DOZEN["en"])
    await chat.say("bob", "+1")

    assert await chat.say("bob", "I want half a dozen eggs for my mum") == []


@pytest.mark.parametrize(
    ("lang", "join", "typed"),
    [("en", "/join half a dozen", "half a dozen"), ("en", "/join 半打", "半打"), ("zh", "跟团 半打", "半打")],
)
async def test_the_join_command_with_half_a_dozen_is_read_as_half_a_dozen(
    lang: str, join: str, typed: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", PER_DOZEN[lang])

    assert chat.said(await chat.say("bob", join)) == NOT_WHOLE[lang].format(typed=typed, at="")


async def test_the_join_command_with_a_dozen_joins_one() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", PER_DOZEN["en"])

    assert (
        chat.said(await chat.say("bob", "/join a dozen")) == "Bob is in: 1 dozen of Eggs (#1). Now ¥30/dozen."
    )
