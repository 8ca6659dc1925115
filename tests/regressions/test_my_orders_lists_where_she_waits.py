"""Review 96 #5: Pat waited for veg 2 and her `/orders` said `You have no orders yet.`; Ivy's 我的订单 showed
her line but not her wait for 2 more. 我的订单 / `/orders` list each wait on a group buy still open: its
title (and option), how many, her place in line."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_orders_in_english_list_a_wait_when_she_has_no_order() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings options pork:20:3,veg:18:2")
    await chat.say("lou", "+2 veg")
    await chat.say("pat", "/waitlist veg 2")

    listed = chat.said(await chat.say("pat", "/orders", private=True))

    assert listed == (
        "You have no orders yet.\n"
        "On a waiting list (whatever comes free goes to the first in line whose quantity fits):\n"
        "Dumplings veg (#1, Ken's): waiting for 2, number 1 in line"
    ), listed


async def test_my_orders_list_her_join_and_her_wait_for_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 22 库存 3 限购 3 截止 3d")
    await chat.say("ivy", "+1")
    await chat.say("bob", "+2")
    await chat.say("ivy", "候补 2")

    listed = chat.said(await chat.say("ivy", "我的订单", private=True))

    assert "草莓" in listed.split("\n")[1], listed  # her join first
    assert listed.endswith(
        "在候补（空出来按顺序补给数量放得下的人）：\n草莓（#1，Amy 的团）：候补 2 份，排第 1 位"
    ), listed
