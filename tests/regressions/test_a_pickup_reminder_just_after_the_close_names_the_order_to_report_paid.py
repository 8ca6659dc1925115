"""rep94 #10: #4 closed the evening before its pickup; at 20:00 the group read the reminder
`📦 明天自提：…\n怎么付款请问 李姐，付好后回复“我已付款”，团长确认后打勾。`, the bare `我已付款` (a buyer
owing two orders is then asked which), while the README promises the reminder's footer names the form with
an order number, as 催款's does. It does now: `付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”）`."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_reminder_just_after_a_close_names_an_order() -> None:
    clock = FakeClock()  # Mon 23 Nov 12:00 in Shanghai
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 芒果 价格 10 自提 南门 明天下午5点")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    clock.advance(hours=6)  # Mon 18:00
    await chat.say("amy", "截单")
    clock.advance(hours=2)  # Mon 20:00: the evening before, just after the close

    [reminded] = [
        reply.text for reply in await chat.pickup_reminders()() if reply.text and not reply.private_to
    ]

    assert reminded.startswith("📦 明天自提：芒果（#1），南门 · 11月24日 周二 17:00。")
    assert reminded.endswith(
        "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
    )
