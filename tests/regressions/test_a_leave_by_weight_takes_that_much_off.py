"""Session 15 (fj): on a group buy sold per kg (`/groupbuy Rice price 8/kg`), leaving by weight was
ignored: `-2kg`, `-1 kg #1`, `-2 kg #1` got no reply at all and `-2 kg` a usage hint, so a buyer who
cut 2 kg that way was still charged for them; `-1斤` there took 1 kg off. A leave in a unit word now
takes that much off, converted as a join is (`-1斤` per kg is 0.5 kg: refused, `-2斤` 1 kg, `-500g`
refused, `-2000g` 2 kg), its `#id` naming the group buy; an amount that is no whole number of the unit
sold in is refused with the nearest whole amounts to send as a leave (`-1`), nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def rice(lang: str = "en") -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Rice price 8/kg" if lang == "en" else "接龙 大米 价格 8元/斤")
    await chat.say("bob", "+6")
    return chat


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("-2kg", 4),
        ("-2 kg", 4),
        ("-1 kg #1", 5),
        ("-2 kg #1", 4),
        ("-2000g", 4),
        ("-2斤", 5),
        ("/leave 2 kg", 4),
    ],
)
async def test_a_leave_in_a_weight_takes_that_much_off(text: str, left: int) -> None:
    chat = await rice()

    reply = chat.said(await chat.say("bob", text))

    assert (await chat.card()).endswith(f"\n\n1. Bob {left} kg"), reply
    assert "Rice" in reply, reply


async def test_a_leave_that_is_no_whole_number_of_kg_is_refused_with_what_to_send() -> None:
    chat = await rice()
    before = await chat.card()

    grams = chat.said(await chat.say("bob", "-500g"))
    half = chat.said(await chat.say("bob", "-1.5kg"))
    jin = chat.said(await chat.say("bob", "-3 jin"))

    assert grams == (
        "Rice (#1) is sold by the kg: “500 g” is 0.5 kg, not a whole number of kg. Send -1 for 1 kg. "
        "Nothing was changed."
    )
    assert half == (
        "Rice (#1) is sold by the kg: “1.5kg” is not a whole number of kg. "
        "Send -1 for 1 kg or -2 for 2 kg. Nothing was changed."
    )
    assert jin.endswith("Send -1 for 1 kg or -2 for 2 kg. Nothing was changed."), jin
    assert await chat.card() == before


@pytest.mark.parametrize(
    ("text", "left"), [("-2斤", 4), ("减1斤", 5), ("退出 2斤", 4), ("-1kg", 4), ("-1公斤 #1", 4)]
)
async def test_in_chinese_a_leave_in_jin_takes_that_much_off(text: str, left: int) -> None:
    chat = await rice("zh")

    reply = chat.said(await chat.say("bob", text))

    assert reply.startswith(f"Bob 现在是 {left}斤 大米（#1）。"), reply
    assert (await chat.card()).endswith(f"\n\n1. Bob {left}斤")


async def test_in_chinese_half_a_jin_is_refused_and_changes_nothing() -> None:
    chat = await rice("zh")
    before = await chat.card()

    half = chat.said(await chat.say("bob", "-1.5斤"))
    tael = chat.said(await chat.say("bob", "-3两"))

    assert half == "大米（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 -1，要 2斤 就发 -2。没有任何改动。"
    assert tael == "大米（#1）按斤卖，“3两”是 0.3斤，不是整斤数。要 1斤 就发 -1。没有任何改动。"
    assert await chat.card() == before
