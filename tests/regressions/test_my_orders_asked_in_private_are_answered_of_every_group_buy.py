"""Session 17 (organiser 4): in a group, `问 我买了多少`, "how much did I buy" and "did I pay" answered with
all the asker's own orders and open lines there, each in a sentence; asked in her private chat with the
bot, they answered of one group buy only (`你在 芒果（#1）订了 2 份…`), leaving out her lines on the open
ones and those of her other groups. In private they now answer of every group buy she has an order of or
a line on, whatever its group, newest first, each in its line, a friend's share said apart as in the
group; a product named (`我买了多少芒果`) keeps that one."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_groups() -> Chat:
    family = fake_chat()
    office = Chat(family.app, chat_id="office", title="公司群")
    await family.say("amy", "接龙 芒果 价格 10")
    await family.say("bob", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "接龙 荔枝 价格 12")
    await family.say("bob", "+2")
    await family.say("bob", "+1 帮 妈妈")
    await office.say("cat", "接龙 苹果 价格 5")
    await office.say("bob", "+3")
    return family


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (
            "问 我买了多少",
            "你跟了 苹果（#3）3 份，还没截单。\n"
            "你在 荔枝（#2）接龙了：自己 2 份、帮 妈妈 1 份，还没截单。\n"
            "你在 芒果（#1）订了 2 份，共 ¥20，待付款（订单 #1-1）。",
        ),
        (
            "how much did I buy",
            "You are on 苹果 (#3) for 3; it has not closed yet.\n"
            "On 荔枝 (#2) you put down 2 for you and 1 for 妈妈; it has not closed yet.\n"
            "You ordered 2 of 芒果 (#1) for ¥20: to pay (order #1-1).",
        ),
        (
            "did I pay",
            "You are on 苹果 (#3) for 3; nothing is to pay until it closes, when your order is made.\n"
            "On 荔枝 (#2) you put down 2 for you and 1 for 妈妈; nothing is to pay until it closes, when "
            "your order is made.\n"
            "You ordered 2 of 芒果 (#1) for ¥20: to pay (order #1-1).",
        ),
    ],
)
async def test_in_private_every_group_buy_of_hers_is_answered(asked: str, expected: str) -> None:
    family = await _two_groups()

    assert family.said(await family.say("bob", asked, private=True)) == expected


async def test_the_group_still_answers_with_its_own() -> None:
    family = await _two_groups()

    replies = await family.say("bob", "问 我买了多少")

    assert family.private(replies)["bob"] == (
        "你在 荔枝（#2）接龙了：自己 2 份、帮 妈妈 1 份，还没截单。\n"
        "你在 芒果（#1）订了 2 份，共 ¥20，待付款（订单 #1-1）。"
    )


async def test_a_product_named_keeps_that_one() -> None:
    family = await _two_groups()

    replies = await family.say("bob", "问 我买了多少芒果", private=True)

    assert family.said(replies) == "你在 芒果（#1）订了 2 份，共 ¥20，待付款（订单 #1-1）。"


async def test_a_number_still_answers_of_that_one() -> None:
    family = await _two_groups()

    replies = await family.say("bob", "问 #3 我买了多少", private=True)

    assert family.said(replies) == "你跟了 苹果（#3）3 份，还没截单。"


async def test_her_pickup_code_is_of_the_order_she_collects() -> None:
    family = await _two_groups()
    await family.say("amy", "已收 1-1")

    said = family.said(await family.say("bob", "问 我的取货码是多少", private=True))

    assert said.startswith("你在 芒果（#1）订了 2 份，共 ¥20，已付款（订单 #1-1）。\n取货码：")
    assert "#2" not in said and "#3" not in said  # an open line has nothing to pick up yet
