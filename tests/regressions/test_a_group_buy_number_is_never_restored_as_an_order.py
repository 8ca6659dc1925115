"""rep48 #9: `恢复订单 #4` / `撤销取消 #3` in the group qun restored ORDERS #1-4 / #1-3, while #4 and #3 were
group buys of another group (picnic). `#N` is a group buy's number (团号) everywhere, an order's is `N-M`:
a `#N` naming another group's group buy is said to be in that group, this group's asks for the order
number form, and a bare `4` that finds order 1-4 while #4 is a group buy asks for `恢复订单 1-4`. Nothing
is restored by any of them."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _four_orders_cancelled(chinese: bool) -> tuple[FakeUnitOfWorkFactory, Chat, Chat]:
    """qun: #1 with orders 1-1…1-4, all cancelled after the close; picnic: #2, #3 (called off), #4."""
    factory = FakeUnitOfWorkFactory()
    qun = fake_chat(factory)
    qun.chat_id, qun.title = "qun", "qun"
    picnic = Chat(qun.app, chat_id="picnic", title="picnic")
    await qun.say("amy", "接龙 芒果 价格 90" if chinese else "/groupbuy Mangos price 90")
    for buyer in ("lin", "bob", "cat", "dan"):
        await qun.say(buyer, "+1")
    await picnic.say("amy", "/groupbuy Avocados price 5")
    await picnic.say("amy", "/groupbuy Pears price 5")
    await picnic.say("amy", "/cancel #3 confirm")
    await picnic.say("amy", "/groupbuy Kiwis price 5")
    await qun.say("amy", "截单" if chinese else "/close")
    for seq in range(1, 5):
        await qun.say("amy", f"取消订单 1-{seq}" if chinese else f"/cancel 1-{seq}")
    assert all(o.status is OrderStatus.CANCELLED for o in factory.state.orders.values())
    return factory, qun, picnic


def _none_restored(factory: FakeUnitOfWorkFactory) -> None:
    assert all(o.status is OrderStatus.CANCELLED for o in factory.state.orders.values())


async def test_a_group_buy_number_is_never_restored_as_an_order_in_chinese() -> None:
    factory, qun, _ = await _four_orders_cancelled(chinese=True)

    for typed, number, title in (("恢复订单 #4", 4, "Kiwis"), ("撤销取消 #3", 3, "Pears")):
        said = qun.said(await qun.say("amy", typed))
        assert said.startswith(f"团购 #{number}（{title}）不在这个群，在「picnic」里，没有任何改动。"), said
    said = qun.said(await qun.say("amy", "恢复订单 #1"))
    assert said == (
        "#1 是团购（芒果）的团号，不是订单号，没有任何改动。"
        "要恢复已取消的订单，请写订单编号，例如：恢复订单 1-1。"
    )
    said = qun.said(await qun.say("amy", "恢复订单 4"))
    assert said == "“4”可能是团号，也可能是订单号，没有任何改动。要恢复订单 #1-4，请这样写：恢复订单 1-4。"
    _none_restored(factory)

    said = qun.said(await qun.say("amy", "恢复订单 1-4"))
    assert said.startswith("已恢复订单 #1-4")


async def test_a_group_buy_number_is_never_restored_as_an_order_in_english() -> None:
    factory, qun, _ = await _four_orders_cancelled(chinese=False)

    said = qun.said(await qun.say("amy", "/restore #4"))
    assert said.startswith("Group buy #4 (Kiwis) is not in this chat"), said
    said = qun.said(await qun.say("amy", "/restore #1"))
    assert said == (
        "#1 is the number of a group buy (Mangos), not of an order. Nothing was changed. "
        "To bring back a cancelled order, write its order number, e.g. /restore 1-1."
    )
    said = qun.said(await qun.say("amy", "/restore 4"))
    assert said == (
        '"4" could be a group buy or an order. Nothing was changed. '
        "To bring back order #1-4, write: /restore 1-4."
    )
    _none_restored(factory)
