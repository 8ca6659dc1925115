"""Session 15 (fj): on a group buy sold per kg, `+1.5kg` was refused as `“1.5kg” is not a quantity of
it`: the wrong reason (it is a kg quantity, just not a whole one), while `+500g` was told it is 0.5 kg,
not a whole number of kg, and what to send. An amount of the unit sold in that is no whole number of it
is now told so, with the nearest whole amounts to send, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_one_and_a_half_kg_is_no_whole_number_of_kg() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Rice price 8/kg target 20")
    before = await chat.card()

    reply = chat.said(await chat.say("bob", "+1.5kg"))
    grams = chat.said(await chat.say("bob", "+500g"))

    assert reply == (
        "Rice (#1) is sold by the kg: “1.5kg” is not a whole number of kg. "
        "Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."
    )
    assert grams == (
        "Rice (#1) is sold by the kg: “500 g” is 0.5 kg, not a whole number of kg. Send +1 for 1 kg. "
        "Nothing was changed."
    )
    assert await chat.card() == before


async def test_in_chinese_half_a_jin_is_no_whole_number_of_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大米 价格 8元/斤 成团 20")
    before = await chat.card()

    fraction = chat.said(await chat.say("bob", "+1.5斤"))
    half = chat.said(await chat.say("bob", "+半斤"))

    assert fraction == "大米（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 +1，要 2斤 就发 +2。没有任何改动。"
    assert half == "大米（#1）按斤卖，“半斤”不是整斤数。要 1斤 就发 +1。没有任何改动。"
    assert await chat.card() == before
