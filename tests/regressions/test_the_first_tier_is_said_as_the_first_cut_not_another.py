"""Review 56 #7 (WeChat): with nobody joined yet, or below the first tier, a join's answer said
`总数再有 5 份，每份再减 ¥5` ("another ¥5 off") although nothing had been cut yet. Below the first tier
its cut is the first: `每份减 ¥5` / "takes ¥5 off each"; past it the next one is still "another"."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_join_below_the_first_tier_says_the_cut_without_another() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 规格 大盒:80,小盒:45 阶梯 6:-5,10:-8 成团 4")

    first = await chat.say("bob", "+1 小盒")
    assert chat.said(first) == "Bob 跟团：1 × 草莓 小盒（#1）。小盒 现价 ¥45/份，总数再有 5 份，每份减 ¥5。"
    past = await chat.say("cat", "+5 大盒")
    assert "总数再有 4 份，每份再减 ¥3。" in chat.said(past)


async def test_an_english_join_below_the_first_tier_says_the_cut_without_another() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Berries options big:80,small:45 tiers 6:-5,10:-8 target 4")

    first = await chat.say("bob", "/join small")
    assert chat.said(first) == (
        "Bob is in: 1 × Berries small (#1). Small: now ¥45 each — 5 more in total takes ¥5 off each."
    )
    asked = await chat.say("kim", "/ask how much")  # Bob's own is answered privately (s30-paywords)
    assert chat.said(asked) == (
        "Berries (#1): Big ¥80 each, small ¥45 each — 5 more in total takes ¥5 off each."
    )
