"""Review 60: after payout #1 (¥14 = #1-1 ¥4 + #2-1 ¥10) was paid, `/earnings` listed both orders as
"yours to withdraw" under "Yours to withdraw: ¥0". An order's commission once asked for in a payout now
reads as paid out in it (or asked for in it while it is open); only what the balance still holds is
offered to withdraw."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _order(
    chat: Chat, factory: FakeUnitOfWorkFactory, number: int, price: int, buyer: str, rate_bp: int
) -> None:
    await chat.say("amy", f"/groupbuy Durian{number} price {price} target 1")
    await chat.say(buyer, f"+1 #{number}")
    await chat.say("amy", f"/close #{number}")
    factory.state.group_buys[number] = replace(factory.state.group_buys[number], sharer_rate_bp=rate_bp)
    order = next(o for o in factory.state.orders.values() if o.group_buy_id == number)
    order.sharer_id = "cat"
    await chat.say("amy", f"/paid {order.number}")
    await chat.say("amy", f"/pickedup {order.number}")


async def test_paid_out_orders_say_which_payout_and_only_the_rest_is_withdrawable() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await _order(chat, factory, 1, 40, "bob", 1000)  # ¥4
    await _order(chat, factory, 2, 100, "dan", 1000)  # ¥10
    await chat.say("cat", "/payout wechat w8", private=True)

    asked = chat.said(await chat.say("cat", "/earnings", private=True))
    assert "Yours to withdraw: ¥0" in asked
    assert "#2-1 Durian2 (Dan): ¥10, asked for in payout #1, not paid yet" in asked
    assert "#1-1 Durian1 (Bob): ¥4, asked for in payout #1, not paid yet" in asked

    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    await _order(chat, factory, 3, 50, "gus", 1000)  # ¥5, freed after the payout

    paid = chat.said(await chat.say("cat", "/earnings", private=True))
    assert "Yours to withdraw: ¥5" in paid
    assert "#3-1 Durian3 (Gus): ¥5, yours to withdraw" in paid
    assert "#2-1 Durian2 (Dan): ¥10, paid out to you in payout #1" in paid
    assert "#1-1 Durian1 (Bob): ¥4, paid out to you in payout #1" in paid
    assert paid.count("yours to withdraw") == 1
    assert paid.endswith("Payout #1: ¥14, paid to you")


async def test_in_chinese_a_paid_out_order_says_it_went_with_the_payout() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="zh", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await _order(chat, factory, 1, 40, "bob", 1000)
    await chat.say("cat", "提现 微信 w8", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)

    said = chat.said(await chat.say("cat", "我的收益", private=True))
    assert "#1-1 Durian1（Bob）：¥4，已随提现 #1 付给你" in said
    assert "可提现" not in said.split("\n", 3)[3]
