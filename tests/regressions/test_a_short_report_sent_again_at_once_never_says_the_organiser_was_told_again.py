"""rep66 #4: Dan sent `我已付款 1-2 20元` (owing ¥30) twice within seconds; both got the whole first
answer, the group `收到，Dan：已请 Amy 确认…` and privately `…已告诉 Amy，由 TA 核对`, while Amy was not
asked the second time. A repeat now says it is one: what it reported, that Amy was told then and is yet
to confirm, nothing changed; the group reads no amount. A top-up sent twice alike."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _reported(clock: FakeClock, *, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 30" if english else "接龙 芒果 价格 30")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("dan", "+1", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    first = await chat.say("dan", "/ipaid 1-2 20" if english else "我已付款 1-2 20元", name="Dan")
    assert "amy" in chat.private(first), first
    clock.advance(seconds=5)
    return chat


async def test_the_same_short_report_again_says_it_is_a_repeat() -> None:
    chat = await _reported(clock := FakeClock())
    again = await chat.say("dan", "我已付款 1-2 20元", name="Dan")
    assert chat.said(again) == (
        "Dan，你刚才已经报过订单 #1-2 的付款，正在等 Amy 确认，这次没有任何改动，详情已私信发给你。"
    ), again
    private = chat.private(again)
    assert private["dan"] == (
        "Dan，你刚才已经报过订单 #1-2 付了 ¥20（应付 ¥30，还差 ¥10），Amy 那边已经收到通知，"
        "正在等 TA 确认。这次没有任何改动。"
    ), private
    assert "amy" not in private, private
    clock.advance(seconds=5)
    topped = chat.private(await chat.say("dan", "我已付款 1-2 5元", name="Dan"))
    assert "这次又付了 ¥5，一共 ¥25，应付 ¥30，还差 ¥5。已告诉 Amy" in topped["dan"], topped
    assert "amy" in topped, topped
    again = chat.private(await chat.say("dan", "我已付款 1-2 5元", name="Dan"))
    assert again == {
        "dan": "Dan，你刚才已经报过订单 #1-2 补付 ¥5（一共 ¥25，应付 ¥30，还差 ¥5），Amy 那边已经收到通知，"
        "正在等 TA 确认。这次没有任何改动。"
    }, again


async def test_in_english_in_private() -> None:
    chat = await _reported(FakeClock(), english=True)
    again = await chat.say("dan", "/ipaid 1-2 20", name="Dan", private=True)
    assert chat.said(again) == (
        "Dan, you already reported paying ¥20 for order #1-2 (¥30 owed, ¥10 short); Amy was told then "
        "and is yet to confirm. Nothing was changed this time."
    ), again
    assert "amy" not in chat.private(again), again
