"""fp-report 7: `/pickedup 8128` (the buyer's pickup code, read off her phone) was answered `There is no
order #8128 here. Example: /paid 12-3`: the example named another command and the code was not taken.
A 4 to 6 digit number that names no order here is taken as `核销 8128` (`/pickupcode 8128`); an order
number that names none is answered with `/pickedup`'s own example (`已取货 12-3`) and the code's form."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_pickedup_with_a_code_takes_the_code() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    room = fake_chat(uow_factory)
    for user, text in [
        ("amy", "/lang en"),
        ("amy", "/groupbuy Coffee beans price 50"),
        ("bob", "/join"),
        ("amy", "/close"),
        ("amy", "/paid 1-1"),
    ]:
        await room.say(user, text)
    code = uow_factory.state.orders[1].pickup_code
    assert code is not None

    answer = room.said(await room.say("amy", f"/pickedup {code}"))

    assert answer.startswith(f"✅ Code {code}: order #1-1 of Bob, 1 unit:")
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    assert room.said(await room.say("amy", "/pickedup 1-7")) == (
        "There is no order #1-7 here: nothing was changed. Example: /pickedup 12-3 (the number from the"
        " order message); a buyer's pickup code: /pickupcode 4827"
    )


async def test_a_chinese_pickedup_with_a_code_takes_the_code() -> None:
    uow_factory = FakeUnitOfWorkFactory()
    room = fake_chat(uow_factory)
    for user, text in [("amy", "接龙 荔枝 价格 20"), ("bob", "+1"), ("amy", "截单"), ("amy", "已收 1-1")]:
        await room.say(user, text)
    code = uow_factory.state.orders[1].pickup_code
    assert code is not None

    answer = room.said(await room.say("amy", f"已取货 {code}"))

    assert answer.startswith(f"✅ 取货码 {code}")
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    assert room.said(await room.say("amy", "已取货 1-7")) == (
        "这里没有订单 #1-7，没有任何改动。例如：已取货 12-3（订单消息里的编号）；买家的取货码请发：核销 4827"
    )
