"""A help-sold group buy's orders made in another group are the organiser's to handle from her own
group, but no group reads the name of another group's buyer: 已收, 撤销已收 and 退款 of such an order are
answered to her privately (已收's group reading only `Amy，订单 #1-1 已付款，详情已私信发给你。`), 核销 in
the group by order number alone (with the message's other codes, one place); of her own group's
orders, in the group as ever."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def listed_and_closed() -> tuple[Chat, Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时", factory=factory)
    await office.say("dan", "+1")  # order #1-1, in 公司群
    await family.say("cat", "+1")  # order #1-2, in the organiser's own group
    await office.say("eve", "+1")  # order #1-3, in 公司群
    await family.say("amy", "截单")
    return family, office, factory


def in_group(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to and not reply.is_card]


async def test_paid_unpaid_pickup_and_refund_of_another_groups_order_are_private() -> None:
    family, _, factory = await listed_and_closed()
    paid = await family.say("amy", "已收 1-1")
    assert in_group(paid) == ["Amy，订单 #1-1 已付款，详情已私信发给你。"]  # Dan not named
    assert family.private(paid)["amy"] == (
        "订单 #1-1（Dan，¥35）已标记为已付款。\n这单的佣金：Bob 的帮卖佣金 ¥3.50（已私信告知）。"
    )
    undone = await family.say("amy", "撤销已收 1-1")
    assert in_group(undone) == [] and "Dan" in family.private(undone)["amy"]
    await family.say("amy", "已收 1-1")
    code = factory.state.orders[1].pickup_code
    assert code is not None
    collected = await family.say("amy", f"核销 {code}")
    assert in_group(collected)[0].startswith(f"✅ 取货码 {code}：订单 #1-1（别的群帮卖的买家）")
    assert "Dan" not in in_group(collected)[0] and "amy" not in family.private(collected)
    assert "dan" in family.private(collected)  # the buyer is told, as ever
    await family.say("amy", "已收 1-3")
    refunded = await family.say("amy", "退款 1-3")
    assert in_group(refunded) == []
    assert family.private(refunded)["amy"].startswith("订单 #1-3（Eve，¥35）已标记为退款")
    assert "eve" in family.private(refunded)


async def test_her_own_groups_orders_are_answered_in_the_group() -> None:
    family, _, factory = await listed_and_closed()
    await family.say("amy", "已收 1-2")
    refunded = in_group(await family.say("amy", "退款 1-2"))
    # no amount in the group (s30)
    assert refunded == ["订单 #1-2（Cat）已退款。已私信告诉 Cat。"]
    await family.say("cat", "+1")  # joins nothing: it has closed
    await family.say("amy", "已收 1-1")
    await family.say("amy", "接龙 李子 价格 10 成团 1")
    await family.say("cat", "+1 #2")
    await family.say("amy", "截单 #2")
    await family.say("amy", "已收 2-1")
    code = factory.state.orders[4].pickup_code
    assert code is not None
    collected = in_group(await family.say("amy", f"核销 {code}"))
    assert len(collected) == 1 and collected[0].startswith(f"✅ 取货码 {code}：Cat 的订单 #2-1")
