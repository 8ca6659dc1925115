"""In private, `我已付款` from a buyer with several unpaid orders asked "你在本群有 2 个待付款订单": a private
chat is no group (the orders are from all her groups). There it lists them without "本群"."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_i_paid_in_private_with_several_orders_asks_which_without_this_group() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    for title in ("榴莲", "芒果"):
        await chat.say("amy", f"接龙 {title} ¥30")
        await chat.say("dan", "+1")
        await chat.say("amy", "截单")

    private = chat.said(await chat.say("dan", "我已付款", private=True))
    in_group = chat.said(await chat.say("dan", "我已付款"))

    assert private.startswith("你有 2 个待付款订单：")
    assert private.endswith("请说是哪一个：我已付款 1-1（都付了就发：我已付款 全部）")
    assert "本群" not in private
    assert in_group.startswith("你在本群有 2 个待付款订单：")
