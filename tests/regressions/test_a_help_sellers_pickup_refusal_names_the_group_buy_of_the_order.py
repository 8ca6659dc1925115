"""rep105 #5: 老周 help-sells #4 and #5 in g2. His `已提货 4-1`, `核销 8214` (丽丽's code of #4-1) and
`已提货 丽丽` were all refused about 阳光玫瑰葡萄（#5）, the group buy he listed last, and told to ask for
`设置帮手 #5 @老周`, which would not have let him hand over #4's orders.

The README keeps handing over to the organiser and the pickup helpers she names (a help-seller who is
no helper is told whom to ask for `设置帮手 #N @him`), so the refusal stays, naming the group buy the
order, code or buyer belongs to: the `设置帮手` it asks for is the one that then lets him."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def two_sold(factory: FakeUnitOfWorkFactory) -> tuple[Chat, Chat]:
    """Amy's 芒果 #1 and 葡萄 #2, both help-sold by Bob in 二号群 (#2 listed last), Ivy on each there;
    both closed, Ivy's #1-1 paid, her #2-1 not."""
    family = fake_chat(factory)
    street = Chat(family.app, chat_id="street", title="二号群")
    await family.say("amy", "接龙 芒果 价格 10")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "帮卖 #1")
    await street.say("ivy", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")
    await family.say("amy", "接龙 葡萄 价格 20")
    await family.say("amy", "帮卖 开 10% #2")
    await street.say("bob", "帮卖 #2")
    await street.say("ivy", "+1 #2")
    await family.say("amy", "截单 #2")
    return family, street


MANGO = (
    "只有团长（Amy）或团长指定的核销帮手才能给 芒果（#1）的订单办取货，没有任何改动。"
    "请 Amy 发 设置帮手 #1 @Bob，之后用 核销 4827 收买家的取货码。"
)


async def test_an_order_number_names_its_own_group_buy() -> None:
    _, street = await two_sold(FakeUnitOfWorkFactory())

    assert Chat.said(await street.say("bob", "已提货 1-1")) == MANGO


async def test_a_code_names_the_group_buy_of_its_order() -> None:
    factory = FakeUnitOfWorkFactory()
    _, street = await two_sold(factory)
    code = factory.state.orders[1].pickup_code

    assert Chat.said(await street.say("bob", f"核销 {code}")) == MANGO


async def test_a_buyer_named_is_the_group_buy_she_has_to_collect() -> None:
    _, street = await two_sold(FakeUnitOfWorkFactory())

    assert Chat.said(await street.say("bob", "已提货 Ivy")) == MANGO
    assert Chat.said(await street.say("bob", "已提货 @Ivy")) == MANGO


async def test_the_helper_it_asks_for_then_lets_him_hand_it_over() -> None:
    factory = FakeUnitOfWorkFactory()
    family, street = await two_sold(factory)
    code = factory.state.orders[1].pickup_code
    await family.say("amy", "设置帮手 #1 @Bob")

    handed = Chat.said(await street.say("bob", f"核销 {code}"))

    assert handed.startswith(f"✅ 取货码 {code}：Ivy 的订单 #1-1"), handed


async def test_in_english_the_order_number_names_its_group_buy() -> None:
    _, street = await two_sold(FakeUnitOfWorkFactory())
    street.admins = {"bob"}
    await street.say("bob", "/lang en")
    street.admins = set()

    assert Chat.said(await street.say("bob", "/pickedup 1-1")) == (
        "Only the organiser (Amy) or a pickup helper they named hands over orders of 芒果 (#1): nothing"
        " was changed. Ask Amy to send /helper #1 @Bob; then take each buyer's pickup code with"
        " /pickupcode 4827."
    )
