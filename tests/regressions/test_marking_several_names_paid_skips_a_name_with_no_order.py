"""`已收 @Cat @Dan`, Dan with no order here, refused the whole message ("这位成员在本群没有订单…这几单都没有
标记为已收"), so Cat's payment was not marked either. Every name with an order is marked and the same answer
says which names have none here; a typed name meaning two members is said so, that name only."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
    await chat.say("cat", "+1")
    await chat.say("bob", "+2")
    await chat.say("dan", "谢谢")
    await chat.say("k1", "+1", name="Kim")
    await chat.say("k2", "好的", name="Kim")
    await chat.say("amy", "截单")
    return chat


async def test_a_name_with_no_order_is_said_and_the_others_are_marked() -> None:
    chat = await _closed()

    said = chat.said(await chat.say("amy", "已收 @Cat @Dan"))

    assert said == "已标记为已付款：#1-1（Cat）。\n在本群没有订单，没有改动：Dan。"
    orders = chat.app.uow_factory.state.orders.values()  # type: ignore[attr-defined]
    assert {o.buyer_id: o.status for o in orders}["cat"] is OrderStatus.PAID


async def test_mentioned_by_the_platform_and_picked_up_alike() -> None:
    chat = await _closed()
    await chat.say("amy", "已收 @Cat")

    said = chat.said(await chat.say("amy", "/pickedup @Cat @Dan", mentions=["cat", "dan"]))

    assert said == "已标记为已提货：#1-1（Cat）。\n在本群没有订单，没有改动：Dan。"


async def test_a_name_meaning_two_members_is_refused_alone() -> None:
    chat = await _closed()

    said = chat.said(await chat.say("amy", "已收 @Bob @Kim"))

    assert said == (
        "已标记为已付款：#1-2（Bob）。\n"
        "没有标记 @Kim：本群有不止一位成员叫 Kim，没有任何改动。请 @ 对方，或写全名字。"
    )
