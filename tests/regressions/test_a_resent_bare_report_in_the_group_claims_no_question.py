"""Review 67 item 8: Zoe's bare `/ipaid 1-1` in the group within 10 minutes of her ¥10 report is a resend
(nothing changed, Kate not asked; privately she is told how to report the rest), yet the group read
"Thanks, Zoe: Kate is asked to confirm your payment…". Now the group reads only that she was answered
privately."""

from __future__ import annotations

from tests.regressions.test_the_rest_paid_said_in_words_is_the_top_up import zoe_reported_10_of_20


async def test_the_group_line_of_a_resend_asks_nobody() -> None:
    chat = await zoe_reported_10_of_20()

    replies = await chat.say("bob", "/ipaid 1-1", name="Zoe")

    assert chat.said(replies) == "Zoe, I've answered you privately about order #1-1."
    told = chat.private(replies)
    assert "amy" not in told and "/ipaid 1-1 10" in told["bob"], told


async def test_in_chinese_too() -> None:
    chat = await zoe_reported_10_of_20(english=False)

    replies = await chat.say("bob", "我已付款 1-1", name="Zoe")

    assert chat.said(replies) == "Zoe，订单 #1-1 的付款已私信回复你。"
    assert "amy" not in chat.private(replies)
