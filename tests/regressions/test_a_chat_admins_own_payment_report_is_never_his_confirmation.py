"""rep30 breakage 1: Dan, a chat admin who had bought in Amy's group buy, said `已付 ¥156` and his own
order was marked paid ("✅ Dan 的订单 #1-2 已付款。"), a pickup code sent, Amy told Dan
confirmed it, while a buyer who is no admin got the 💸 report for the same words. An admin's own order,
in words or by number, is his report to the organiser, as any buyer's; the organiser confirms her own
buyers."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(language: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins.add("dan")
    if language == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 78 deadline 2h")
    else:
        await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("hal", "+1")
    await chat.say("dan", "+2")
    await chat.say("amy", "截单" if language == "zh" else "/close")
    return factory, chat


async def test_a_chat_admins_payment_said_in_words_is_his_report() -> None:
    factory, chat = await _closed("zh")

    said = await chat.say("dan", "已付 ¥156")

    assert chat.said(said).startswith("收到，Dan：已请 Amy 确认你订单 #1-2 的付款，金额已私信发给你。")
    assert "amy" in chat.private(said)
    dans = factory.state.orders[2]
    assert (
        dans.buyer_id == "dan"
        and dans.status is OrderStatus.PENDING_PAYMENT
        and dans.reported_paid_at is not None
    )


async def test_a_chat_admins_report_by_his_own_order_number_is_his_report() -> None:
    factory, chat = await _closed("en")

    said = await chat.say("dan", "/ipaid 1-2")

    assert chat.said(said).startswith(
        "Thanks, Dan: Amy is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately."
    )
    assert factory.state.orders[2].status is OrderStatus.PENDING_PAYMENT


async def test_a_chat_admin_still_confirms_another_buyers_order() -> None:
    factory, chat = await _closed("zh")

    said = await chat.say("dan", "已付款 1-1")

    assert chat.said(said) == "✅ Hal 的订单 #1-1 已付款。"
    assert factory.state.orders[1].status is OrderStatus.PAID
