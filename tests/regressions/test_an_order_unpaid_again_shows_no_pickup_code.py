"""Session 10: after `撤销已收` put Dan's order back to awaiting payment, his `did I pay?` still said
"Your pickup code: 6241" (核销 refuses that code). An order shows its pickup code only while it is paid
and not yet picked up."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_order_unpaid_again_shows_no_pickup_code() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    for user, text in [
        ("amy", "接龙 芒果 价格 20 自提 南门"),
        ("dan", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
    ]:
        await chat.say(user, text)
    paid = chat.said(await chat.say("dan", "我付了吗", private=True))
    assert "取货码：" in paid

    await chat.say("amy", "撤销已收 1-1")
    asked = chat.said(await chat.say("dan", "did I pay?", private=True))
    asked_zh = chat.said(await chat.say("dan", "我付了吗", private=True))

    assert asked == "You ordered 1 of 芒果 (#1) for ¥20: to pay (order #1-1)."
    assert asked_zh == "你在 芒果（#1）订了 1 份，共 ¥20，待付款（订单 #1-1）。"
