"""Cat sent 我已付款; /list showed her line 💸 reported paid, but her own 我的订单 still said
"#7-2 … · 待付款" (to pay), as if the report had not been heard. Until the organiser confirms it, the
order now reads "已报付款，等待团长确认" (reported paid, waiting for the organiser to confirm), as /list
says it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_my_orders_says_a_reported_payment_is_waiting_for_the_organiser() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 李子 价格 12 成团 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "截单")
    await chat.say("cat", "我已付款")

    mine = chat.said(await chat.say("cat", "我的订单", private=True))
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    english = chat.said(await chat.say("cat", "/orders", private=True, language="en"))

    assert mine.splitlines()[1] == "#1-2 李子（Amy 的团 #1）：2 × ¥12 = ¥24 · 已报付款，等待团长确认"
    assert "💸" in listed.splitlines()[2]  # Cat's line on the organiser's list says the same
    assert english.endswith("· reported paid, waiting for the organiser to confirm")
