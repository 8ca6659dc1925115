"""Review Y3: `我的订单` listed a paid order as "#1-1 … · 已付款" without its pickup code, so a buyer had to
find the 已收 message again (or guess to ask `取货码`). Each paid order not picked up yet now shows the
code its buyer shows at pickup; one not paid yet, or picked up, shows none."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_my_orders_shows_each_paid_orders_pickup_code() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())
    for user, text in [
        ("amy", "接龙 草莓 价格 20"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
        ("amy", "自提 小区南门 后天下午5点"),
    ]:
        await chat.say(user, text)
    [code] = [o.pickup_code for o in factory.state.orders.values() if o.buyer_id == "bob"]

    bob = chat.private(await chat.say("bob", "我的订单"))["bob"]
    # `/orders` alone speaks her own language: her app's English here (her group is Chinese)
    cat = chat.said(await chat.say("cat", "/orders", private=True, language="en"))

    assert bob == (  # and where and when to show it (rep54 #2)
        f"你的订单：\n#1-1 草莓（Amy 的团 #1）：1 × ¥20 = ¥20 · 已付款 · 取货码 {code}\n"
        "📍 订单 #1-1 自提：小区南门 · 11月25日 周三 17:00"
    )
    assert cat == (
        "Your orders:\n#1-2 草莓 (group buy #1 by Amy): 1 × ¥20 = ¥20 · to pay\n"
        "💰 Order #1-2 is awaiting payment: pay the organiser Amy (cash or transfer), "
        "then send /ipaid 1-2 to tell them."
    )

    await chat.say("amy", "已取 1-1")
    assert chat.said(await chat.say("bob", "我的订单", private=True)) == (
        "你的订单：\n#1-1 草莓（Amy 的团 #1）：1 × ¥20 = ¥20 · 已提货"
    )
