"""Session 21 (F4, replay finding 12): `已收 @Cat` for a member with no order here named her, with an example
order that 已收 could not mark: a refunded one (`例如：已收 12-1`, then "订单 #12-1 已退款") or one already
paid. The example is now an order the command can act on here (unpaid for 已收, paid for 撤销已收), and
none when there is none."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_example_is_an_order_the_command_can_act_on() -> None:
    chat = fake_chat()
    await chat.say("cat", "大家好")  # known here, never ordered
    await chat.say("amy", "接龙 黄酒 价格 30 成团 2")
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    unpaid_left = chat.said(await chat.say("amy", "已收 @cat"))
    undo = chat.said(await chat.say("amy", "撤销已收 @cat"))
    await chat.say("amy", "已收 1-2")
    all_paid = chat.said(await chat.say("amy", "已收 @cat"))

    assert unpaid_left == "Cat 在本群没有订单，没有任何改动。例如：已收 1-2"  # 1-1 is paid already
    assert undo.startswith("Cat 在本群没有订单，没有任何改动。") and undo.endswith(" 1-1"), undo  # paid
    assert all_paid == "Cat 在本群没有订单，没有任何改动。"  # no order 已收 could mark: no example
