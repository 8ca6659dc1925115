"""rep63 finding 3: after Dan's `我已付款 1-1 20元` and then `我已付款 1-1` (the rest), Amy's first question
still had `只收到 ¥20`; tapping it wiped the newer ¥156 report (Dan back to unpaid, told `还差 ¥136`)
without a word. Now the stale tap changes nothing: Amy is told the report changed and asked the new
question."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, tap_privately


async def _topped_up(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> tuple[Chat, str]:
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "/close" if english else "截单")
    replies = await chat.say("dan", "/ipaid 1-1 20" if english else "我已付款 1-1 20元", name="Dan")
    first = next(reply for reply in replies if reply.private_to == "amy")
    await chat.say("dan", "/ipaid 1-1 136" if english else "我已付款 1-1 136元", name="Dan")  # ¥156 in all
    return chat, first.buttons[0][1].data  # the first question's 只收到 ¥20


async def test_the_old_only_received_tap_is_refused_with_the_new_question() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, only = await _topped_up(factory)
    replies = await chat.app.handle(tap_privately("amy", only))
    said = [reply.text for reply in replies if reply.text]
    assert said[0] == (
        "没有任何改动：Dan 之后又报了订单 #1-1 的付款，现在一共报了 ¥156（应付 ¥156），"
        "“只收到 ¥20”那条确认已经过时。请回答下面新的确认。"
    ), said
    assert said[1].startswith("💸 Dan 说已付款：订单 #1-1（芒果，#1）¥156。"), said
    assert "dan" not in chat.private(replies), replies
    order = factory.state.orders[1]
    assert order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is not None
    assert order.reported_amount == 0  # still the whole ¥156 reported


async def test_in_english_too() -> None:
    chat, only = await _topped_up(FakeUnitOfWorkFactory(), english=True)
    said = [reply.text for reply in await chat.app.handle(tap_privately("amy", only)) if reply.text]
    assert said[0].startswith(
        "Nothing was changed: Dan reported paying order #1-1 again since, ¥156 in all"
    ), said
