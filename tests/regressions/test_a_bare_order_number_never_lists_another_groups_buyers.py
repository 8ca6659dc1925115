"""`已收 1` in the organiser's group, where several group buys have an order 1, listed every one of
them, the help-sold orders made in other groups included: the group read the names of other groups'
buyers (`#2-1 苹果（Cat）`). The choices a group is offered are now the orders made in that group."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.test_unpaid_reach import status, three_groups

WHICH = "这里有几个团都有订单 #1：#1-1 芒果（Bob）、#3-1 橙子（Dan）。请写完整编号，例如 #3-1。"


async def test_the_choices_of_a_bare_number_are_this_groups_orders() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)  # Cat's #2-1 was made in neighbours

    assert family.said(await family.say("amy", "已收 1")) == WHICH
    for label in ("1-1", "2-1", "3-1"):
        await family.say("amy", f"已收 {label}")
    assert family.said(await family.say("amy", "撤销已收 1")) == WHICH
    assert status(factory, "2-1") is OrderStatus.PAID
