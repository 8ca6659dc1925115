"""In Amy's own group `已收 @Kim` answered "本群里没有叫 Kim 的成员" for Kim, who bought Amy's group buy in
the help-selling group (帮卖), though `已收 3-1` reaches that order from there. A name nobody in her group
has is looked for among the buyers of her group buys' help-sold orders, and the confirmation is told to
her privately, as for the number. Nobody else of that group is found (no name leaks), nor by anyone
but her."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_unpaid_reach import status

UNKNOWN = "本群里没有叫 {name} 的成员，没有任何改动。请改用订单编号，例如：已收 1-1"


async def _help_sold(factory: FakeUnitOfWorkFactory) -> tuple[Chat, Chat]:
    """Amy's #1 苹果 help-sold by Dan in neighbours, where Kim bought (#1-1); Eve only talks there."""
    family, neighbours = await help_sold(
        "接龙 苹果 价格 20 截止 2小时", chat_id="neighbours", title="邻居群", seller="dan", factory=factory
    )
    await neighbours.say("kim", "+1")
    await neighbours.say("eve", "大家好")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    return family, neighbours


async def test_her_help_sold_buyer_is_found_by_name_and_told_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _help_sold(factory)
    assert status(factory, "1-1") is OrderStatus.PENDING_PAYMENT  # Kim's, made in neighbours

    replies = await family.say("amy", "已收 @Kim")

    in_group = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert in_group == ["Amy，订单 #1-1 已付款，详情已私信发给你。"]  # not named here
    told = Chat.private(replies)
    assert (
        told["amy"] == "订单 #1-1（Kim，¥20）已标记为已付款。\n这单的佣金：Dan 的帮卖佣金 ¥2（已私信告知）。"
    )
    assert "kim" in told
    assert status(factory, "1-1") is OrderStatus.PAID


async def test_her_help_sold_buyer_is_found_among_several_names() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _help_sold(factory)

    replies = await family.say("amy", "已收 @Bob、@Kim")

    assert Chat.said(replies) == "已标记为已付款：#1-2（Bob）。"
    assert Chat.private(replies)["amy"] == (  # privately: the help-seller's commission named (s30-joinwords)
        "已标记为已付款：#1-1（Kim，¥20）。\n其中的佣金：#1-1 Dan 的帮卖佣金 ¥2（已私信告知）。"
    )
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.PAID


async def test_nobody_else_of_the_help_selling_group_is_found() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _help_sold(factory)

    not_a_buyer = await family.say("amy", "已收 @Eve")  # in neighbours, bought nothing
    not_hers = await family.say("bob", "已收 @Kim")  # Bob runs nothing: only Amy may, whoever is named

    assert Chat.said(not_a_buyer) == UNKNOWN.format(name="Eve")
    assert Chat.said(not_hers).startswith("只有团长（Amy）可以确认收款")
    assert status(factory, "1-1") is OrderStatus.PENDING_PAYMENT


async def test_undo_and_refund_find_her_help_sold_buyer_too() -> None:
    factory = FakeUnitOfWorkFactory()
    family, _ = await _help_sold(factory)
    await family.say("amy", "已收 @Kim")

    undone = await family.say("amy", "撤销已收 @Kim")
    assert status(factory, "1-1") is OrderStatus.PENDING_PAYMENT
    await family.say("amy", "已收 @Kim")
    refunded = await family.say("amy", "退款 @Kim")

    assert "#1-1" in Chat.private(undone)["amy"]
    assert "#1-1" in Chat.private(refunded)["amy"]
    assert status(factory, "1-1") is OrderStatus.REFUNDED
