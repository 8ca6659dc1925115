"""Amy's `撤销已收 @Kim` in 家庭群, Kim's two paid orders both bought in 邻居群 (帮卖), asked "Kim 在本群有
2 个已收款的订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10…" in 家庭群: another group's buyer and orders named in
front of this group, while `已收 @Kim` asks her privately. `撤销已收 @name` now follows `已收 @name`'s rule:
the order made in this group first, another group's only when none here is paid, and a choice among
another group's orders asked privately (naming that group)."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import bought_both_in_neighbours
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_unpaid_reach import status, three_groups


async def _kim_bought_both_in_neighbours() -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    family = await bought_both_in_neighbours(factory)
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-1")
    return factory, family


async def test_an_unpaid_by_name_among_another_groups_orders_is_asked_privately() -> None:
    factory, family = await _kim_bought_both_in_neighbours()

    replies = await family.say("amy", "撤销已收 @Kim")

    assert [reply.text for reply in replies if reply.text and not reply.private_to] == []  # not named here
    assert family.private(replies) == {
        "amy": "Kim 在「邻居群」有 2 个已收款的订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。请说是哪一个：撤销已收 2-1"
    }
    assert status(factory, "1-1") is status(factory, "2-1") is OrderStatus.PAID


async def test_an_unpaid_by_name_takes_the_order_made_here() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)  # Cat: #2-1 苹果 bought in neighbours, #3-2 橙子 here
    await family.say("amy", "已收 2-1")
    await family.say("amy", "已收 3-2")

    replies = await family.say("amy", "撤销已收 @Cat", mentions=["cat"])

    assert family.said(replies).startswith("已撤销订单 #3-2（Cat）的已收")
    assert status(factory, "3-2") is OrderStatus.PENDING_PAYMENT
    assert status(factory, "2-1") is OrderStatus.PAID
