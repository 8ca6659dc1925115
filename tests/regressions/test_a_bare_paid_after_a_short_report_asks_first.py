"""Review 64 (#5): Leo `/ipaid 1-1 15` (¥18 owed), then Kate's bare `/paid 1-1` marked ¥18 paid with no
word of the ¥3 gap; Leo read "Kate confirmed your payment of ¥18" and the ledger counted ¥18 collected.
A bare confirmation of a short report now asks her first, as the report's own question does: send
`/paid 1-1 ¥18` if all of it came, or choose Only ¥15 received. Nothing changes until she says."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def leo_reported_15_of_18(factory: FakeUnitOfWorkFactory, english: bool) -> Chat:
    """Kate's Bubble Tea (奶茶) at 18, Leo's order #1-1, closed; Leo reported ¥15 of it."""
    chat = fake_chat(factory)
    await chat.say("kate", "/groupbuy Bubble Tea price 18" if english else "接龙 奶茶 价格 18")
    await chat.say("leo", "+1", name="Leo")
    await chat.say("kate", "/close" if english else "截单")
    await chat.say("leo", "/ipaid 1-1 15" if english else "我已付款 1-1 15元", name="Leo")
    return chat


async def test_a_bare_paid_after_a_short_report_asks_the_organiser_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await leo_reported_15_of_18(factory, english=True)

    replies = await chat.say("kate", "/paid 1-1", name="Kate")

    shown = [reply.text for reply in replies if reply.text and not reply.private_to and not reply.card_of]
    assert shown == [
        "Kate, order #1-1 is not marked as paid yet: the payment reported is less than it comes to. "
        "I sent you the details privately."
    ]
    [asked] = [reply for reply in replies if reply.private_to == "kate"]
    assert asked.text == (
        "Nothing is marked yet: Leo reported ¥15 of ¥18 for order #1-1 (Bubble Tea), ¥3 short. "
        "Send /paid 1-1 ¥18 if you received all of it, or choose “Only ¥15 received” below "
        "(the order stays unpaid and Leo is told what is left to pay)."
    )
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ Received ¥18 (in full)", "Only ¥15 received"], ["✖ Not received"]]
    assert "leo" not in chat.private(replies)  # Leo is told nothing yet
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT

    said = chat.said(await chat.say("kate", "/paid 1-1 ¥18", name="Kate"))  # all of it came
    assert factory.state.orders[1].status is OrderStatus.PAID, said


async def test_a_bare_paid_after_a_short_report_asks_the_organiser_in_chinese_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await leo_reported_15_of_18(factory, english=False)

    replies = await chat.say("kate", "已收 1-1", private=True, name="Kate")

    [asked] = [reply for reply in replies if reply.text and reply.buttons]
    assert asked.text == (
        "还没有标记：Leo 报的订单 #1-1（奶茶）付款是 ¥15，应付 ¥18，还差 ¥3。全部收到了就发 已收 1-1 ¥18；"
        "只收到 ¥15 的话选下面的“只收到 ¥15”（订单仍是未付款，会告诉对方补齐）。"
    )
    labels = [[button.label for button in row] for row in asked.buttons]
    assert labels == [["✅ 已收到 ¥18（全额）", "只收到 ¥15"], ["✖ 未收到"]]
    assert factory.state.orders[1].status is OrderStatus.PENDING_PAYMENT


async def test_a_bare_paid_of_a_full_report_is_marked_as_before() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("kate", "/groupbuy Bubble Tea price 18")
    await chat.say("leo", "+1", name="Leo")
    await chat.say("kate", "/close")
    await chat.say("leo", "/ipaid 1-1", name="Leo")

    await chat.say("kate", "/paid 1-1", name="Kate")

    assert factory.state.orders[1].status is OrderStatus.PAID
