"""Session 10: in a group help-selling Amy's #1, `已收 1-3` (an order made in that group) answered
"这里没有订单 #1-3" from the help-seller, a member, or the help-seller in private. An order made in this
group (or of a group buy whose card is shown here) is found, and the answer says who may confirm it;
orders of other groups stay unknown."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WHO_CONFIRMS = "只有团长（{}）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"


async def _help_sold() -> tuple[Chat, Chat]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (family, "amy", "接龙 面包 价格 10"),
        (family, "amy", "帮卖 开 10%"),
        (family, "cat", "+1"),
        (family, "dan", "+1"),
        (street, "bob", "帮卖 #1"),
        (street, "ivy", "+1"),
        (family, "amy", "截单"),
    ]:
        await chat.say(user, text)
    return family, street


async def test_an_order_made_in_a_help_selling_group_is_found_there() -> None:
    _, street = await _help_sold()

    by_seller = street.said(await street.say("bob", "已收 1-3"))
    by_member = street.said(await street.say("eve", "已收 1-3"))

    assert by_seller == WHO_CONFIRMS.format("Amy")
    assert by_member == WHO_CONFIRMS.format("Amy")


async def test_a_help_seller_in_private_finds_her_groups_order() -> None:
    _, street = await _help_sold()
    replies = await street.say("bob", "已收 1-3", private=True)

    assert [r.text for r in replies if r.text] == [WHO_CONFIRMS.format("Amy")]


async def test_another_groups_order_stays_unknown_in_a_help_selling_group() -> None:
    _, street = await _help_sold()

    replies = await street.say("bob", "已收 1-1")

    assert [r.text for r in replies if r.text] == ["这里没有订单 #1-1。例如：已收 12-3（订单消息里的编号）"]


async def test_a_help_seller_in_her_group_is_told_who_confirms_an_order_made_there() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (street, "hal", "接龙 面包 价格 10"),
        (street, "hal", "帮卖 开 10%"),
        (family, "amy", "帮卖 #1"),
        (family, "zoe", "+1"),
        (street, "hal", "截单"),
    ]:
        await chat.say(user, text)

    said = family.said(await family.say("amy", "已收 1-1"))

    assert said == WHO_CONFIRMS.format("Hal")
