"""Task s24 C1: `开团 芒果 价格 8 阶梯 10:7`, `修改 #1 价格 800` (800 typed for 8), then `修改 #1 价格 80`
kept the ¥7 tier far below ¥80 without a word: the warning followed the direction of the edit (a raise),
not the tiers against the new price. Now any price edit leaving the tiers far below the new price (at
most half of it) says so; nobody joined, with the tiers raised to fit it to send (a lowering: by a power
of ten, `10:70`), which is accepted; once someone joined, that tiers cannot go up any more. A lowering
leaving the tiers well below nothing more."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_lowered_price_still_far_above_the_tiers_says_so_with_the_fix() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7")
    await chat.say("amy", "修改 #1 价格 800")

    lowered = await chat.say("amy", "修改 #1 价格 80")
    fixed = await chat.say("amy", "修改 #1 阶梯 10:70")  # the command given, as sent

    assert (
        chat.said(lowered).splitlines()[-1] == "阶梯还是 满10份 ¥7，比新价低很多；要改就发 修改 #1 阶梯 10:70"
    )
    assert chat.said(fixed) == "已修改 芒果（#1）：阶梯价 满10份 ¥70。"


async def test_a_lowered_price_still_far_above_the_tiers_says_so_with_the_fix_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 8/kg tiers 10:7.5,20:7")
    await chat.say("amy", "/edit #1 price 800")

    lowered = await chat.say("amy", "/edit #1 price 80")
    fixed = await chat.say("amy", "/edit #1 tiers 10:75,20:70")

    assert chat.said(lowered).splitlines()[-1] == (
        "The tiers are still from 10 kg ¥7.50/kg · from 20 kg ¥7/kg, far below the new price; to change "
        "them send /edit #1 tiers 10:75,20:70"
    )
    assert chat.said(fixed) == "Updated Mangoes (#1): tiers from 10 kg ¥75/kg · from 20 kg ¥70/kg."


async def test_with_someone_joined_the_tiers_far_below_are_said_to_stay() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 800 阶梯 10:7")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "修改 #1 价格 80 确认")  # a tenth, people joined: confirmed

    assert (
        chat.said(lowered).splitlines()[-1]
        == "阶梯还是 满10份 ¥7，比新价低很多；已经有人跟团，阶梯不能再涨。"
    )


async def test_with_someone_joined_the_tiers_far_below_are_said_to_stay_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 800 tiers 10:7")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "/edit #1 price 80 confirm")  # a tenth, people joined: confirmed

    assert chat.said(lowered).splitlines()[-1] == (
        "The tiers are still 10+ ¥7, far below the new price; people have joined, so they cannot go up."
    )


async def test_a_small_lowering_says_nothing_of_the_tiers() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7")

    lowered = await chat.say("amy", "修改 #1 价格 7.5")

    assert chat.said(lowered) == "已修改 芒果（#1）：价格 ¥7.50。\n改价：¥8 → ¥7.50"


async def test_a_small_lowering_says_nothing_of_the_tiers_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 8 tiers 10:7")

    lowered = await chat.say("amy", "/edit #1 price 7.5")

    assert chat.said(lowered) == "Updated Mangoes (#1): price ¥7.50.\nPrice changed: ¥8 → ¥7.50"
