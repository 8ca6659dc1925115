"""rep66 #2: Bob reported `我已付款 1-1 15元` of ¥30; Amy's 💸 notice said
`收到钱后点“已收到”（或发“已收 1-1”）`, but since s32-organiser a bare `已收 1-1` of a short
report asks first and marks nothing. The notice of a short report offers the form that works, with
the whole amount (`已收 1-1 ¥30`), and its part button."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(factory: FakeUnitOfWorkFactory, *, english: bool = False) -> tuple[Chat, str]:
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 30" if english else "接龙 芒果 价格 30")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "/close" if english else "截单")
    replies = await chat.say("bob", "/ipaid 1-1 15" if english else "我已付款 1-1 15元", name="Bob")
    return chat, chat.private(replies)["amy"]


async def test_the_notice_names_the_whole_amount_and_it_confirms() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, notice = await _short(factory)
    assert notice == (
        "💸 Bob 说已付款：订单 #1-1（芒果，#1）¥15（应付 ¥30，差 ¥15）。全部 ¥30 都收到了就点“已收到”"
        "（或发“已收 1-1 ¥30”）；只收到 ¥15 就点“只收到 ¥15”；点“未收到”会告诉对方还没收到。"
    ), notice
    await chat.say("amy", "已收 1-1 ¥30", private=True, name="Amy")
    assert factory.state.orders[1].status is OrderStatus.PAID


async def test_in_english_too() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, notice = await _short(factory, english=True)
    assert notice == (
        "💸 Bob says they paid order #1-1 (Mangoes, #1): ¥15 (¥30 owed, ¥15 short). Tap Received once all "
        "¥30 is there (or send /paid 1-1 ¥30); tap Only ¥15 received if that is what came; Not received "
        "tells them it has not arrived."
    ), notice
    await chat.say("amy", "/paid 1-1 ¥30", private=True, name="Amy")
    assert factory.state.orders[1].status is OrderStatus.PAID


async def test_a_whole_report_keeps_the_bare_form() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "截单")
    notice = chat.private(await chat.say("bob", "我已付款 1-1", name="Bob"))["amy"]
    assert "收到钱后点“已收到”（或发“已收 1-1”）" in notice, notice
