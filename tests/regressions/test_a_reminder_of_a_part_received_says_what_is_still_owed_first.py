"""rep66 #13: Dan owes ¥30 and Amy received ¥20 of it (只收到 ¥20); her 催款 told him
`还没付款：¥30（已收 ¥20，还差 ¥10）`, "¥30 unpaid" beside "¥20 received" reading as a contradiction.
What is still owed leads: `还差 ¥10 没付（应付 ¥30，已收 ¥20）`, in English alike; an order with nothing
received reads as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, only_part_received


async def dan_paid_20_of_30(*, english: bool = False) -> Chat:
    """Amy's Mangoes (芒果) at 30, Bob's order #1-1 and Dan's #1-2, closed; Dan reported ¥20 and Amy
    answered `只收到 ¥20`."""
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 30" if english else "接龙 芒果 价格 30")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("dan", "+1", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    await only_part_received(chat, "dan", "/ipaid 1-2 20" if english else "我已付款 1-2 20元")
    return chat


async def test_the_reminder_leads_with_what_is_still_owed() -> None:
    chat = await dan_paid_20_of_30()
    told = chat.private(await chat.say("amy", "催款"))
    assert told["dan"].startswith(
        "💸 催款：你在 芒果（#1）的订单 #1-2 还差 ¥10 没付（应付 ¥30，已收 ¥20）。"
    ), told
    assert told["bob"].startswith("💸 催款：你在 芒果（#1）的订单 #1-1 还没付款：¥30。"), told


async def test_in_english_too() -> None:
    chat = await dan_paid_20_of_30(english=True)
    told = chat.private(await chat.say("amy", "/remind"))
    assert told["dan"].startswith(
        "💸 Reminder: your order #1-2 of Mangoes (#1) still has ¥10 to pay (¥30 owed, ¥20 received)."
    ), told
