"""Replay s22 (task A4): `+1,5斤` on a group buy sold by the 斤 got "没看懂要几份" (how many 份?), `-1,5斤`
and `+1,5kg` no answer at all. An amount written with a decimal comma is answered as a price with one is
(`price_comma`): the point meant is said, then that amount in the group buy's unit (no whole number of 斤:
the nearest to send; a whole one: the form to send); sold by the 份, that it takes whole numbers. Nothing
is ever joined or taken off as read."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_decimal_comma_on_one_sold_by_the_jin_is_said_in_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 5/斤")
    await chat.say("bob", "+2斤")

    joined = Chat.said(await chat.say("dan", "+1,5斤"))
    bare = Chat.said(await chat.say("dan", "+1，5"))
    left = Chat.said(await chat.say("bob", "-1,5斤"))
    kilos = Chat.said(await chat.say("dan", "+1,5kg"))

    whole = "苹果（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 {s}1，要 2斤 就发 {s}2。没有任何改动。"
    assert joined == "“1,5斤”：小数请写点（1.5斤）。" + whole.format(s="+"), joined
    assert bare == "“1,5”：小数请写点（1.5）。" + whole.format(s="+"), bare
    assert left == "“1,5斤”：小数请写点（1.5斤）。" + whole.format(s="-"), left
    assert kilos == "“1,5kg”：小数请写点（1.5kg）。1.5kg 就是 3斤，要就发 +3。没有任何改动。", kilos
    card = await chat.card()
    assert "Dan" not in card and "Bob 2斤" in card, card


async def test_a_decimal_comma_in_english_is_said_in_the_unit() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Apples price 5/kg")

    joined = Chat.said(await chat.say("dan", "+1,5kg"))
    bare = Chat.said(await chat.say("dan", "+1,5"))

    whole = "Apples (#1) is sold by the kg: “1.5{gap}kg” is not a whole number of kg. "
    rest = "Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."
    assert joined == "“1,5kg”: for a decimal write a point (1.5kg). " + whole.format(gap="") + rest, joined
    assert bare == "“1,5”: for a decimal write a point (1.5). " + whole.format(gap=" ") + rest, bare
    assert "Dan" not in await chat.card()


async def test_a_decimal_comma_by_the_portion_says_whole_portions() -> None:
    zh, en = fake_chat(), fake_chat(default_language="en")
    await zh.say("amy", "接龙 粽子 价格 5")
    await en.say("amy", "/groupbuy Dumplings price 5")

    said_zh = Chat.said(await zh.say("dan", "+1,5"))
    said_en = Chat.said(await en.say("dan", "+1,5"))

    assert said_zh == "“1,5”：小数请写点（1.5），但这里按份卖，份数只能是整数：发 +1 或 +2。没有任何改动。"
    assert said_en == (
        "“1,5”: for a decimal write a point (1.5), but this is sold in whole portions: send +1 or +2. "
        "Nothing was changed."
    )
    assert "Dan" not in await zh.card() and "Dan" not in await en.card()
