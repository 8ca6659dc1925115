"""Task s23 A4: `阶梯 10:2,5` (opening or 修改) was answered "看不懂阶梯价", as if the tiers were unreadable:
the comma inside the tier's price is a decimal comma, never a tier "5". It is refused saying so, with the
tiers written with a point (`阶梯 10:2.5`), as `规格 small:1,5` is; that example is accepted when sent.
`阶梯 10:78,20:68` stays two tiers. Where the tiers with a point would not be under the price (`价格 2`),
no example is offered that would be refused: the tier's refusal says ¥2.50 is not below ¥2."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_tiers_with_a_decimal_comma_are_refused_with_the_point() -> None:
    chat = fake_chat(default_language="zh")

    refused = await chat.say("amy", "开团 鸡蛋 价格 3 阶梯 10:2,5")
    opened = await chat.say("amy", "开团 鸡蛋 价格 3 阶梯 10:2.5")  # the example, as sent

    assert chat.said(refused) == "“10:2,5”里的逗号是小数点，不是两档阶梯之间的分隔。小数请写点：阶梯 10:2.5"
    assert chat.said(opened).startswith("团购 #1 开团了：鸡蛋")
    assert "满10份 ¥2.50" in await chat.card(1)


async def test_tiers_with_a_decimal_comma_are_refused_with_the_point_in_english() -> None:
    chat = fake_chat(default_language="en")

    refused = await chat.say("amy", "/groupbuy Eggs price 3 tiers 10:2,5 20:2,25")
    opened = await chat.say("amy", "/groupbuy Eggs price 3 tiers 10:2.5 20:2.25")

    assert chat.said(refused) == (
        "In “10:2,5” the comma reads as a decimal comma, not a break between two tiers. For a decimal write "
        "a point: tiers 10:2.5 20:2.25"
    )
    assert chat.said(opened).startswith("Group buy #1 is open: Eggs")


async def test_an_edit_of_tiers_with_a_decimal_comma_is_refused_with_the_point() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 鸡蛋 价格 3")

    refused = await chat.say("amy", "修改 #1 阶梯 10:2，5")
    edited = await chat.say("amy", "修改 #1 阶梯 10:2.5")

    assert chat.said(refused) == "“10:2,5”里的逗号是小数点，不是两档阶梯之间的分隔。小数请写点：阶梯 10:2.5"
    assert chat.said(edited) == "已修改 鸡蛋（#1）：阶梯价 满10份 ¥2.50。"


async def test_an_edit_of_tiers_with_a_decimal_comma_is_refused_with_the_point_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 3")

    refused = await chat.say("amy", "/edit #1 tiers 10:2,5")
    edited = await chat.say("amy", "/edit #1 tiers 10:2.5")

    assert chat.said(refused) == (
        "In “10:2,5” the comma reads as a decimal comma, not a break between two tiers. For a decimal write "
        "a point: tiers 10:2.5"
    )
    assert chat.said(edited) == "Updated Eggs (#1): tiers 10+ ¥2.50."


async def test_tiers_between_commas_stay_two_tiers() -> None:
    chat = fake_chat(default_language="zh")

    opened = await chat.say("amy", "开团 芒果 价格 88 阶梯 10:78,20:68")

    assert chat.said(opened).startswith("团购 #1 开团了：芒果")
    assert "阶梯价：满10份 ¥78 · 满20份 ¥68" in await chat.card(1)


async def test_no_example_is_offered_that_the_price_would_refuse() -> None:
    chat = fake_chat(default_language="zh")

    refused = await chat.say("amy", "开团 梨 价格 2 阶梯 10:2,5")

    assert chat.said(refused) == "满 10 份的价格（¥2.50）必须低于上一档（¥2）。例如：价格 88 阶梯 10:78,20:68"
