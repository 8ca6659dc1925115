"""Review 67 item 8: Zoe's bare `/ipaid 1-1` in the group within 10 minutes of her ¥10 report is a resend
(nothing changed, Kate not asked; privately she is told how to report the rest), yet the group read
"Thanks, Zoe: Kate is asked to confirm your payment…". Now the group reads only that she was answered
privately."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_group_line_of_a_resend_asks_nobody() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Dumplings price 10", name="Kate")
    await chat.say("bob", "+2", name="Zoe")
    await chat.say("amy", "/close", name="Kate")
    await chat.say("bob", "/ipaid 1-1 10", name="Zoe")

    replies = await chat.say("bob", "/ipaid 1-1", name="Zoe")

    assert chat.said(replies) == "Zoe, I've answered you privately about order #1-1."
    told = chat.private(replies)
    assert "amy" not in told and "/ipaid 1-1 10" in told["bob"], told


async def test_in_chinese_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 饺子 价格 10", name="Kate")
    await chat.say("bob", "+2", name="Zoe")
    await chat.say("amy", "截单", name="Kate")
    await chat.say("bob", "我已付款 1-1 10元", name="Zoe")

    replies = await chat.say("bob", "我已付款 1-1", name="Zoe")

    assert chat.said(replies) == "Zoe，订单 #1-1 的付款已私信回复你。"
    assert "amy" not in chat.private(replies)
