"""`核销 123456 234567` (two buyers' codes in one message) was answered with the usage, as if the codes
were mistyped. Several codes are taken at once, as `已取 1-1 1-2` takes several orders: every code is
checked first, one that cannot be taken refuses them all, naming it (nothing handed over), and each
buyer is told as for one."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_unpaid_reach import status


async def _paid(factory: FakeUnitOfWorkFactory) -> tuple[Chat, dict[str, str]]:
    """Amy's 芒果 closed with Bob #1-1, Cat #1-2, Dan #1-3, all paid: their pickup codes by name."""
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 10 成团 1")
    for buyer in ("bob", "cat", "dan"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1 1-2 1-3")
    codes = {order.buyer_id: order.pickup_code or "" for order in factory.state.orders.values()}
    return chat, codes


async def test_several_codes_are_each_handed_over_in_one_answer() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, codes = await _paid(factory)

    replies = await chat.say("amy", f"核销 {codes['bob']}、{codes['cat']}")

    handed = "\n• 芒果 × 1\n请按此交货，订单已标记为已提货。"
    assert chat.said(replies) == (
        f"✅ 取货码 {codes['bob']}：Bob 的订单 #1-1，共 1 份：{handed}\n\n"
        f"✅ 取货码 {codes['cat']}：Cat 的订单 #1-2，共 1 份：{handed}"
    )
    assert set(chat.private(replies)) == {"bob", "cat"}
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.FULFILLED
    assert status(factory, "1-3") is OrderStatus.PAID


async def test_one_code_that_cannot_be_taken_refuses_them_all_naming_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, codes = await _paid(factory)
    unknown = next(c for c in ("123456", "234567") if c not in codes.values())
    await chat.say("amy", f"核销 {codes['dan']}")

    wrong = await chat.say("amy", f"/pickupcode {codes['bob']} {unknown}")
    used = await chat.say("amy", f"核销 {codes['cat']} {codes['dan']}")
    short = await chat.say("amy", f"核销 {codes['bob']} 12")

    assert chat.said(wrong) == (  # Amy types Chinese: her slash command is answered in it (s32-cmdlang2)
        f"你在这里能核销的订单中没有取货码 {unknown}，请核对后再试，没有任何改动。\n"
        f"这几个取货码都没有核销：改正或去掉 {unknown} 后再发一次。"
    )
    assert chat.said(used).startswith(f"取货码 {codes['dan']} 已经用过了：Dan 的订单 #1-3")
    assert chat.said(used).endswith(f"这几个取货码都没有核销：改正或去掉 {codes['dan']} 后再发一次。")
    assert chat.said(short) == (
        "“12”不是取货码（取货码是 4–6 位数字），没有任何核销。请改正或去掉后再发一次，例如：核销 4827 5028"
    )
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.PAID
    assert chat.private(wrong) == chat.private(used) == chat.private(short) == {}


async def test_codes_from_someone_who_takes_none_are_refused_once() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, codes = await _paid(factory)

    replies = await chat.say("bob", f"核销 {codes['bob']} {codes['cat']}")

    assert chat.said(replies) == "只有团长或团长设置的帮手可以在这里核销取货码，没有任何改动。"
    assert status(factory, "1-1") is OrderStatus.PAID


async def test_several_codes_typed_with_pickup_are_taken_not_made_the_place() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, codes = await _paid(factory)

    replies = await chat.say("amy", f"自提 {codes['bob']} {codes['cat']}")

    assert chat.said(replies).startswith(f"✅ 取货码 {codes['bob']}：Bob 的订单 #1-1")
    assert status(factory, "1-1") is status(factory, "1-2") is OrderStatus.FULFILLED
