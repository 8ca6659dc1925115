"""Task s24 C1: a price lowered to or below a tier's price (¥8 -> ¥5 with `10:7,20:4`) took that tier off,
as a tier must be below the price, but the answer only listed what was left (`阶梯价 满20份 ¥4`), never
which tier went nor why. The edit still goes through (the organiser lowered the price: that is what she
expects to take; refusing would make her type the tiers too), and the answer now names the tier taken
off, not below the new price, in both languages, with or without people joined."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_lower_price_names_the_tier_taken_off() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7,20:4")

    lowered = await chat.say("amy", "修改 #1 价格 5")

    assert chat.said(lowered) == (
        "已修改 芒果（#1）：价格 ¥5、阶梯价 满20份 ¥4。\n改价：¥8 → ¥5\n"
        "满10份 ¥7 不比新价 ¥5 低，不再适用，已去掉。打错了就发 修改 #1 价格 8 阶梯 10:7,20:4"
    )


async def test_a_price_equal_to_a_tier_takes_it_off_and_says_so_with_people_joined() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "修改 #1 价格 7")

    assert chat.said(lowered) == (
        "已修改 芒果（#1）：价格 ¥7、不再有阶梯价。\n改价：¥8 → ¥7，所有人按新价\n"
        "满10份 ¥7 不比新价 ¥7 低，不再适用，已去掉。"
    )


async def test_a_lower_price_names_the_tier_taken_off_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 8/kg tiers 10:7,20:4")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "/edit #1 price 5")

    assert chat.said(lowered) == (
        "Updated Mangoes (#1): price ¥5/kg, tiers from 20 kg ¥4/kg.\n"
        "Price lowered: ¥8/kg → ¥5/kg for everyone\n"
        "Tiers not below the new price ¥5/kg no longer apply and were taken off: from 10 kg ¥7/kg."
    )


async def test_tiers_typed_with_the_price_are_not_said_taken_off() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 8 tiers 10:7")

    lowered = await chat.say("amy", "/edit #1 price 6 tiers 10:5")

    assert chat.said(lowered) == "Updated Mangoes (#1): price ¥6, tiers 10+ ¥5.\nPrice changed: ¥8 → ¥6"
