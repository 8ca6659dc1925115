"""After 未收到, the organiser may still mark the order paid (`已收`) without a new report, and undo it
(`撤销已收`). The denial belongs to the report it answered: once the order was marked paid it is behind
her, and `钱到了吗` must not repeat "the organiser says it has not arrived" (s33-paidref's note)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed


async def test_a_paid_then_undone_order_is_not_answered_with_the_old_denial() -> None:
    chat = await mangoes_at_30_closed("en", "bob")
    await chat.say("bob", "/ipaid 1-1")
    await chat.say("amy", "/notpaid 1-1")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/unpaid 1-1")

    replies = await chat.say("bob", "did my money arrive?", private=True)

    assert "has not arrived" not in Chat.said(replies)


async def test_a_paid_order_after_a_denial_is_said_paid_in_chinese() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")
    await chat.say("bob", "我已付款 1-1")
    await chat.say("amy", "未收到 1-1")
    await chat.say("amy", "已收 1-1")

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert "还没收到" not in Chat.said(replies)
