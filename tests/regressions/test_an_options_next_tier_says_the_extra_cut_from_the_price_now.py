"""Review 47 #11: with options and discount tiers (`阶梯 5:-3,10:-5`), a join that reached 5 units (¥3 off
each) was answered `总数再有 5 份，每份再减 ¥5`: the tier at 10 takes ¥5 off the list price, only ¥2 more
than now. A join's and a price question's next tier now say the extra cut from the price reached (the
card's `每份减 ¥5`, without 再, names the tier's whole discount and stays)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 麒麟西瓜 规格 大的:39,小的:25 阶梯 5:-3,10:-5 成团 5 库存 30"


async def test_a_join_past_the_first_tier_says_the_extra_cut_to_the_next() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)

    first = await chat.say("bob", "+1 大的")
    assert (
        chat.said(first) == "Bob 跟团：1 × 麒麟西瓜 大的（#1）。大的 现价 ¥39/份，总数再有 4 份，每份减 ¥3。"
    )
    fifth = await chat.say("cat", "+4 小的")
    assert chat.said(fifth).startswith(
        "Cat 跟团：4 × 麒麟西瓜 小的（#1）。小的 现价 ¥22/份，总数再有 5 份，每份再减 ¥2。"
    )


async def test_an_english_join_past_the_first_tier_says_the_extra_cut_to_the_next() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Melons options big:39,small:25 tiers 5:-3,10:-5 target 5 stock 30")
    await chat.say("bob", "/join 4 small")

    fifth = await chat.say("dan", "/join big")
    assert chat.said(fifth).startswith(
        "Dan is in: 1 × Melons big (#1). Big: now ¥36 each — 5 more in total takes another ¥2 off each."
    )


async def test_a_price_question_past_the_first_tier_says_the_extra_cut_to_the_next() -> None:
    chat = fake_chat()
    await chat.say("amy", OPEN)
    await chat.say("bob", "+5 小的")

    # asked by one not on it (Bob's own `问 多少钱` is answered privately with his lines, s30-paywords)
    assert chat.said(await chat.say("kim", "问 多少钱")) == (
        "麒麟西瓜（#1）：大的 ¥36/份，小的 ¥22/份，总数再有 5 份，每份再减 ¥2。"
    )
    assert chat.said(await chat.say("kim", "/ask how much")) == (
        "麒麟西瓜 (#1): 大的 ¥36 each, 小的 ¥22 each — 5 more in total takes another ¥2 off each."
    )
