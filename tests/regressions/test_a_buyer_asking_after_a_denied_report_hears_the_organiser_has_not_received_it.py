"""s33-paidref #3: `钱到了吗` from a buyer whose payment report the organiser answered 未收到 (not received)
got the generic answer: nothing recorded the denial. It is now kept on the order (migration 0057) until
the buyer reports again, and the question says the organiser has not received it and to check first."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat, mangoes_at_30_closed


async def test_a_denied_rest_is_said_with_its_amount_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 176 成团 1 截止 2小时")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("bob", "我已付款 1-1 100元")
    await chat.say("amy", "已收 1-1 ¥100")  # only ¥100 of ¥176 received
    await chat.say("bob", "我已付款 1-1")  # the rest, ¥76
    await chat.say("amy", "未收到 1-1")

    replies = await chat.say("bob", "钱到了吗", private=True)

    assert Chat.said(replies) == ("团长 Amy 说还没收到你报的订单 #1-1 付款 ¥76；核对后再发 我已付款 1-1。")


async def test_a_denied_report_is_said_in_english_and_a_new_report_clears_it() -> None:
    chat = await mangoes_at_30_closed("en", "bob")
    await chat.say("bob", "/ipaid 1-1")
    await chat.say("amy", "/notpaid 1-1")

    denied = await chat.say("bob", "did my money arrive?", private=True)

    assert Chat.said(denied) == (
        "The organiser, Amy, says the ¥30 you reported paying for order #1-1 has not arrived; check it,"
        " then send /ipaid 1-1 again (or I paid 1-1)."
    )

    await chat.say("bob", "/ipaid 1-1")
    waiting = await chat.say("bob", "did my money arrive?", private=True)

    assert Chat.said(waiting) == (
        "Your payment of ¥30 for order #1-1 is not confirmed by the organiser yet; you'll be told when it is."
    )


async def test_asked_in_the_group_it_is_answered_privately() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")
    await chat.say("bob", "我已付款 1-1")
    await chat.say("amy", "未收到 1-1")

    replies = await chat.say("bob", "钱到了吗")

    assert Chat.private(replies)["bob"] == (
        "团长 Amy 说还没收到你报的订单 #1-1 付款 ¥30；核对后再发 我已付款 1-1。"
    )
    assert "¥30" not in Chat.said(replies)
