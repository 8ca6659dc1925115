"""An organiser who opened, set a rate and looked at the ranking had used her five commands of the minute:
her `截单` was refused and her next five `已收` got no answer and confirmed nothing, while she thought
five payments were recorded. Bookkeeping (`已收`, `已取货`, `核销`, `退款`, `截单`…) now counts in a
window of its own, twelve times as wide, so a normal evening's run of confirmations is answered."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_ten_confirmations_after_a_busy_minute_are_each_answered_and_done() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), counters=MemorySharedState().counters)
    buyers = [f"m{i}" for i in range(10)]
    await chat.say("amy", "接龙 海南芒果 价格 30 截止 2小时")
    for buyer in buyers:
        await chat.say(buyer, "+1")
    for _ in range(4):  # Amy's other commands this minute: five with the opening
        await chat.say("amy", "进度")

    answers = [
        chat.said(await chat.say("amy", text)) for text in ["截单"] + [f"已收 1-{n}" for n in range(1, 11)]
    ]

    assert answers[0].startswith("✅ 海南芒果（#1）成团了")
    assert answers[1:] == [f"✅ M{n - 1} 的订单 #1-{n} 已付款。" for n in range(1, 11)]
    assert {order.status for order in factory.state.orders.values()} == {OrderStatus.PAID}


async def test_a_flood_of_confirmations_by_anyone_still_stops() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), counters=MemorySharedState().counters)
    answered = [await chat.say("eve", "已收 1-1") for _ in range(100)]
    assert sum(1 for replies in answered if replies) == 91  # sixty refusals, one "slow down", thirty told
    in_chat = [reply for replies in answered for reply in replies if reply.text and not reply.private_to]
    assert len(in_chat) == 61
