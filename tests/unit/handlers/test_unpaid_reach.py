"""撤销已收 / 已收 reach the same orders by number and by name, a bare number's choices in a group name
only that group's buyers, and `撤销已收 2-1 2-3` undoes each order typed."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def three_groups(factory: FakeUnitOfWorkFactory) -> tuple[Chat, Chat]:
    """Amy's group buys in family: #1 芒果 (Bob #1-1), #2 苹果 help-sold by Dan in neighbours (Cat #2-1
    there, Bob #2-2 in family), #3 橙子 (Dan #3-1, Cat #3-2 in family); all closed."""
    family = fake_chat(factory)
    neighbours = Chat(family.app, chat_id="neighbours", title="邻居群")
    await family.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await family.say("bob", "+1 #1")
    await family.say("amy", "接龙 苹果 价格 20 截止 2小时")
    await family.say("amy", "帮卖 开 10% #2")
    await neighbours.say("dan", "帮卖 #2")
    await neighbours.say("cat", "+1")
    await family.say("bob", "+1 #2")
    await family.say("amy", "接龙 橙子 价格 30 截止 2小时")
    await family.say("dan", "+1 #3")
    await family.say("cat", "+1 #3")
    for number in (1, 2, 3):
        await family.say("amy", f"截单 #{number}")
    return family, neighbours


def status(factory: FakeUnitOfWorkFactory, label: str) -> OrderStatus:
    return next(o for o in factory.state.orders.values() if o.number == label).status


async def test_a_bare_number_lists_only_this_groups_buyers() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT  # Cat's, made in neighbours

    said = family.said(await family.say("amy", "已收 1"))

    assert said == ("这里有几个团都有订单 #1：#1-1 芒果（Bob）、#3-1 橙子（Dan）。请写完整编号，例如 #3-1。")
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-1")
    await family.say("amy", "已收 3-1")
    said = family.said(await family.say("amy", "撤销已收 1"))
    assert said == "这里有几个团都有订单 #1：#1-1 芒果（Bob）、#3-1 橙子（Dan）。请写完整编号，例如 #3-1。"
    assert "Cat" not in said


async def test_a_bare_number_of_one_other_groups_order_only_is_that_order_answered_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    family = fake_chat(factory)
    neighbours = Chat(family.app, chat_id="neighbours", title="邻居群")
    await family.say("amy", "接龙 苹果 价格 20 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "帮卖 #1")
    await neighbours.say("cat", "+1")
    await family.say("amy", "截单")

    replies = await family.say("amy", "已收 1")

    assert family.private(replies)["amy"] == (
        "订单 #1-1（Cat，¥20）已标记为已付款。\n这单的佣金：Dan 的帮卖佣金 ¥2（已私信告知）。"
    )
    assert status(factory, "1-1") is OrderStatus.PAID


async def test_several_numbers_are_refused_whole_one_order_at_a_time() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-2")

    english = family.said(await family.say("amy", "/unpaid 1-1 2-2"))
    chinese = family.said(await family.say("amy", "撤销已收 1-1 2-2"))

    assert english == "一次撤销一个订单的已收，没有任何改动。请分开发：撤销已收 1-1"
    assert chinese == "一次撤销一个订单的已收，没有任何改动。请分开发：撤销已收 1-1"  # as the slash form
    assert status(factory, "1-1") is OrderStatus.PAID
    assert status(factory, "2-2") is OrderStatus.PAID
    assert family.said(await family.say("amy", "撤销已收 2-2")).startswith("已撤销订单 #2-2（Bob")


async def test_a_name_reaches_the_help_sold_order_its_number_reaches() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    await family.say("amy", "已收 2-1")  # Cat's, made in neighbours; her #3-2 here is not paid

    replies = await family.say("amy", "撤销已收 @Cat", mentions=["cat"])

    assert family.private(replies)["amy"] == (
        "已撤销订单 #2-1（Cat，¥20）的已收：改回待付款（不是退款），已私信告诉对方。\n"
        "一并撤回了佣金：#2-1 Dan 的帮卖佣金 ¥2；已私信告诉 Dan。"
    )
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
    paid = await family.say("amy", "已收 @Cat", mentions=["cat"])  # #2-1 and #3-2 unpaid: the one made here
    assert family.said(paid) == "✅ Cat 的订单 #3-2 已付款。"


async def test_a_name_in_the_help_sellers_group_reaches_the_order_made_there() -> None:
    factory = FakeUnitOfWorkFactory()
    _, neighbours = await three_groups(factory)
    paid = neighbours.said(await neighbours.say("amy", "已收 @Cat", mentions=["cat"]))
    assert paid == "✅ Cat 的订单 #2-1 已付款。"  # as `已收 2-1` there: the one made there
    assert status(factory, "2-1") is OrderStatus.PAID
    assert status(factory, "3-2") is OrderStatus.PENDING_PAYMENT  # hers made in family: not from here

    undo = neighbours.said(await neighbours.say("amy", "撤销已收 @Cat", mentions=["cat"]))

    assert undo.startswith("已撤销订单 #2-1（Cat）的已收：改回待付款")  # the group: no amount
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
