"""s31 paidnotes 2: since s31-topup a further report on an order reported short adds to it, so Cat's
`我已付款 1-2 10元` sent twice within a minute (she saw no answer at once) reported ¥20. The same amount
again within 10 minutes is the same report: she is answered as the first time, nothing is added and
the organiser is not asked again; later, or another amount, it adds as a top-up."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

FIRST = "收到，Cat：你说付了 ¥10，订单 #1-2 应付 ¥156，还差 ¥146。已告诉 Amy，由 TA 核对"


async def _short(clock: FakeClock, *, english: bool = False) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close" if english else "截单")
    first = await chat.say("cat", "/ipaid 1-2 10" if english else "我已付款 1-2 10元")
    assert "amy" in chat.private(first)
    assert english or chat.private(first)["cat"].startswith(FIRST), first
    return chat


async def test_the_same_short_report_again_at_once_adds_nothing() -> None:
    clock = FakeClock()
    chat = await _short(clock)
    clock.advance(minutes=2)
    again = await chat.say("cat", "我已付款 1-2 10元")
    assert (
        chat.said(again)
        == "Cat，你刚才已经报过订单 #1-2 的付款，正在等 Amy 确认，这次没有任何改动，详情已私信发给你。"
    ), again  # rep66 #4: said as a repeat, never that Amy was asked again
    private = chat.private(again)
    assert private["cat"].startswith("Cat，你刚才已经报过订单 #1-2 付了 ¥10（应付 ¥156，还差 ¥146）"), private
    assert "amy" not in private, private
    said = chat.said(await chat.say("cat", "多少钱", private=True))
    assert "你报告付了 ¥10，应付 ¥156，还差 ¥146" in said, said
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "💸已报付款 ¥10，差 ¥146，待确认" in listed, listed


async def test_in_private_and_in_english_too() -> None:
    clock = FakeClock()
    chat = await _short(clock, english=True)
    clock.advance(minutes=9)
    again = await chat.say("cat", "/ipaid 1-2 10", private=True)
    assert chat.said(again).startswith(
        "Cat, you already reported paying ¥10 for order #1-2 (¥156 owed, ¥146 short); Amy was told then"
    ), again
    assert "amy" not in chat.private(again)


async def test_after_ten_minutes_it_adds() -> None:
    clock = FakeClock()
    chat = await _short(clock)
    clock.advance(minutes=10)
    private = chat.private(await chat.say("cat", "我已付款 1-2 10元"))
    assert "这次又付了 ¥10，一共 ¥20，应付 ¥156，还差 ¥136。" in private["cat"], private
    assert "amy" in private


async def test_another_amount_at_once_adds() -> None:
    clock = FakeClock()
    chat = await _short(clock)
    clock.advance(minutes=1)
    private = chat.private(await chat.say("cat", "我已付款 1-2 20元"))
    assert "这次又付了 ¥20，一共 ¥30，应付 ¥156，还差 ¥126。" in private["cat"], private
    assert "amy" in private
