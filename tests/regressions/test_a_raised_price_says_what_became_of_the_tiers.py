"""Task s23 A5: `修改 #1 价格 800` before anyone joined (¥80 or ¥8 meant, a digit too many) kept the tier
`10:7` far below it, and the answer said nothing of it. A raise of the price keeping the tiers now
names them; raised to twice the price or more, it says they are far below the new price and gives the
tiers raised alike to send (`修改 #1 阶梯 10:700`), which is accepted when sent. (s24: a raise 5 times over
or more also says so with its undo, and a lower price names the tier it took off.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_raised_price_says_the_tiers_are_far_below_it() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 8 阶梯 10:7")

    raised = await chat.say("amy", "修改 #1 价格 800")
    tiers = await chat.say("amy", "修改 #1 阶梯 10:700")  # the example, as sent

    assert chat.said(raised) == (
        "已修改 鸡蛋（#1）：价格 ¥800。\n价格从 ¥8 改成了 ¥800（100 倍）。打错了就发 修改 #1 价格 8\n"
        "阶梯还是 满10份 ¥7，比新价低很多；要改就发 修改 #1 阶梯 10:700"
    )
    assert chat.said(tiers) == "已修改 鸡蛋（#1）：阶梯价 满10份 ¥700。"


async def test_a_raised_price_says_the_tiers_are_far_below_it_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 8/kg tiers 10:7.5,20:7")

    raised = await chat.say("amy", "/edit #1 price 80")
    tiers = await chat.say("amy", "/edit #1 tiers 10:75,20:70")

    assert chat.said(raised) == (
        "Updated Eggs (#1): price ¥80/kg.\n"
        "The price went from ¥8/kg to ¥80/kg (10 times what it was). "
        "If that was a typo, send /edit #1 price 8\n"
        "The tiers are still from 10 kg ¥7.50/kg · from 20 kg ¥7/kg, far below the new price; to change "
        "them send /edit #1 tiers 10:75,20:70"
    )
    assert chat.said(tiers) == "Updated Eggs (#1): tiers from 10 kg ¥75/kg · from 20 kg ¥70/kg."


async def test_a_small_raise_names_the_tiers_kept() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 8 阶梯 10:7")

    raised = await chat.say("amy", "修改 #1 价格 9")

    assert chat.said(raised) == "已修改 鸡蛋（#1）：价格 ¥9。\n改价：¥8 → ¥9\n阶梯还是 满10份 ¥7。"


async def test_a_small_raise_names_the_tiers_kept_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 8 tiers 10:7")

    raised = await chat.say("amy", "/edit #1 price 9")

    assert chat.said(raised) == (
        "Updated Eggs (#1): price ¥9.\nPrice changed: ¥8 → ¥9\nThe tiers stay as they were: 10+ ¥7."
    )


async def test_a_lower_price_says_the_tier_it_took_off() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 8 阶梯 10:7")

    lowered = await chat.say("amy", "修改 #1 价格 6")

    assert chat.said(lowered) == (
        "已修改 鸡蛋（#1）：价格 ¥6、不再有阶梯价。\n改价：¥8 → ¥6\n"
        "满10份 ¥7 不比新价 ¥6 低，不再适用，已去掉。打错了就发 修改 #1 价格 8 阶梯 10:7"
    )
