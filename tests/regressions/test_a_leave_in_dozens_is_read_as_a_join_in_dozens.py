"""Session 18: a leave in dozens got no answer at all: `-1打` on a group buy sold by the dozen (`-1 dozen`
took one off), `-half a dozen`, `-a dozen`, `退半打`; by the 份 `-1打` would have taken one 份 off, though
`-2 dozen` is answered with the leave's form. They now read as the joins do: per dozen `-1打` takes one
off and half of one is no whole dozen (`要 1打 就发 -1`), per piece a dozen is 12 of them (`要就发 -6`), by
the 份 they get the leave's form, nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "leave", "expected"),
    [
        ("zh", "-1打", "Bob 现在是 2打 鸡蛋（#1）。当前 ¥30/打。"),
        ("zh", "-a dozen", "Bob 现在是 2打 鸡蛋（#1）。当前 ¥30/打。"),
        ("zh", "退半打", "鸡蛋（#1）按打卖，“半打”不是整打数。要 1打 就发 -1。没有任何改动。"),
        ("en", "-1打", "Bob now has 2 dozen of Eggs (#1). Now ¥30/dozen."),
        ("en", "-a dozen", "Bob now has 2 dozen of Eggs (#1). Now ¥30/dozen."),
        (
            "en",
            "-half a dozen",
            "Eggs (#1) is sold by the dozen: “half a dozen” is not a whole number of dozen. "
            "Send -1 for 1 dozen. Nothing was changed.",
        ),
    ],
)
async def test_a_leave_in_dozens_by_the_dozen(lang: str, leave: str, expected: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 鸡蛋 价格 30/打" if lang == "zh" else "/groupbuy Eggs price 30/dozen")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", leave)) == expected


@pytest.mark.parametrize(
    ("leave", "expected"),
    [
        ("-半打", "鸡蛋（#1）按个卖：“半打”是 6个，要就发 -6。没有任何改动。"),
        ("-half a dozen", "鸡蛋（#1）按个卖：“half a dozen”是 6个，要就发 -6。没有任何改动。"),
        ("-1打", "鸡蛋（#1）按个卖：“1打”是 12个，要就发 -12。没有任何改动。"),
    ],
)
async def test_a_leave_in_dozens_per_piece_is_answered_in_pieces(leave: str, expected: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 鸡蛋 价格 2/个")
    await chat.say("bob", "+20")
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", leave)) == expected
    assert await chat.card(1) == before


@pytest.mark.parametrize("leave", ["-1打", "-半打", "-half a dozen", "-2 dozen"])
async def test_a_leave_in_dozens_by_the_portion_gets_the_leave_form(leave: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 粽子 价格 10")
    await chat.say("bob", "+20")
    before = await chat.card(1)

    assert chat.said(await chat.say("bob", leave)) == "请这样写：-1（少一份）、退出（整条取消）或 退出 #1"
    assert await chat.card(1) == before
