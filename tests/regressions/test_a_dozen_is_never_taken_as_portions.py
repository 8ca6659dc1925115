"""Session 17: `+2 dozen` on a group buy sold by the 份 joined 2 份 silently (`+2 doz` kept `doz` as
the note), while `+2打` (a Chinese dozen) and `+2条` were answered that it is sold by the 份. A dozen is
now a count word as `打` and `条` are: by the 份 the join is refused the same way, saying its unit and the
form to send, nothing changed; on a group buy sold per piece (个) a dozen is 12 pieces, and the answer
gives that form (`+24`); on one sold per dozen it counts."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize("typed", ["+2 dozen", "+2 dozens", "+2 doz", "+2打"])
async def test_by_the_portion_a_dozen_is_refused_as_a_count_word(typed: str) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Crabs price 25 target 20")
    before = await chat.card()

    said = Chat.said(await chat.say("bob", typed))

    amount = typed.removeprefix("+")
    assert said == (
        f"Crabs (#1) is sold by the portion, so “{amount}” is not a quantity of it. Send how many you want, "
        "e.g. +2. Nothing was changed."
    ), typed
    assert await chat.card() == before


async def test_in_chinese_a_dozen_reads_as_2tiao_does() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大闸蟹 价格 25 成团 20")

    dozen = Chat.said(await chat.say("bob", "+2 dozen"))
    da = Chat.said(await chat.say("bob", "+2打"))
    tiao = Chat.said(await chat.say("bob", "+2条"))

    assert dozen == "大闸蟹（#1）按份卖，“2 dozen”不是它的数量。要几份就发 +几，例如 +2。没有任何改动。"
    assert da == tiao.replace("2条", "2打")


async def test_per_piece_a_dozen_is_answered_with_its_pieces() -> None:
    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Eggs price 2/piece target 20")
    chinese = fake_chat()
    await chinese.say("amy", "接龙 鸡蛋 价格 2元/个 成团 20")

    en = Chat.said(await english.say("bob", "+2 dozen"))
    zh = Chat.said(await chinese.say("bob", "+2打"))

    assert en == (
        "Eggs (#1) is sold by the piece: “2 dozen” is 24 pieces, so send +24 for them. Nothing was changed."
    )
    assert zh == "鸡蛋（#1）按个卖：“2打”是 24个，要就发 +24。没有任何改动。"
    assert Chat.said(await chinese.say("bob", "+24")).startswith("Bob 跟团：24个 鸡蛋（#1）")


async def test_per_dozen_a_dozen_counts() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 20/dozen target 20")

    said = Chat.said(await chat.say("bob", "+2打"))

    assert said == "Bob is in: 2 dozen of Eggs (#1). Now ¥20/dozen."
