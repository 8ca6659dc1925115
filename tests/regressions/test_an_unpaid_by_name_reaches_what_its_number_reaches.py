"""`撤销已收 @Cat` in the organiser's group did not find Cat's help-sold order made in another group,
which `撤销已收 2-1` undid there; in that other group it answered "这里没有订单 #2-1", a number the
organiser never typed. `@name` now reaches the orders its number does, in her group and in the group
the order was made in (s22: no longer "请在开团的群里处理")."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.test_unpaid_reach import status, three_groups

UNDONE = "已撤销订单 #2-1（Cat，¥20）的已收：改回待付款（不是退款），已私信告诉对方。"
UNDONE_HERE = "已撤销订单 #2-1（Cat）的已收：改回待付款（不是退款），已私信告诉对方。"  # in the group


async def test_unpaid_by_name_finds_the_help_sold_order_here_and_where_it_was_made() -> None:
    factory = FakeUnitOfWorkFactory()
    family, neighbours = await three_groups(factory)
    await family.say("amy", "已收 2-1")

    undone_here = await neighbours.say("amy", "撤销已收 @Cat", mentions=["cat"])
    assert neighbours.said(undone_here).startswith(UNDONE_HERE)
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
    await family.say("amy", "已收 2-1")
    undone = await family.say("amy", "撤销已收 @Cat", mentions=["cat"])

    assert family.private(undone)["amy"].startswith(UNDONE)
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
