"""Session 18 review (finding 8): a buyer with two paid orders not yet collected, in two groups, asked her
private chat with the bot `取货码`, `我的取货码是多少？` or "what is my pickup code?" and got one code only
(her newest order's), with no word of the other, while `我的订单` and "did I pay?" listed both. At the
other pickup point she would have shown the wrong code. Now the question is answered with every order
she has paid and not yet picked up, each with its code; with none to collect, her newest order answers,
saying why it shows no code (since review 34 each unpaid order is named too, with how to report paying)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid_in_two_groups(factory: FakeUnitOfWorkFactory) -> Chat:
    """Cat paid 奶茶 (#1, family) and Lychees (#2, nbr); neither picked up."""
    family = fake_chat(factory)
    nbr = Chat(family.app, chat_id="nbr")
    await family.say("amy", "接龙 奶茶 价格 18")
    await nbr.say("gina", "/groupbuy Lychees price 15")
    await family.say("cat", "+1")
    await nbr.say("cat", "+1")
    await family.say("amy", "截单")
    await nbr.say("gina", "/close")
    await family.say("amy", "已收 1-1")
    await nbr.say("gina", "/paid 2-1")
    return family


def _codes(factory: FakeUnitOfWorkFactory) -> dict[str, str]:
    return {order.number: order.pickup_code for order in factory.state.orders.values()}


@pytest.mark.parametrize("asked", ["取货码", "我的取货码是多少？"])
async def test_every_code_she_may_show_is_given_in_chinese(asked: str) -> None:
    factory = FakeUnitOfWorkFactory()
    family = await _paid_in_two_groups(factory)
    codes = _codes(factory)

    said = family.said(await family.say("cat", asked, private=True))

    assert said == (
        "你在 Lychees（#2）订了 1 份，共 ¥15，已付款（订单 #2-1）。\n"
        f"取货码：{codes['2-1']}（取货时出示，由团长核销）\n"
        "你在 奶茶（#1）订了 1 份，共 ¥18，已付款（订单 #1-1）。\n"
        f"取货码：{codes['1-1']}（取货时出示，由团长核销）"
    )


async def test_every_code_she_may_show_is_given_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    family = await _paid_in_two_groups(factory)
    codes = _codes(factory)

    said = family.said(await family.say("cat", "what is my pickup code?", private=True))

    assert said == (
        "You ordered 1 of Lychees (#2) for ¥15: paid (order #2-1).\n"
        f"Your pickup code: {codes['2-1']} (show it when you collect your goods)\n"
        "You ordered 1 of 奶茶 (#1) for ¥18: paid (order #1-1).\n"
        f"Your pickup code: {codes['1-1']} (show it when you collect your goods)"
    )


async def test_a_collected_order_is_left_out_and_with_none_to_collect_her_newest_says_why() -> None:
    factory = FakeUnitOfWorkFactory()
    family = await _paid_in_two_groups(factory)
    codes = _codes(factory)
    await family.say("amy", "已取 1-1")

    one = family.said(await family.say("cat", "取货码", private=True))
    assert one == (
        "你在 Lychees（#2）订了 1 份，共 ¥15，已付款（订单 #2-1）。\n"
        f"取货码：{codes['2-1']}（取货时出示，由团长核销）"
    )

    await family.say("amy", "接龙 芒果 价格 10")
    await family.say("cat", "+1")
    await family.say("amy", "截单")
    await Chat(family.app, chat_id="nbr").say("gina", "/pickedup 2-1")

    none = family.said(await family.say("cat", "取货码", private=True))
    assert none == (  # unpaid: no code yet, and how to report paying (review 34)
        "你在 芒果（#3）订了 1 份，共 ¥10，待付款（订单 #3-1）。\n"
        "还没付款，付了就发 我已付款 3-1，团长确认收款后就有取货码。"
    )
