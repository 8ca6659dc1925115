"""Amy's `已收 @Cat` in 家庭群 answered "Cat 在本群有 2 个待付款订单：#2-1 苹果 ¥20、#3-2 橙子 ¥30", though
#2-1 was bought in 邻居群, which help-sells 苹果 (帮卖): an order of another group listed here, as if it
were this group's. A name takes the orders made in this group; an order made in another group only when
none made here is due (said to Amy privately, as for its number), and a choice of those too is asked
privately. `已取 @Cat` and `退款 @Cat` alike."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import bought_both_in_neighbours
from tests.unit.handlers.test_unpaid_reach import status, three_groups


async def test_a_name_takes_the_order_made_here_not_one_of_another_group() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)  # Cat: #2-1 苹果 bought in neighbours, #3-2 橙子 here

    replies = await family.say("amy", "已收 @Cat", mentions=["cat"])

    assert family.said(replies) == "✅ Cat 的订单 #3-2 已付款。"
    assert status(factory, "3-2") is OrderStatus.PAID
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
    picked = await family.say("amy", "已取 @Cat", mentions=["cat"])
    assert family.said(picked) == "📦 Cat 的订单 #3-2 已提货。"


async def test_several_names_take_the_orders_made_here() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    await family.say("amy", "已收 1-1")  # Bob's 芒果: his #2-2 苹果 is left to pay

    replies = await family.say("amy", "已收 @Cat、@Bob", mentions=["cat", "bob"])

    assert family.said(replies) == "已标记为已付款：#3-2（Cat）、#2-2（Bob）。"
    assert status(factory, "2-1") is OrderStatus.PENDING_PAYMENT


async def test_an_order_of_another_group_is_taken_only_when_none_here_is_due() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await three_groups(factory)
    await family.say("amy", "已收 3-2")  # Cat's order made here is paid

    replies = await family.say("amy", "已收 @Cat", mentions=["cat"])

    in_group = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert in_group == ["Amy，订单 #2-1 已付款，详情已私信发给你。"]  # not named here
    assert family.private(replies)["amy"] == (
        "订单 #2-1（Cat，¥20）已标记为已付款。\n这单的佣金：Dan 的帮卖佣金 ¥2（已私信告知）。"
    )
    assert status(factory, "2-1") is OrderStatus.PAID


async def test_a_choice_among_another_groups_orders_is_asked_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    family = await bought_both_in_neighbours(factory)

    replies = await family.say("amy", "已收 @Kim")

    assert [reply for reply in replies if reply.text and not reply.private_to] == []  # not named here
    assert family.private(replies)["amy"].startswith(
        "Kim 在「邻居群」有 2 个待付款订单：#1-1 芒果 ¥10、#2-1 苹果 ¥10。"
    )
    assert status(factory, "1-1") is status(factory, "2-1") is OrderStatus.PENDING_PAYMENT
