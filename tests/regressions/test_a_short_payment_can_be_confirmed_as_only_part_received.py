"""rep48 #10: after `我付了80` (she owed ¥90) the organiser's only button was "✅ 已收到 ¥90", and tapping
it told the buyer ¥90 was received. A report of less than the total now offers "✅ 已收到 ¥90（全额）" and
"只收到 ¥80": the second keeps the order unpaid and tells the buyer privately, in one message, the ¥10
still to pay and how. An exact report keeps its Received / Not received; `已收 1-1` typed works as before."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, tap_privately


async def _reported(factory: FakeUnitOfWorkFactory, english: bool, said: str) -> tuple[Chat, Reply]:
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 90" if english else "接龙 芒果 价格 90")
    await chat.say("amy", "/payment WeChat to Amy 138" if english else "收款方式 微信转账给Amy 138")
    await chat.say("wang", "+1", name="Wang")
    await chat.say("amy", "/close" if english else "截单")
    replies = await chat.say("wang", said, name="Wang")
    asked = [reply for reply in replies if reply.private_to == "amy"]
    assert len(asked) == 1, replies
    return chat, asked[0]


async def test_a_short_payment_can_be_confirmed_as_only_part_received_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, asked = await _reported(factory, english=False, said="我付了80")
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ 已收到 ¥90（全额）", "只收到 ¥80"], ["✖ 未收到"]]

    replies = await chat.app.handle(tap_privately("amy", asked.buttons[0][1].data))

    assert chat.private(replies)["wang"] == (
        "Amy 只收到你订单 #1-1（芒果）的 ¥80，还差 ¥10。付款方式：微信转账给Amy 138。补齐后发“我已付款 1-1”。"
    )
    shown = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert shown == ["订单 #1-1（Wang）只收到 ¥80，还差 ¥10，仍是未付款。已私信告诉对方补齐。"]
    order = factory.state.orders[1]
    assert order.status is OrderStatus.PENDING_PAYMENT and order.reported_paid_at is None

    said = chat.said(await chat.say("amy", "已收 1-1"))  # typed, as before: the whole order paid
    assert said == "✅ Wang 的订单 #1-1 已付款。"
    assert factory.state.orders[1].status is OrderStatus.PAID


async def test_a_short_payment_can_be_confirmed_as_only_part_received_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, asked = await _reported(factory, english=True, said="paid 80")
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ Received ¥90 (in full)", "Only ¥80 received"], ["✖ Not received"]]

    replies = await chat.app.handle(tap_privately("amy", asked.buttons[0][1].data))

    assert chat.private(replies)["wang"] == (
        "Amy received only ¥80 for your order #1-1 (Mangoes): ¥10 is still to pay. "
        "How to pay: WeChat to Amy 138. Once paid, send /ipaid 1-1."
    )
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_an_exact_report_keeps_received_and_not_received() -> None:
    factory = FakeUnitOfWorkFactory()
    _, asked = await _reported(factory, english=False, said="我付了90")
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ 已收到 ¥90", "✖ 未收到"]]
